// How a predicted quote is matched to a gold one, and a predicted speaker to a gold name: the matching of
// ../shared/eval/score.mjs, which scripts/score-quotes.mjs scores with and scripts/calibrate-quotes.mjs
// calibrates with. Quote match: normalised texts, one containing the other, the shorter at least 60% of the
// longer (in words). Speaker match: a capitalised name token shared, or one string containing the other.
import { basename } from 'node:path';

const norm = (s) => s.normalize('NFKC').replace(/[“”„‟"«»]/g, '').replace(/[‘’‚‛]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
/** A stray ' mark is no word. */
export const words = (s) => norm(s).split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
const STOP = new Set(['mr', 'mrs', 'ms', 'dr', 'the', 'a', 'an', 'of', 'and', 'sen', 'rep', 'gov', 'president', 'former', 'spokesman', 'spokeswoman']);
const nameTokens = (s) => (s.match(/\p{Lu}[\p{L}'’-]+/gu) || []).map((t) => t.toLowerCase().replace(/[’']s$/, '')).filter((t) => !STOP.has(t));

export function speakerMatch(g, p) {
	if (!p) return false;
	const gn = norm(g), pn = norm(p);
	if (!gn || !pn) return false;
	if (gn.includes(pn) || pn.includes(gn)) return true;
	const gt = new Set(nameTokens(g));
	return nameTokens(p).some((t) => gt.has(t));
}

export function quoteMatch(g, p) {
	const a = norm(g), b = norm(p);
	if (!a || !b) return false;
	const [s, l] = a.length <= b.length ? [a, b] : [b, a];
	return l.includes(s) && words(s).length >= 0.6 * words(l).length;
}

/** Whether gold names this quote's speaker: pronoun and unnamed-description sources are not scored. */
export const namesSpeaker = (goldQuote) => Boolean(goldQuote.speaker) && !goldQuote.pronoun && !goldQuote.unnamed;

/** Whether a predicted speaker is one gold accepts. */
export const rightSpeaker = (goldQuote, predictedSpeaker) => [goldQuote.speaker, ...(goldQuote.speaker_candidates ?? [])].some((g) => speakerMatch(g, predictedSpeaker));

/**
 * One gold article against the predictions: its predicted entry (by file name), each gold quote of 4 words or
 * more with the predicted quote it matched (or null), and the predicted quotes no gold quote took. Quotes under
 * 4 words are ignored on both sides, and so is a prediction that matches a gold scare quote and is no longer
 * than it (a longer quote holding a scare quote still counts).
 */
export function matchArticle(goldArticle, predictions) {
	const entry = predictions.find((x) => basename(x.file ?? '') === goldArticle.file) ?? null;
	const scare = (goldArticle.scare_quotes ?? []).map((t) => (typeof t === 'string' ? t : t.text));
	const predicted = (entry?.quotes ?? []).filter((q) => words(q.text ?? '').length >= 4 && q.kind !== 'scare' && q.kind !== 'title' && !scare.some((t) => quoteMatch(t, q.text) && words(q.text).length <= words(t).length));
	const used = new Set();
	const pairs = goldArticle.quotes
		.filter((q) => words(q.text).length >= 4)
		.map((gold) => {
			const i = predicted.findIndex((x, k) => !used.has(k) && quoteMatch(gold.text, x.text));
			if (i >= 0) used.add(i);
			return { gold, predicted: i >= 0 ? predicted[i] : null };
		});
	return { entry, pairs, extra: predicted.filter((_, k) => !used.has(k)) };
}
