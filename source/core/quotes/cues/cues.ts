import { CLAUSE_STARTS, DOCUMENT_NOUNS, NOUN_MARKERS, PLACE_PREPOSITIONS, LISTENER_VERB_FORMS, POSSESSIVE_PRONOUNS, PRONOUN_GENDER, QUOTING_VERB_FORMS, RELATIVE_PRONOUNS } from '../lexicon/index.js';
import { isParticiple, isSpeechVerb } from './speech-verbs.js';
import { isSpeechVerbAt, SubjectPhrases, type Subject } from './subjects.js';
import { isVerbFiller } from './verb-group.js';
import type { Mention } from '../names/mentions.js';
import type { QuoteSpan } from '../spans/marks.js';
import type { Token } from '../spans/tokens.js';

export type { Subject } from './subjects.js';

/**
 * Which pattern found the cue, named so that `quotes --explain` and the `rule` field can say it (README.md
 * here lists them in the order they are tried).
 */
export type CueRule =
	| 'after-quote'
	| 'after-quote-according-to'
	| 'shared-cue'
	| 'signature'
	| 'speaker-colon'
	| 'in-their-words'
	| 'before-quote'
	| 'before-quote-participle'
	| 'before-quote-according-to'
	| 'transcript-colon'
	| 'sentence-tail'
	| 'credit-after'
	| 'colon-frame'
	| 'sentence-subject'
	| 'by-agent'
	| 'previous-sentence';

export interface Cue {
	readonly rule: CueRule;
	readonly subject: Subject;
	/** The token of the cue word: the reporting verb, colon, dash or `according`. */
	readonly verb: number;
	/** The speech verb (or colon) sits right against the quote: `“…,” she said`, `Lavrov said: “…”`. */
	readonly adjacent: boolean;
	/** A source's credit (`…,” APA reports`) rather than the speaker: a cue before the quote wins. */
	readonly credit?: boolean;
}

/** How many words may follow the verb of a reporting clause that closes a sentence (`told Reuters on Tuesday`). */
const TAIL_WORDS = 6;
/** How many tokens an aside between commas may run to: `, 54,`, `, however,`; and a relative clause: `, who …,`. */
const ASIDE_WORDS = 6;
const RELATIVE_CLAUSE_WORDS = 30;
const LONG_ASIDE_WORDS = 40;
/** How far into a line a speaker's label may run: `Former Arkansas Gov. Mike Huckabee:`. */
const LINE_LABEL_TOKENS = 8;
/** How many `of the …` phrases may follow a name before its verb: `X of the Center for Studies at Y University`. */
const AFFILIATION_HOPS = 3;
/** How many tokens may stand between two quotes that share the cue after the second. */
const SHARED_CUE_REACH = 6;
const DASHES = new Set(['—', '–', '-', '―']);
const CONNECTORS = new Set([',', ':', 'that', ';', ...DASHES]);
const LEAD_DASHES = new Set([',', ...DASHES]);
/** How many tokens a signature line may run to: `- Bernie Sanders, at the debate.` */
const SIGNATURE_TOKENS = 12;

function takesListener(lower: string): boolean {
	return LISTENER_VERB_FORMS.has(lower);
}

/** `a statement`, `the memo`: a document no one is said to have written. */
function isUnsignedDocument(subject: Subject): boolean {
	return subject.type === 'nominal' && subject.modifier === null && DOCUMENT_NOUNS.has(subject.head);
}

