import {
	FUNCTION_WORDS,
	GENDERED_ROLES,
	ORGANISATION_HEADS,
	PRONOUN_GENDER,
	ROLE_WORDS,
	SPEAKER_NOUNS,
	SUBJECT_PRONOUNS,
	VERB_FILLERS,
} from './lexicon.js';
import type { Mention } from './mentions.js';
import { isParticiple, isSpeechVerb } from './speech-verbs.js';
import type { Token } from './tokens.js';

/** Who a cue says is speaking, before it is resolved to an entity. */
export type Subject =
	| { readonly type: 'mention'; readonly mention: number }
	| { readonly type: 'pronoun'; readonly gender: 'f' | 'm' | 'plural' | 'it' | 'self'; readonly token: number }
	| { readonly type: 'nominal'; readonly head: string; readonly token: number; readonly modifier: number | null };

export interface Cue {
	readonly subject: Subject;
	/** The speech verb (or colon) sits right against the quote: `“…,” she said`, `Lavrov said: “…”`. */
	readonly adjacent: boolean;
	/** A source's credit (`…,” APA reports`) rather than the speaker: a cue before the quote wins. */
	readonly credit?: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this']);
const CONNECTORS = new Set([',', ':', 'that', '—', '–', '-', ';']);
const LEAD_DASHES = new Set([',', '—', '–', '-']);
/** Words before a speech-verb form that make it a noun: `the report`, `in statements`, `his remarks`. */
const NOUN_MARKERS = new Set([
	'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'in', 'on', 'at',
	'with', 'after', 'following', 'of', 'by', 'for', 'to', 'from', 'such', 'any', 'no', 'some', 'many', 'several',
]);
/** Words opening a phrase that comes before the subject: `Speaking on Radio 4, …`, `In a statement, …`. */
const INTRODUCTORY_WORDS = new Set([
	'in', 'on', 'at', 'after', 'before', 'during', 'following', 'despite', 'under', 'with', 'without', 'while', 'when',
	'although', 'though', 'as', 'since', 'according', 'earlier', 'later', 'meanwhile', 'however', 'yesterday', 'today',
	'asked', 'speaking', 'writing', 'responding', 'reacting', 'addressing',
]);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** `according to her`. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
const QUANTIFIERS = new Set(['one', 'two', 'three', 'some', 'many', 'several', 'most', 'all', 'both', 'each', 'none', 'few', 'another']);
const PLACE_PREPOSITIONS = new Set(['from', 'in', 'at', 'near', 'of']);
const INNER_CONNECTORS = new Set(['of', 'and', '&', 'for']);

/** A name that can stand before `spokesperson`: a body, a country, or one capitalised word (`a Treasury spokesperson`). */
const isBodyLike = (mention: Mention): boolean => mention.kind === 'organisation' || mention.kind === 'place' || (mention.kind === 'single' && !mention.possessive);

const isLowerSpeechVerb = (token: Token | undefined): boolean =>
	token !== undefined && token.kind === 'word' && !token.capitalised && isSpeechVerb(token.lower);

/** Finds speech cues around quote tokens: the sieves that need only the words, not the roster. */
export class CueFinder {
	private readonly mentionEndingAt = new Map<number, number>();
	private readonly mentionStartingAt = new Map<number, number>();
	private readonly mentionByAppositiveEnd = new Map<number, number>();

	constructor(
		private readonly tokens: readonly Token[],
		private readonly mentions: readonly Mention[],
	) {
		// People last, so that a person whose role words begin at a token wins over the body named there.
		const order = mentions.map((_, index) => index).sort((a, b) => Number(mentions[a]!.kind === 'person') - Number(mentions[b]!.kind === 'person'));
		for (const index of order) {
			const mention = mentions[index]!;
			if (mention.kind === 'role' && mention.first !== mention.last) continue;
			this.mentionEndingAt.set(mention.last, index);
			this.mentionStartingAt.set(mention.first, index);
			if (mention.nameFirst !== mention.first) this.mentionStartingAt.set(mention.nameFirst, index);
			if (mention.appositiveEnd >= 0) this.mentionByAppositiveEnd.set(mention.appositiveEnd, index);
		}
	}

