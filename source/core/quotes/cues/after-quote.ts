import { CLAUSE_STARTS, DETERMINERS, DOCUMENT_NOUNS, LISTENER_VERB_FORMS, ROLE_WORDS, SPEAKER_NOUNS } from '../lexicon/index.js';
import type { Mention } from '../names/mentions.js';
import type { QuoteSpan } from '../spans/marks.js';
import type { Token } from '../spans/tokens.js';
import { ClauseReader } from './clause-reader.js';
import type { Cue } from './cue.js';
import { isParticiple } from './speech-verbs.js';
import { isSpeechVerbAt, type Subject } from './subjects.js';
import { isVerbFiller } from './verb-group.js';

/** How many words may follow the verb of a reporting clause that closes a sentence (`told Reuters on Tuesday`). */
const TAIL_WORDS = 6;
/** How many words a description of the speaker may run to after such a clause (`, an analyst at …`). */
const TAIL_DESCRIPTION_WORDS = 16;
/** How many tokens may stand between two quotes that share the cue after the second. */
const SHARED_CUE_REACH = 6;
const DASHES = new Set(['—', '–', '-', '―']);
const LEAD_DASHES = new Set([',', ...DASHES]);
/** How many tokens a signature line may run to: `- Bernie Sanders, at the debate.` */
const SIGNATURE_TOKENS = 12;

export function takesListener(lower: string): boolean {
	return LISTENER_VERB_FORMS.has(lower);
}

/** `a statement`, `the memo`: a document no one is said to have written. */
function isUnsignedDocument(subject: Subject): boolean {
	return subject.type === 'nominal' && subject.modifier === null && DOCUMENT_NOUNS.has(subject.head);
}

/** The sieves that read what follows a quote: a verb and name after it, a signature, the sentence's tail or the next. */
export class AfterQuoteCues extends ClauseReader {
	constructor(
		tokens: readonly Token[],
		mentions: readonly Mention[],
		private readonly spans: readonly QuoteSpan[],
	) {
		super(tokens, mentions);
	}

	/** `“…,” Lavrov said`, `“…,” said Maria Zakharova, spokeswoman…`, `“…,” according to Lavrov`. */
	trailing(quoteToken: number, quoteEndsSentence: boolean): Cue | null {
		const order = this.tokens[quoteToken]!.order;
		let j = quoteToken + 1;
		if (LEAD_DASHES.has(this.tokens[j]?.text ?? '')) j++;
		const first = this.tokens[j];
		if (!first || first.order !== order || first.kind !== 'word') return null;
		// (`state Sen. Jason Holsman said`: a word that opens a title is no verb.)
		if (isSpeechVerbAt(this.tokens, j) && !isParticiple(first.lower) && !this.mentionStartingAt.has(j)) {
			const subject = this.forward(j + 1, order);
			return subject ? { rule: 'after-quote', verb: j, subject: subject.subject, adjacent: true } : null;
		}
		if (first.lower === 'according' && this.tokens[j + 1]?.lower === 'to') {
			const subject = this.forward(j + 2, order, true);
			// `…”, according to a statement seen by Reuters`: a document with no author yields to a speaker named before.
			return subject ? { rule: 'after-quote-according-to', verb: j, subject: subject.subject, adjacent: true, credit: isUnsignedDocument(subject.subject) } : null;
		}
		const subject = this.forward(j, order);
		if (!subject) return null;
		// `“…” — Peter Jones.`: a dash and a name closing the sentence.
		// `“…” — Volodymyr Zelensky (@ZelenskyyUa) March 5, 2025`: an embedded post signed the same way.
		const dashed = this.tokens[quoteToken + 1]!.text !== ',' && j > quoteToken + 1;
		const after = this.tokens[subject.next];
		const signed = !after || after.order !== order || after.text === '.' || after.text === '(';
		if (dashed && subject.subject.type === 'mention' && signed) return { rule: 'signature', verb: j - 1, subject: subject.subject, adjacent: true };
		// `…,” the union’s organiser, Clare Mottram, said`: past the comma closing the name, or an aside.
		const next = subject.subject.type === 'mention' ? this.pastCoSpeakers(this.pastAffiliation(subject.next)) : subject.next;
		const closesName = this.tokens[next]?.text === ',' && isSpeechVerbAt(this.tokens, next + 1);
		let k = closesName ? next + 1 : this.skipAsides(next);
		if (!isSpeechVerbAt(this.tokens, k) && subject.subject.type === 'mention') k = this.pastLongAside(next, k);
		while (this.tokens[k]?.kind === 'word' && isVerbFiller(this.tokens[k]!)) k++;
		const verb = this.tokens[k];
		if (!verb || !isSpeechVerbAt(this.tokens, k) || verb.order !== order || isParticiple(verb.lower)) return null;
		if (quoteEndsSentence && this.opensNewStatement(k)) return null;
		return { rule: 'after-quote', verb: k, subject: this.quotedAsSaying(k) ?? subject.subject, adjacent: true, credit: /^report(s|ed)?$/.test(verb.lower) };
	}

