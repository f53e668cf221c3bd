import { POSSESSIVE_PRONOUNS, PRONOUN_GENDER } from '../lexicon/index.js';
import { AfterQuoteCues, takesListener } from './after-quote.js';
import type { Cue } from './cue.js';
import { isParticiple, isSpeechVerb } from './speech-verbs.js';
import { isSpeechVerbAt, type Subject } from './subjects.js';

export type { Cue, CueRule } from './cue.js';
export type { Subject } from './subjects.js';

/** How far into a line a speaker's label may run: `Former Arkansas Gov. Mike Huckabee:`. */
const LINE_LABEL_TOKENS = 8;

/**
 * Finds the speech cue of a quote token: the sieves that need only the words, not the roster. Those reading
 * what follows the quote are in `after-quote.ts`; these read what comes before it, or frame it.
 */
export class CueFinder extends AfterQuoteCues {
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
}