	/** `“…,” Lavrov said`, `“…,” said Maria Zakharova, spokeswoman…`, `“…,” according to Lavrov`. */
	trailing(quoteToken: number, quoteEndsSentence: boolean): Cue | null {
		const order = this.tokens[quoteToken]!.order;
		let j = quoteToken + 1;
		if (LEAD_DASHES.has(this.tokens[j]?.text ?? '')) j++;
		const first = this.tokens[j];
		if (!first || first.order !== order || first.kind !== 'word') return null;
		if (isLowerSpeechVerb(first) && !isParticiple(first.lower)) {
			const subject = this.forward(j + 1, order);
			return subject ? { subject: subject.subject, adjacent: true } : null;
		}
		if (first.lower === 'according' && this.tokens[j + 1]?.lower === 'to') {
			const subject = this.forward(j + 2, order, true);
			return subject ? { subject: subject.subject, adjacent: true } : null;
		}
		const subject = this.forward(j, order);
		if (!subject) return null;
		// `“…” — Peter Jones.`: a dash and a name closing the sentence.
		// `“…” — Volodymyr Zelensky (@ZelenskyyUa) March 5, 2025`: an embedded post signed the same way.
		const dashed = this.tokens[quoteToken + 1]!.text !== ',' && j > quoteToken + 1;
		const after = this.tokens[subject.next];
		const signed = !after || after.order !== order || after.text === '.' || after.text === '(';
		if (dashed && subject.subject.type === 'mention' && signed) return { subject: subject.subject, adjacent: true };
		let k = this.skipAside(subject.next);
		while (this.tokens[k]?.kind === 'word' && VERB_FILLERS.has(this.tokens[k]!.lower)) k++;
		const verb = this.tokens[k];
		if (!verb || !isLowerSpeechVerb(verb) || verb.order !== order || isParticiple(verb.lower)) return null;
		// “…in Ukraine.” Trump said that he… starts a new statement, not an attribution.
		if (quoteEndsSentence && this.tokens[k + 1]?.lower === 'that') return null;
		return { subject: this.quotedAsSaying(k) ?? subject.subject, adjacent: true, credit: /^report(s|ed)?$/.test(verb.lower) };
	}

	/** `Ellis, 54, said`, `Briggs, however, said`: past a short aside between commas. */
	private skipAside(k: number): number {
		if (this.tokens[k]?.text !== ',') return k;
		for (let c = k + 1; c <= k + 6 && c < this.tokens.length; c++) {
			const token = this.tokens[c]!;
			if (token.sentence !== this.tokens[k]!.sentence || token.kind === 'quote') return k;
			if (token.text === ',') return c + 1;
		}
		return k;
	}

