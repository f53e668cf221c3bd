import { NOUN_MARKERS, PLACE_PREPOSITIONS, POSSESSIVE_PRONOUNS, QUOTING_VERB_FORMS, RELATIVE_PRONOUNS } from '../lexicon/index.js';
import { isParticiple } from './speech-verbs.js';
import { isSpeechVerbAt, SubjectPhrases, type Subject } from './subjects.js';
import type { Token } from '../spans/tokens.js';

/** How many tokens an aside between commas may run to: `, 54,`, `, however,`; and a relative clause: `, who …,`. */
const ASIDE_WORDS = 6;
const RELATIVE_CLAUSE_WORDS = 30;
const LONG_ASIDE_WORDS = 40;
/** How many `of the …` phrases may follow a name before its verb: `X of the Center for Studies at Y University`. */
const AFFILIATION_HOPS = 3;
const DASHES = new Set(['—', '–', '-', '―']);
const CONNECTORS = new Set([',', ':', 'that', ';', ...DASHES]);

/**
 * Reads the clause around a reporting verb: the asides, affiliations and co-speakers between a name and its
 * verb, `quoted X as saying`, a passive or an infinitive. The sieves (`after-quote.ts`, `cues.ts`) build on it.
 */
export class ClauseReader extends SubjectPhrases {
	/**
	 * `Edward Dovere and Gabriel Debenedetti wrote`, `Phil Berger and House Speaker Tim Moore, both Republicans,
	 * said`: past the others who speak with the first (who is the one named as speaker).
	 */
	protected pastCoSpeakers(k: number): number {
		while (this.tokens[k]?.lower === 'and') {
			const other = this.forward(k + 1, this.tokens[k]!.order);
			if (!other || other.subject.type !== 'mention' || this.mentions[other.subject.mention]!.kind !== 'person') return k;
			k = this.pastAffiliation(other.next);
		}
		return k;
	}

	/** `Jeffrey Lewis of the Martin Center for Nonproliferation Studies wrote`: past `of`/`with`/`at` (the) Body. */
	protected pastAffiliation(k: number): number {
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
	protected pastLongAside(k: number, otherwise: number): number {
		if (this.tokens[k]?.text !== ',') return otherwise;
		const sentence = this.tokens[k]!.sentence;
		for (let c = k + 1; c <= k + LONG_ASIDE_WORDS && this.tokens[c]?.sentence === sentence; c++) {
			if (this.tokens[c]!.text === ',' && isSpeechVerbAt(this.tokens, c + 1) && !isParticiple(this.tokens[c + 1]!.lower)) return c + 1;
		}
		return otherwise;
	}

	/** `Kate Lowry, 45, from Leeds, said`: past one aside, and a second that the first one's comma opens. */
	protected skipAsides(k: number): number {
		const first = this.skipAside(k);
		if (first === k || isSpeechVerbAt(this.tokens, first)) return first;
		const second = this.skipAside(first - 1);
		return second === first - 1 ? first : second;
	}

	/**
	 * `Ellis, 54, said`, `Briggs, however, said`: past a short aside between commas; `Ellis, who has run the
	 * shop since 1990, said`: past a relative clause, however long.
	 */
	protected skipAside(k: number): number {
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
	protected cited(participle: number): Subject | null {
		if (this.tokens[participle]!.lower !== 'citing') return null;
		return this.forward(participle + 1, this.tokens[participle]!.order)?.subject ?? null;
	}

	/** At `saying` in `TASS quoted Lavrov as saying`: Lavrov. */
	protected quotedBefore(saying: number): Subject | null {
		if (this.tokens[saying - 1]?.lower !== 'as') return null;
		const sentence = this.tokens[saying]!.sentence;
		for (let k = saying - 2; k >= 0 && k >= saying - 12 && this.tokens[k]!.sentence === sentence; k--) {
			if (QUOTING_VERB_FORMS.has(this.tokens[k]!.lower)) return this.quotedAsSaying(k);
		}
		return null;
	}

	/** `TASS quoted Lavrov as saying`: the one quoted, not the one quoting. */
	protected quotedAsSaying(verb: number): Subject | null {
		if (!QUOTING_VERB_FORMS.has(this.tokens[verb]!.lower)) return null;
		// `quoted him as saying`: the pronoun is the one quoted.
		const quoted = this.forward(verb + 1, this.tokens[verb]!.order, true);
		if (!quoted || this.tokens[quoted.next]?.lower !== 'as') return null;
		return quoted.subject;
	}

	/**
	 * A label before a colon, opening its line or after a dash: `Lavrov:`, `Mark Blum and Jon Cole:` (the first of
	 * them), `Joe Brown, Daily Post:` (the person, not the outlet); its speaker's mention, if any.
	 */
	protected labelSpeaker(k: number): number | undefined {
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

	protected onlyConnectorsBetween(from: number, to: number): boolean {
		for (let k = from + 1; k < to; k++) if (!CONNECTORS.has(this.tokens[k]!.lower)) return false;
		return true;
	}

	/** `would continue to support`, `vowed to fight`: a verb taking an infinitive does not introduce words. */
	protected isInfinitiveVerb(k: number): boolean {
		// (`wrote to his followers`: `to` before a determiner or a possessive opens a noun phrase, not an infinitive.)
		const after = this.tokens[k + 2];
		return this.tokens[k + 1]?.lower === 'to' && after?.kind === 'word' && !after.capitalised && !NOUN_MARKERS.has(after.lower) && !POSSESSIVE_PRONOUNS.has(after.lower);
	}

	/** `the debt brake had been written “…”`: a passive verb says nothing about who spoke. */
	protected isPassive(k: number): boolean {
		const before = this.tokens[k - 1]?.lower;
		if (before === 'been' || before === 'being' || before === 'be') return true;
		const form = this.tokens[k]!.lower;
		return (before === 'was' || before === 'were' || before === 'is' || before === 'are') && /(ed|en|told|said)$/.test(form);
	}
}