	/**
	 * After a quote that ends its sentence, a name and the reporting verb at `k` open a new statement rather than
	 * credit the quote: `Trump said that he…`, `Adler said the campaign has…` (a clause follows), `A spokesperson
	 * said: “…”`, `Mills then writes back, “…”` (they introduce the next quote). Not `Smith told the Guardian.`
	 */
	protected opensNewStatement(k: number): boolean {
		let next = k + 1;
		if (this.tokens[next]?.lower === 'back') next++;
		const after = this.tokens[next];
		if (!after || after.sentence !== this.tokens[k]!.sentence) return false;
		if ((after.text === ':' || after.text === ',') && this.tokens[next + 1]?.kind === 'quote') return true;
		return after.kind === 'word' && !takesListener(this.tokens[k]!.lower) && CLAUSE_STARTS.has(after.lower);
	}

	/**
	 * `“…”` closing its paragraph, then a line `- Bernie Sanders.` or `― Name, Outlet`: the name signs the quote.
	 */
	signatureBelow(quoteToken: number): Cue | null {
		const quote = this.tokens[quoteToken]!;
		let k = quoteToken + 1;
		if (this.tokens[k]?.order === quote.order && this.tokens[k]!.text === '.') k++;
		const first = this.tokens[k];
		if (!first || first.order !== quote.order + 1) return null;
		let end = k;
		while (this.tokens[end + 1]?.order === first.order) end++;
		if (end - k > SIGNATURE_TOKENS) return null;
		if (DASHES.has(first.text)) {
			const signed = this.forward(k + 1, first.order);
			return signed && signed.subject.type === 'mention' ? { rule: 'signature', verb: k, subject: signed.subject, adjacent: true } : null;
		}
		// `“What we have seen is …` left open, then `Amy Pope, deputy adviser.”`: the credit inside the marks.
		const closer = this.tokens[end]!;
		if (this.spans[quote.quote]!.closed || (closer.text !== '”' && closer.text !== '"')) return null;
		const credited = this.forward(k, first.order);
		if (!credited || credited.subject.type !== 'mention' || this.mentions[credited.subject.mention]!.kind !== 'person') return null;
		return this.tokens[this.mentions[credited.subject.mention]!.last + 1]?.text === ',' ? { rule: 'signature', verb: end, subject: credited.subject, adjacent: true } : null;
	}

	/**
	 * `Guns are “the ultimate crisis” and “stunt growth,” Dean said`: a quote followed in its sentence, within a
	 * few words, by another quote with a cue right after it shares that cue.
	 */
	sharedTrailing(quoteToken: number): Cue | null {
		const sentence = this.tokens[quoteToken]!.sentence;
		for (let k = quoteToken + 1; k <= quoteToken + SHARED_CUE_REACH && this.tokens[k]?.sentence === sentence; k++) {
			const token = this.tokens[k]!;
			if (token.kind === 'word' && isSpeechVerbAt(this.tokens, k)) return null;
			if (token.kind !== 'quote') continue;
			const cue = this.trailing(k, false);
			return cue && !cue.credit ? { ...cue, rule: 'shared-cue' } : null;
		}
		return null;
	}

	/**
	 * `The port was “fully operational” by Tuesday, a port official told Reuters.`: a reporting clause after
	 * the sentence's last comma, closing it within a few words, covers the quotes before it.
	 */
	sentenceTail(quoteToken: number): Cue | null {
		const sentence = this.tokens[quoteToken]!.sentence;
		let end = quoteToken;
		while (this.tokens[end + 1]?.sentence === sentence) end++;
		// The last comma first (`…, a port official told Reuters.`), then earlier ones, so a clause followed by the
		// speaker's role (`…, said Geert Wilders, founder of the Party for Freedom.`) is found too.
		for (let comma = end; comma > quoteToken; comma--) {
			const token = this.tokens[comma]!;
			if (token.kind === 'quote') return null;
			if (token.text !== ',') continue;
			const cue = this.tailClause(comma, end);
			if (cue) return cue;
		}
		return null;
	}