	/** `TASS quoted Lavrov as saying`: the one quoted, not the one quoting. */
	private quotedAsSaying(verb: number): Subject | null {
		if (!/^(quot|cit)(ed|es|ing|e)$/.test(this.tokens[verb]!.lower)) return null;
		const quoted = this.forward(verb + 1, this.tokens[verb]!.order);
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
			if (k === quoteToken - 1 && token.text === ':' && this.isHeadlineSpeaker(k - 1)) {
				return { subject: { type: 'mention', mention: this.mentionEndingAt.get(k - 1)! }, adjacent: true };
			}
			// `In his words, “…”`
			if (token.lower === 'words' && POSSESSIVE_PRONOUNS.has(this.tokens[k - 1]?.lower ?? '')) {
				return { subject: { type: 'pronoun', gender: PRONOUN_GENDER.get(this.tokens[k - 1]!.lower)!, token: k - 1 }, adjacent: this.onlyConnectorsBetween(k, quoteToken) };
			}
			if (token.lower === 'according' && this.tokens[k + 1]?.lower === 'to' && !fallback) {
				const subject = this.forward(k + 2, token.order, true);
				if (subject) fallback = { subject: subject.subject, adjacent: this.onlyConnectorsBetween(subject.next - 1, quoteToken) };
				continue;
			}
			if (!isLowerSpeechVerb(token) || this.isNounUse(k) || this.isPassive(k) || this.isInfinitiveVerb(k)) continue;
			const adjacent = this.onlyConnectorsBetween(k, quoteToken);
			if (isParticiple(token.lower)) {
				const subject = this.sentenceSubject(sentence, k);
				if (subject) return { subject, adjacent };
				continue;
			}
			const subject = this.backward(k);
			// `The chief inspector says, and I quote, ‘…’`: the writer quoting is not the speaker.
			if (subject && subject.type === 'pronoun' && subject.gender === 'self') {
				fallback ??= { subject, adjacent };
				continue;
			}
			if (subject && this.canSpeak(subject)) return { subject, adjacent };
			const inverted = this.forward(k + 1, token.order);
			if (inverted && inverted.next >= quoteToken - 1 && inverted.next <= quoteToken) return { subject: inverted.subject, adjacent: true };
		}
		return fallback;
	}

	/**
	 * For a quote with no cue of its own: the reporting verb of the sentence just before it, in the same
	 * paragraph or closing the one before (`Jones disagreed, saying the plan was flawed. “It will fail.”`).
	 * The sentence's first reporting verb, the main clause's, wins over later ones.
	 */
	previousSentence(quoteToken: number): Cue | null {
		const quote = this.tokens[quoteToken]!;
		let last = quoteToken - 1;
		while (last >= 0 && this.tokens[last]!.sentence === quote.sentence) last--;
		const lastToken = this.tokens[last];
		if (!lastToken || quote.order - lastToken.order > 1 || lastToken.kind === 'quote') return null;
		let first = last;
		while (first > 0 && this.tokens[first - 1]!.sentence === lastToken.sentence) first--;
		for (let k = first; k <= last; k++) {
			const token = this.tokens[k]!;
			if (token.kind === 'quote') return null;
			if (!isLowerSpeechVerb(token) || this.isNounUse(k) || this.isPassive(k) || this.isInfinitiveVerb(k)) continue;
			const subject = isParticiple(token.lower) ? this.sentenceSubject(lastToken.sentence, k) : this.backward(k);
			if (subject && this.canSpeak(subject)) return { subject, adjacent: false };
		}
		return null;
	}

	/** A quote opening a paragraph after one that ends in a colon: `… in his statement:`. */
	transcript(quoteToken: number): Cue | null {
		const quote = this.tokens[quoteToken]!;
		const colon = this.tokens[quoteToken - 1];
		if (!colon || colon.text !== ':' || colon.order !== quote.order - 1) return null;
		const spoken = this.leading(quoteToken, quoteToken - 2);
		if (spoken) return { subject: spoken.subject, adjacent: true };
		const sentence = colon.sentence;
		for (let k = quoteToken - 2; k >= 0 && this.tokens[k]!.sentence === sentence; k--) {
			const token = this.tokens[k]!;
			const gender = PRONOUN_GENDER.get(token.lower);
			if (gender && (token.lower === 'his' || token.lower === 'her' || token.lower === 'their' || token.lower === 'its')) {
				return { subject: { type: 'pronoun', gender, token: k }, adjacent: true };
			}
			const mention = this.mentionEndingAt.get(k);
			if (mention !== undefined && this.mentions[mention]!.possessive) return { subject: { type: 'mention', mention }, adjacent: true };
		}
		const subject = this.sentenceSubject(sentence, quoteToken - 1);
		return subject ? { subject, adjacent: true } : null;
	}