/** Finds speech cues around quote tokens: the sieves that need only the words, not the roster. */
export class CueFinder extends SubjectPhrases {
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
	private opensNewStatement(k: number): boolean {
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
	 * `Edward Dovere and Gabriel Debenedetti wrote`, `Phil Berger and House Speaker Tim Moore, both Republicans,
	 * said`: past the others who speak with the first (who is the one named as speaker).
	 */
	private pastCoSpeakers(k: number): number {
		while (this.tokens[k]?.lower === 'and') {
			const other = this.forward(k + 1, this.tokens[k]!.order);
			if (!other || other.subject.type !== 'mention' || this.mentions[other.subject.mention]!.kind !== 'person') return k;
			k = this.pastAffiliation(other.next);
		}
		return k;
	}

	/** `Jeffrey Lewis of the Martin Center for Nonproliferation Studies wrote`: past `of`/`with`/`at` (the) Body. */
	private pastAffiliation(k: number): number {
		for (let hops = 0; hops < AFFILIATION_HOPS; hops++) {
			if (!PLACE_PREPOSITIONS.has(this.tokens[k]?.lower ?? '')) return k;
			const at = this.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
			const body = this.mentionStartingAt.get(at);
			if (body === undefined || this.mentions[body]!.kind === 'person' || this.tokens[at]!.sentence !== this.tokens[k]!.sentence) return k;
			k = this.mentions[body]!.last + 1;
		}
		return k;
	}

	/**
	 * `…,” Bill Eastland, wearing a cowboy hat and “Ted Cruz” pins, said`: past an aside after a name, however
	 * long and quotes and all, to the comma before a reporting verb; else `otherwise`.
	 */
	private pastLongAside(k: number, otherwise: number): number {
		if (this.tokens[k]?.text !== ',') return otherwise;
		const sentence = this.tokens[k]!.sentence;
		for (let c = k + 1; c <= k + LONG_ASIDE_WORDS && this.tokens[c]?.sentence === sentence; c++) {
			if (this.tokens[c]!.text === ',' && isSpeechVerbAt(this.tokens, c + 1) && !isParticiple(this.tokens[c + 1]!.lower)) return c + 1;
		}
		return otherwise;
	}

	/** `Kate Lowry, 45, from Leeds, said`: past one aside, and a second that the first one's comma opens. */
	private skipAsides(k: number): number {
		const first = this.skipAside(k);
		if (first === k || isSpeechVerbAt(this.tokens, first)) return first;
		const second = this.skipAside(first - 1);
		return second === first - 1 ? first : second;
	}

	/**
	 * `Ellis, 54, said`, `Briggs, however, said`: past a short aside between commas; `Ellis, who has run the
	 * shop since 1990, said`: past a relative clause, however long.
	 */
	private skipAside(k: number): number {
		if (this.tokens[k]?.text !== ',') return k;
		const reach = RELATIVE_PRONOUNS.has(this.tokens[k + 1]?.lower ?? '') ? RELATIVE_CLAUSE_WORDS : ASIDE_WORDS;
		for (let c = k + 1; c <= k + reach && c < this.tokens.length; c++) {
			const token = this.tokens[c]!;
			if (token.sentence !== this.tokens[k]!.sentence || token.kind === 'quote') return k;
			if (token.text === ',') return c + 1;
		}
		return k;
	}

	/** `Reuters reported, citing Harlan Pharma, that …`: the source cited, not the reporter. */
	private cited(participle: number): Subject | null {
		if (this.tokens[participle]!.lower !== 'citing') return null;
		return this.forward(participle + 1, this.tokens[participle]!.order)?.subject ?? null;
	}

	/** At `saying` in `TASS quoted Lavrov as saying`: Lavrov. */
	private quotedBefore(saying: number): Subject | null {
		if (this.tokens[saying - 1]?.lower !== 'as') return null;
		const sentence = this.tokens[saying]!.sentence;
		for (let k = saying - 2; k >= 0 && k >= saying - 12 && this.tokens[k]!.sentence === sentence; k--) {
			if (QUOTING_VERB_FORMS.has(this.tokens[k]!.lower)) return this.quotedAsSaying(k);
		}
		return null;
	}

	/** `TASS quoted Lavrov as saying`: the one quoted, not the one quoting. */
	private quotedAsSaying(verb: number): Subject | null {
		if (!QUOTING_VERB_FORMS.has(this.tokens[verb]!.lower)) return null;
		// `quoted him as saying`: the pronoun is the one quoted.
		const quoted = this.forward(verb + 1, this.tokens[verb]!.order, true);
		if (!quoted || this.tokens[quoted.next]?.lower !== 'as') return null;
		return quoted.subject;
	}

	/**
	 * `Lavrov said: “…”`, `She claimed that “…”`, `According to Lavrov, “…”`, and a reporting verb anywhere
	 * earlier in the sentence (`Lavrov added that if …, … would create “…`): the nearest verb with a subject.
	 */
	leading(quoteToken: number, from = quoteToken - 1): Cue | null {
		const anchor = this.tokens[from];
		if (!anchor) return null;
		if (from === quoteToken - 1 && anchor.sentence !== this.tokens[quoteToken]!.sentence) return null;
		const sentence = anchor.sentence;
		let fallback: Cue | null = null;
		for (let k = from; k >= 0 && this.tokens[k]!.sentence === sentence; k--) {
			const token = this.tokens[k]!;
			if (token.kind === 'quote') continue;
			if (k === quoteToken - 1 && token.text === ':') {
				const label = this.labelSpeaker(k - 1);
				if (label !== undefined) return { rule: 'speaker-colon', verb: k, subject: { type: 'mention', mention: label }, adjacent: true };
			}
			// `In his words, “…”`
			if (token.lower === 'words' && POSSESSIVE_PRONOUNS.has(this.tokens[k - 1]?.lower ?? '')) {
				return { rule: 'in-their-words', verb: k, subject: { type: 'pronoun', gender: PRONOUN_GENDER.get(this.tokens[k - 1]!.lower)!, token: k - 1 }, adjacent: this.onlyConnectorsBetween(k, quoteToken) };
			}
			// `In the words of Ben Osei, “…”`
			if (token.lower === 'words' && this.tokens[k - 1]?.lower === 'the' && this.tokens[k + 1]?.lower === 'of') {
				const subject = this.forward(k + 2, token.order);
				if (subject) return { rule: 'in-their-words', verb: k, subject: subject.subject, adjacent: this.onlyConnectorsBetween(subject.next - 1, quoteToken) };
			}
			// `As Gran used to put it, “…”`
			if (token.lower === 'put' && this.tokens[k + 1]?.lower === 'it') {
				const subject = this.backward(k);
				if (subject && this.canSpeak(subject)) return { rule: 'in-their-words', verb: k, subject, adjacent: this.onlyConnectorsBetween(k + 1, quoteToken) };
			}
			if (token.lower === 'according' && this.tokens[k + 1]?.lower === 'to' && !fallback) {
				const subject = this.forward(k + 2, token.order, true);
				if (subject) fallback = { rule: 'before-quote-according-to', verb: k, subject: subject.subject, adjacent: this.onlyConnectorsBetween(subject.next - 1, quoteToken) };
				continue;
			}
			if (k > 0 && this.tokens[k - 1]!.sentence !== sentence && token.capitalised && isSpeechVerb(token.lower) && !isParticiple(token.lower)) {
				// `Said Dorothy Poynter, who grew up with him, “…”`: a sentence opening with its verb.
				const inverted = this.forward(k + 1, token.order);
				if (inverted && this.canSpeak(inverted.subject)) return { rule: 'before-quote', verb: k, subject: inverted.subject, adjacent: true };
			}
			if (isSpeechVerbAt(this.tokens, k) && this.isPassive(k) && this.tokens[k + 1]?.lower === 'by') {
				// `Sanders was asked by host Bill Maher, who backs him, “…”`: the agent speaks.
				const agent = this.forward(k + 2, token.order);
				if (agent && agent.subject.type === 'mention') return { rule: 'by-agent', verb: k, subject: agent.subject, adjacent: false };
			}
			if (!isSpeechVerbAt(this.tokens, k) || this.isNounUse(k) || this.isPassive(k) || this.isInfinitiveVerb(k)) continue;
			const adjacent = this.onlyConnectorsBetween(k, quoteToken);
			if (isParticiple(token.lower)) {
				// `Reuters quoted the ministry as saying that “…”`: the one quoted.
				const quoted = this.quotedBefore(k) ?? this.cited(k);
				if (quoted) return { rule: 'before-quote-participle', verb: k, subject: quoted, adjacent };
				const subject = this.participleSubject(sentence, k);
				if (subject) return { rule: 'before-quote-participle', verb: k, subject, adjacent };
				continue;
			}
			const subject = this.backward(k);
			// `The chief inspector says, and I quote, ‘…’`: the writer quoting is not the speaker.
			if (subject && subject.type === 'pronoun' && subject.gender === 'self') {
				fallback ??= { rule: 'before-quote', verb: k, subject, adjacent };
				continue;
			}
			if (subject && this.canSpeak(subject)) return this.mainClause(k, subject) ?? { rule: 'before-quote', verb: k, subject, adjacent };
			// `The paradox of Nancy, says Carl Anthony, historian at the library, is that she was “…”`: a reporting
			// clause set off by commas inside the sentence, its subject after the verb.
			if (this.tokens[k - 1]?.text === ',' && !takesListener(token.lower)) {
				const aside = this.forward(k + 1, token.order);
				const closed = aside !== null && (this.tokens[aside.next]?.text === ',' || this.tokens[aside.next - 1]?.text === ',');
				if (aside && closed && aside.subject.type === 'mention' && aside.next < quoteToken) return { rule: 'before-quote', verb: k, subject: aside.subject, adjacent: false };
			}
			// `…, said Lavrov: “…”`, but not `a source told The Sun: “…”`: after `told` comes the listener.
			const inverted = takesListener(token.lower) ? null : this.forward(k + 1, token.order);
			if (inverted && (inverted.next === quoteToken || (inverted.next === quoteToken - 1 && this.tokens[inverted.next]!.kind === 'punct')) && this.canSpeak(inverted.subject)) return { rule: 'before-quote', verb: k, subject: inverted.subject, adjacent: true };
		}
		return fallback;
	}

	/**
	 * A quote inside a sentence with no reporting verb, whose subject is a person or body: `Kaine has adopted
	 * the stance: “…”` (a colon), `Moore thanked him for “stepping up”`, `Ryan worried that the net was “…”`.
	 * Not when the subject is acted on (`was attacked by critics as “…”`).
	 */
	frame(quoteToken: number): Cue | null {
		const quote = this.tokens[quoteToken]!;
		const before = this.tokens[quoteToken - 1];
		if (!before || before.sentence !== quote.sentence) return null;
		const found = this.leadingSubject(quote.sentence, quoteToken);
		if (!found) return null;
		for (let k = found.next; k < quoteToken; k++) {
			const token = this.tokens[k]!;
			if (token.lower === 'by') {
				// `was described by Mayor Ana Ruiz as “…”`: the agent, if a person; else nobody said.
				const agent = this.forward(k + 1, token.order);
				return agent && agent.subject.type === 'mention' && agent.next <= quoteToken ? { rule: 'by-agent', verb: k, subject: agent.subject, adjacent: false } : null;
			}
		}
		const colon = before.text === ':';
		return { rule: colon ? 'colon-frame' : 'sentence-subject', verb: colon ? quoteToken - 1 : found.next, subject: found.subject, adjacent: colon };
	}

	/**
	 * `Meeks said Clinton reassured them that Democrats “were not going to be like Trump”`: when the verb at `k`
	 * and its subject stand inside what an earlier reporting verb reports, the earlier verb's subject speaks.
	 */
	private mainClause(k: number, nested: Subject): Cue | null {
		const sentence = this.tokens[k]!.sentence;
		const nestedStart = nested.type === 'mention' ? this.mentions[nested.mention]!.first : nested.token;
		for (let m = nestedStart - 1; m >= 0 && this.tokens[m]!.sentence === sentence; m--) {
			const token = this.tokens[m]!;
			if (token.kind === 'quote') return null;
			if (!isSpeechVerbAt(this.tokens, m) || isParticiple(token.lower) || this.isNounUse(m) || this.isPassive(m) || this.isInfinitiveVerb(m)) continue;
			// `said that`, `said` right before the clause: the clause is what is said.
			const between = nestedStart - m - 1;
			if (between > 1 || (between === 1 && this.tokens[m + 1]!.lower !== 'that')) return null;
			const subject = this.backward(m);
			return subject && subject.type !== 'nominal' && this.canSpeak(subject) && !(subject.type === 'pronoun' && subject.gender === 'self') ? { rule: 'before-quote', verb: m, subject, adjacent: false } : null;
		}
		return null;
	}

	/**
	 * For a quote with no cue of its own: the reporting verb of the sentence just before it, in the same
	 * paragraph or closing the one before (`Jones disagreed, saying the plan was flawed. “It will fail.”`).
	 * The sentence's first reporting verb, the main clause's, wins over later ones.
	 */
	previousSentence(quoteToken: number): Cue | null {
		const before = this.sentenceBefore(quoteToken);
		if (!before) return null;
		const { first, last } = before;
		const lastToken = this.tokens[last]!;
		for (let k = first; k <= last; k++) {
			const token = this.tokens[k]!;
			if (token.kind === 'quote') return null;
			if (token.lower === 'according' && this.tokens[k + 1]?.lower === 'to') {
				const source = this.forward(k + 2, token.order, true);
				if (source) return { rule: 'previous-sentence', verb: k, subject: source.subject, adjacent: false };
			}
			if (!isSpeechVerbAt(this.tokens, k) || this.isNounUse(k) || this.isPassive(k) || this.isInfinitiveVerb(k)) continue;
			const subject = isParticiple(token.lower) ? this.quotedBefore(k) ?? this.cited(k) ?? this.sentenceSubject(lastToken.sentence, k) : this.quotedAsSaying(k) ?? this.backward(k);
			if (subject && this.canSpeak(subject)) return { rule: 'previous-sentence', verb: k, subject, adjacent: false };
		}
		return null;
	}

	/**
	 * The sentence just before the one the quote stands in, in the same paragraph or closing the one
	 * before, unless it ends in a quote of its own: its first and last token.
	 */
	sentenceBefore(quoteToken: number): { first: number; last: number } | null {
		const quote = this.tokens[quoteToken]!;
		let last = quoteToken - 1;
		while (last >= 0 && this.tokens[last]!.sentence === quote.sentence) last--;
		const lastToken = this.tokens[last];
		if (!lastToken || quote.order - lastToken.order > 1 || lastToken.kind === 'quote') return null;
		let first = last;
		while (first > 0 && this.tokens[first - 1]!.sentence === lastToken.sentence) first--;
		return { first, last };
	}

	/** A quote opening a paragraph after one that ends in a colon: `… in his statement:`. */
	transcript(quoteToken: number): Cue | null {
		const quote = this.tokens[quoteToken]!;
		const colon = this.tokens[quoteToken - 1];
		if (!colon || colon.text !== ':' || colon.order !== quote.order - 1) return null;
		const spoken = this.leading(quoteToken, quoteToken - 2);
		if (spoken) return { ...spoken, rule: 'transcript-colon', adjacent: true };
		const sentence = colon.sentence;
		for (let k = quoteToken - 2; k >= 0 && this.tokens[k]!.sentence === sentence; k--) {
			const token = this.tokens[k]!;
			const gender = PRONOUN_GENDER.get(token.lower);
			if (gender && (token.lower === 'his' || token.lower === 'her' || token.lower === 'their' || token.lower === 'its')) {
				return { rule: 'transcript-colon', verb: quoteToken - 1, subject: { type: 'pronoun', gender, token: k }, adjacent: true };
			}
			const mention = this.mentionEndingAt.get(k);
			if (mention !== undefined && this.mentions[mention]!.possessive) return { rule: 'transcript-colon', verb: quoteToken - 1, subject: { type: 'mention', mention }, adjacent: true };
		}
		const subject = this.sentenceSubject(sentence, quoteToken - 1);
		return subject ? { rule: 'transcript-colon', verb: quoteToken - 1, subject, adjacent: true } : null;
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
		if (!found || end - found.next > TAIL_WORDS) return null;
		return { rule: 'sentence-tail', verb: verbAt, subject: found.subject, adjacent: false };
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

	/** `Lavrov: “…”`: a name opening the sentence, then a colon. */
	/**
	 * `Ryan: ‘Anti-Semitic Images’ Have ‘No Place’`, `OK Gov Fallin: Trump Is ‘Trying …’`: a line (a headline, a
	 * round-up entry) opening with a name and a colon; every quote after the colon is that name's.
	 */
	lineSpeaker(quoteToken: number): Cue | null {
		const order = this.tokens[quoteToken]!.order;
		let first = quoteToken;
		while (first > 0 && this.tokens[first - 1]!.order === order) first--;
		for (let k = first; k < quoteToken && k <= first + LINE_LABEL_TOKENS; k++) {
			if (this.tokens[k]!.text !== ':') continue;
			const label = this.labelSpeaker(k - 1);
			return label !== undefined && this.mentions[label]!.first === first ? { rule: 'speaker-colon', verb: k, subject: { type: 'mention', mention: label }, adjacent: k === quoteToken - 1 } : null;
		}
		return null;
	}

	/**
	 * A label before a colon, opening its line or after a dash: `Lavrov:`, `Mark Blum and Jon Cole:` (the first of
	 * them), `Joe Brown, Daily Post:` (the person, not the outlet); its speaker's mention, if any.
	 */
	private labelSpeaker(k: number): number | undefined {
		const last = this.mentionEndingAt.get(k);
		if (last === undefined) return undefined;
		let mention: number = last;
		for (;;) {
			const first: number = this.mentions[mention]!.first;
			const joiner: Token | undefined = this.tokens[first - 1];
			const earlier: number | undefined = joiner && (joiner.lower === 'and' || joiner.text === ',') ? this.mentionEndingAt.get(first - 2) : undefined;
			if (earlier === undefined || this.mentions[earlier]!.kind !== 'person') break;
			mention = earlier;
		}
		const found = this.mentions[mention]!;
		if (found.kind === 'place' || found.name.length < 2) return undefined;
		const before = this.tokens[found.first - 1];
		return !before || before.sentence !== found.sentence || before.kind === 'punct' ? mention : undefined;
	}

	private onlyConnectorsBetween(from: number, to: number): boolean {
		for (let k = from + 1; k < to; k++) if (!CONNECTORS.has(this.tokens[k]!.lower)) return false;
		return true;
	}

	/** `would continue to support`, `vowed to fight`: a verb taking an infinitive does not introduce words. */
	private isInfinitiveVerb(k: number): boolean {
		// (`wrote to his followers`: `to` before a determiner or a possessive opens a noun phrase, not an infinitive.)
		const after = this.tokens[k + 2];
		return this.tokens[k + 1]?.lower === 'to' && after?.kind === 'word' && !after.capitalised && !NOUN_MARKERS.has(after.lower) && !POSSESSIVE_PRONOUNS.has(after.lower);
	}

	/** `the debt brake had been written “…”`: a passive verb says nothing about who spoke. */
	private isPassive(k: number): boolean {
		const before = this.tokens[k - 1]?.lower;
		if (before === 'been' || before === 'being' || before === 'be') return true;
		const form = this.tokens[k]!.lower;
		return (before === 'was' || before === 'were' || before === 'is' || before === 'are') && /(ed|en|told|said)$/.test(form);
	}
}