	/** After the comma at `comma`: `said Name`, `Name said`, closing the sentence within a few words. */
	private tailClause(comma: number, end: number): Cue | null {
		const order = this.tokens[comma]!.order;
		const opening = this.tokens[comma + 1];
		let found: { subject: Subject; next: number } | null;
		let verbAt = comma + 1;
		if (isSpeechVerbAt(this.tokens, comma + 1) && !isParticiple(opening!.lower)) found = this.forward(comma + 2, order);
		else {
			found = this.forward(comma + 1, order);
			if (!found) return null;
			let k = found.next;
			while (this.tokens[k]?.kind === 'word' && isVerbFiller(this.tokens[k]!)) k++;
			const verb = this.tokens[k];
			if (!isSpeechVerbAt(this.tokens, k) || isParticiple(verb!.lower) || verb!.order !== order) return null;
			found = { subject: found.subject, next: k + 1 };
			verbAt = k;
		}
		if (!found || (end - found.next > TAIL_WORDS && !this.describesToEnd(found.next, end))) return null;
		return { rule: 'sentence-tail', verb: verbAt, subject: found.subject, adjacent: false };
	}

	/** `…, said David Wass, an analyst at the Cook Report.`: a comma and a description running to the sentence's end. */
	private describesToEnd(comma: number, end: number): boolean {
		const opening = this.tokens[comma + 1];
		if (this.tokens[comma]?.text !== ',' || !opening || opening.kind !== 'word' || opening.capitalised || end - comma > TAIL_DESCRIPTION_WORDS) return false;
		if (!DETERMINERS.has(opening.lower) && !ROLE_WORDS.has(opening.lower) && !SPEAKER_NOUNS.has(opening.lower)) return false;
		for (let k = comma + 1; k <= end; k++) if (this.tokens[k]!.kind === 'quote' || isSpeechVerbAt(this.tokens, k)) return false;
		return true;
	}

	/**
	 * `“…” That’s according to Fire Chief Dana Bruckner.`, `“…” That is how Rosa Lind describes the night.`,
	 * `“…” Those were the words of …`: a quote standing alone, credited by the sentence after it.
	 */
	followingCredit(quoteToken: number): Cue | null {
		const quote = this.tokens[quoteToken]!;
		const next = this.tokens[quoteToken + 1];
		const standsAlone = this.tokens[quoteToken - 1]?.sentence !== quote.sentence;
		if (!next || !standsAlone || next.sentence === quote.sentence || next.order - quote.order > 1) return null;
		const k = this.creditedNameStart(quoteToken + 1);
		if (k < 0) return null;
		const order = this.tokens[k]?.order ?? -1;
		if (this.tokens[k - 1]?.lower === 'how' || this.tokens[k - 1]?.lower === 'what') {
			// `That is how Rosa Lind, 44, describes …`: a name, then a reporting verb.
			const subject = this.forward(k, order);
			const verb = this.skipAsides(subject?.next ?? k);
			return subject && isSpeechVerbAt(this.tokens, verb) ? { rule: 'credit-after', verb, subject: subject.subject, adjacent: false } : null;
		}
		const subject = this.forward(k, order, true);
		return subject ? { rule: 'credit-after', verb: k - 1, subject: subject.subject, adjacent: false } : null;
	}

	/** After `That’s according to`, `That is how`, `Those were the words of` at `k`: where the name starts; else -1. */
	private creditedNameStart(k: number): number {
		const words = (from: number, count: number) => this.tokens.slice(from, from + count).map((token) => token.lower.replace('’', "'")).join(' ');
		let at = k;
		if (words(at, 1) === "that's") at += 1;
		else if (/^(that|this) (is|was)$/.test(words(at, 2))) at += 2;
		else if (words(at, 4) === 'those were the words') at += 4;
		else return -1;
		if (words(at, 2) === 'according to') return at + 2;
		if (words(at, 1) === 'of' || words(at, 1) === 'how' || words(at, 1) === 'what') return at + 1;
		return -1;
	}
}