	/** Names and pronouns speak; of noun phrases, only people, roles and bodies (`the debt brake` does not). */
	private canSpeak(subject: Subject): boolean {
		if (subject.type !== 'nominal') return true;
		const head = subject.head;
		return subject.modifier !== null || ROLE_WORDS.has(head) || ORGANISATION_HEADS.has(head) || SPEAKER_NOUNS.has(head) || GENDERED_ROLES.has(head);
	}

	/** `Lavrov: “…”`: a name opening the sentence, then a colon. */
	private isHeadlineSpeaker(k: number): boolean {
		const mention = this.mentionEndingAt.get(k);
		if (mention === undefined) return false;
		const found = this.mentions[mention]!;
		if (found.kind === 'place' || found.name.length < 2) return false;
		const before = this.tokens[found.first - 1];
		return !before || before.sentence !== found.sentence || before.kind === 'punct';
	}

	private onlyConnectorsBetween(from: number, to: number): boolean {
		for (let k = from + 1; k < to; k++) if (!CONNECTORS.has(this.tokens[k]!.lower)) return false;
		return true;
	}

	/** The first name or pronoun of the sentence, before `limit`. */
	sentenceSubject(sentence: number, limit: number): Subject | null {
		if (limit <= 0) return null;
		let k = limit - 1;
		while (k > 0 && this.tokens[k - 1]!.sentence === sentence) k--;
		if (this.tokens[k]!.sentence !== sentence) return null;
		// `Speaking on BBC Radio 4, Lord Ashby said`: skip an opening phrase up to its comma.
		const opening = this.tokens[k];
		if (opening && opening.kind === 'word' && (INTRODUCTORY_WORDS.has(opening.lower) || /(ing|ed)$/.test(opening.lower))) {
			for (let c = k; c < limit; c++) {
				if (this.tokens[c]!.text === ',') {
					k = c + 1;
					break;
				}
			}
		}
		for (; k < limit; k++) {
			const subject = this.subjectAt(k);
			// `Labour's shadow chancellor, Rachel Reeves, …`: a possessive only qualifies the subject.
			if (subject && !(subject.type === 'mention' && this.mentions[subject.mention]!.possessive)) return subject;
		}
		return null;
	}

	private subjectAt(k: number): Subject | null {
		const token = this.tokens[k];
		if (!token || token.kind !== 'word') return null;
		if (SUBJECT_PRONOUNS.has(token.lower)) return { type: 'pronoun', gender: PRONOUN_GENDER.get(token.lower)!, token: k };
		const mention = this.mentionStartingAt.get(k);
		return mention === undefined ? null : { type: 'mention', mention };
	}

