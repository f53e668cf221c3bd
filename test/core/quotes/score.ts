/** The matching rules of scripts/score-quotes.mjs, for scoring in-process. */
export interface GoldArticle {
	file: string;
	quotes: { text: string; speaker: string | null; pronoun?: boolean; unnamed?: boolean; speaker_candidates?: string[] }[];
	scare_quotes?: (string | { text: string })[];
}

export interface PredictedQuote {
	text: string;
	speaker: string | null;
	kind: string;
}

export interface Score {
	f1: number;
	speakerAccuracy: number;
	misses: string[];
}

const norm = (value: string) =>
	value
		.normalize('NFKC')
		.replace(/[“”„‟"«»]/g, '')
		.replace(/[‘’‚‛]/g, "'")
		.replace(/[^\p{L}\p{N}' ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
const words = (value: string) => norm(value).split(' ').filter(Boolean);
const STOP = new Set(['mr', 'mrs', 'ms', 'dr', 'the', 'a', 'an', 'of', 'and', 'sen', 'rep', 'gov', 'president', 'former', 'spokesman', 'spokeswoman']);
const nameTokens = (value: string) =>
	(value.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((token) => token.toLowerCase().replace(/[’']s$/, '')).filter((token) => !STOP.has(token));

export function speakerMatch(gold: string, predicted: string | null): boolean {
	if (!predicted) return false;
	const g = norm(gold);
	const p = norm(predicted);
	if (!g || !p) return false;
	if (g.includes(p) || p.includes(g)) return true;
	const goldTokens = new Set(nameTokens(gold));
	return nameTokens(predicted).some((token) => goldTokens.has(token));
}

export function quoteMatch(gold: string, predicted: string): boolean {
	const a = norm(gold);
	const b = norm(predicted);
	if (!a || !b) return false;
	const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
	if (!longer.includes(shorter)) return false;
	return words(shorter).length >= 0.6 * words(longer).length;
}

export function scoreArticle(gold: GoldArticle, predicted: readonly PredictedQuote[]): Score {
	let tp = 0;
	let fp = 0;
	let fn = 0;
	let speakersRight = 0;
	let speakersScored = 0;
	const misses: string[] = [];
	const scare = (gold.scare_quotes ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.text));
	const candidates = predicted.filter(
		(quote) => words(quote.text).length >= 4 && quote.kind !== 'scare' && quote.kind !== 'title' && !scare.some((text) => quoteMatch(text, quote.text)),
	);
	const used = new Set<number>();
	for (const quote of gold.quotes.filter((entry) => words(entry.text).length >= 4)) {
		const index = candidates.findIndex((candidate, k) => !used.has(k) && quoteMatch(quote.text, candidate.text));
		if (index < 0) {
			fn++;
			misses.push(`missed ${quote.text}`);
			continue;
		}
		used.add(index);
		tp++;
		if (quote.speaker && !quote.pronoun && !quote.unnamed) {
			speakersScored++;
			const got = candidates[index]!.speaker;
			if ([quote.speaker, ...(quote.speaker_candidates ?? [])].some((name) => speakerMatch(name, got))) speakersRight++;
			else misses.push(`speaker ${quote.speaker} got ${got} for ${quote.text}`);
		}
	}
	candidates.forEach((candidate, k) => {
		if (!used.has(k)) {
			fp++;
			misses.push(`extra ${candidate.text}`);
		}
	});
	const precision = tp / Math.max(1, tp + fp);
	const recall = tp / Math.max(1, tp + fn);
	return {
		f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
		speakerAccuracy: speakersRight / Math.max(1, speakersScored),
		misses,
	};
}