	/**
	 * A subject phrase starting at `j`: a pronoun, a (titled) name, `the ministry`-like noun phrase, or
	 * lower-case role words before a name (`managing director Colin Hart`).
	 */
	forward(j: number, order: number, objectPronouns = false): { subject: Subject; next: number } | null {
		const token = this.tokens[j];
		if (!token || token.order !== order || token.kind !== 'word') return null;
		if (SUBJECT_PRONOUNS.has(token.lower) || (objectPronouns && OBJECT_PRONOUNS.has(token.lower))) {
			return { subject: { type: 'pronoun', gender: PRONOUN_GENDER.get(token.lower)!, token: j }, next: j + 1 };
		}
		const mention = this.mentionStartingAt.get(j);
		if (mention !== undefined && this.mentions[mention]!.possessive) {
			// `Ellis’s deputy, Karen Holt`: the person the possessive qualifies.
			const owned = this.personAfterModifiers(this.mentions[mention]!.last + 1, order) ?? this.appositivePerson(this.mentions[mention]!.last + 1, order);
			if (owned !== undefined) return { subject: { type: 'mention', mention: owned }, next: this.afterMention(owned) };
		}
		if (mention !== undefined) {
			const found = this.mentions[mention]!;
			// `said Ohio State University political scientist Renee Castillo`: the person, not the body.
			const person = found.kind === 'person' ? undefined : this.personAfterModifiers(found.last + 1, order);
			const chosen = person ?? mention;
			return { subject: { type: 'mention', mention: chosen }, next: this.afterMention(chosen) };
		}
		const person = this.personAfterModifiers(j, order);
		if (person !== undefined) return { subject: { type: 'mention', mention: person }, next: this.afterMention(person) };
		// `one of the sources`, `some of the residents`
		if (QUANTIFIERS.has(token.lower) && this.tokens[j + 1]?.lower === 'of') return this.forward(j + 2, order);
		if (!DETERMINERS.has(token.lower)) return null;
		let k = j + 1;
		let modifier: number | null = null;
		for (; k < j + 7; k++) {
			const word = this.tokens[k];
			if (!word || word.kind !== 'word' || word.order !== order || (isLowerSpeechVerb(word) && !this.isNounUse(k))) break;
			if (!word.capitalised && FUNCTION_WORDS.has(word.lower)) break;
			const named = this.mentionStartingAt.get(k);
			if (named !== undefined && this.mentions[named]!.kind === 'person') {
				return { subject: { type: 'mention', mention: named }, next: this.afterMention(named) };
			}
			const ending = this.mentionEndingAt.get(k);
			if (ending !== undefined && isBodyLike(this.mentions[ending]!)) modifier = ending;
		}
		if (k === j + 1) return null;
		const headIndex = k - 1;
		const named = this.mentionEndingAt.get(headIndex);
		if (named !== undefined) return { subject: { type: 'mention', mention: named }, next: this.afterMention(named) };
		return { subject: { type: 'nominal', head: this.tokens[headIndex]!.lower, token: headIndex, modifier }, next: k };
	}

	/** `deputy, Karen Holt`: lower-case words, a comma, then a person. */
	private appositivePerson(j: number, order: number): number | undefined {
		for (let k = j; k < j + 4; k++) {
			const token = this.tokens[k];
			if (!token || token.order !== order) return undefined;
			if (token.text === ',') {
				const named = this.mentionStartingAt.get(k + 1);
				return named !== undefined && this.mentions[named]!.kind === 'person' ? named : undefined;
			}
			if (token.kind !== 'word' || token.capitalised) return undefined;
		}
		return undefined;
	}

	/** A person named after up to four lower-case modifiers: `board director Stephen Marek`. */
	private personAfterModifiers(j: number, order: number): number | undefined {
		for (let k = j; k < j + 5; k++) {
			const named = this.mentionStartingAt.get(k);
			if (named !== undefined) return this.mentions[named]!.kind === 'person' ? named : undefined;
			const word = this.tokens[k];
			if (!word || word.kind !== 'word' || word.order !== order || word.capitalised) return undefined;
			if (FUNCTION_WORDS.has(word.lower) || isLowerSpeechVerb(word)) return undefined;
		}
		return undefined;
	}

	/** `Dr Okoro’s comments`, `the report`: a speech-verb form used as a noun. */
	private isNounUse(k: number): boolean {
		const before = this.tokens[k - 1];
		if (!before || before.kind !== 'word') return false;
		if (NOUN_MARKERS.has(before.lower) || /[’']s$/.test(before.lower)) return true;
		// `in a LinkedIn post`, `a Kremlin statement`
		const further = this.tokens[k - 2];
		return before.capitalised && further !== undefined && further.sentence === before.sentence && DETERMINERS.has(further.lower);
	}

	/** `would continue to support`, `vowed to fight`: a verb taking an infinitive does not introduce words. */
	private isInfinitiveVerb(k: number): boolean {
		return this.tokens[k + 1]?.lower === 'to' && this.tokens[k + 2]?.kind === 'word' && !this.tokens[k + 2]!.capitalised && this.tokens[k + 2]!.lower !== 'the';
	}

	/** `the debt brake had been written “…”`: a passive verb says nothing about who spoke. */
	private isPassive(k: number): boolean {
		const before = this.tokens[k - 1]?.lower;
		if (before === 'been' || before === 'being' || before === 'be') return true;
		const form = this.tokens[k]!.lower;
		return (before === 'was' || before === 'were' || before === 'is' || before === 'are') && /(ed|en|told|said)$/.test(form);
	}

	private afterMention(mention: number): number {
		const found = this.mentions[mention]!;
		return found.appositiveEnd >= 0 ? found.appositiveEnd + 1 : found.last + 1;
	}

	/** The subject just before a verb: `Lavrov also said`, `Lavrov, Russia’s foreign minister, said`, `the ministry said`. */
	backward(verb: number): Subject | null {
		const sentence = this.tokens[verb]!.sentence;
		let k = verb - 1;
		while (k >= 0 && this.tokens[k]!.kind === 'word' && VERB_FILLERS.has(this.tokens[k]!.lower) && this.tokens[k]!.sentence === sentence) k--;
		const token = this.tokens[k];
		if (!token || token.sentence !== sentence) return null;
		// `Ruth Abernathy read the draft and wrote`: the verb shares the sentence's subject.
		if (token.lower === 'and' || token.lower === 'but') return this.sentenceSubject(sentence, k);
		if (token.text === ',') {
			const appositive = this.mentionByAppositiveEnd.get(k);
			if (appositive !== undefined) return { type: 'mention', mention: appositive };
			const named = this.mentionEndingAt.get(k - 1);
			if (named !== undefined && this.mentions[named]!.kind === 'person') return { type: 'mention', mention: named };
			for (let c = k - 1; c >= 0 && c >= k - 16 && this.tokens[c]!.sentence === sentence; c--) {
				if (this.tokens[c]!.text === ',') return this.withoutPlace(this.subjectEndingAt(c - 1, sentence), sentence);
			}
			return null;
		}
		return this.withoutPlace(this.subjectEndingAt(k, sentence), sentence);
	}

	/** `Jamie from Tobermory writes`: the person before the place. */
	private withoutPlace(subject: Subject | null, sentence: number): Subject | null {
		if (!subject || subject.type !== 'mention') return subject;
		const mention = this.mentions[subject.mention]!;
		const preposition = this.tokens[mention.first - 1];
		if (!preposition || !PLACE_PREPOSITIONS.has(preposition.lower)) return subject;
		const owner = this.subjectEndingAt(mention.first - 2, sentence);
		return owner && owner.type === 'mention' && this.mentions[owner.mention]!.kind !== 'organisation' ? owner : subject;
	}

	private subjectEndingAt(k: number, sentence: number): Subject | null {
		const token = this.tokens[k];
		if (!token || token.sentence !== sentence || token.kind !== 'word') return null;
		if (SUBJECT_PRONOUNS.has(token.lower)) return { type: 'pronoun', gender: PRONOUN_GENDER.get(token.lower)!, token: k };
		const mention = this.mentionEndingAt.get(k);
		if (mention !== undefined) return this.mentions[mention]!.possessive ? null : { type: 'mention', mention };
		if (token.capitalised || FUNCTION_WORDS.has(token.lower)) return null;
		// A noun phrase back to its determiner: `the ministry`, `a Department of Health spokesperson`.
		let modifier: number | null = null;
		for (let d = k - 1; d >= 0 && d >= k - 9 && this.tokens[d]!.sentence === sentence; d--) {
			const before = this.tokens[d]!;
			if (before.kind !== 'word') break;
			const ending = this.mentionEndingAt.get(d);
			if (ending !== undefined && modifier === null && isBodyLike(this.mentions[ending]!)) modifier = ending;
			if (DETERMINERS.has(before.lower) || /[’']s$/.test(before.lower)) return { type: 'nominal', head: token.lower, token: k, modifier };
			if (!before.capitalised && FUNCTION_WORDS.has(before.lower) && !(INNER_CONNECTORS.has(before.lower) && this.tokens[d - 1]?.capitalised)) break;
			if (d === 0 || this.tokens[d - 1]!.sentence !== sentence) return { type: 'nominal', head: token.lower, token: k, modifier };
		}
		return null;
	}
}
