import {
	DEMONYMS,
	DETERMINERS,
	DOCUMENT_NOUNS,
	FUNCTION_WORDS,
	GENDERED_ROLES,
	NAME_ONLY_HEADS,
	NOUN_MARKERS,
	OBJECT_PRONOUNS,
	ORGANISATION_HEADS,
	PARTICIPLE_PREPOSITIONS,
	PRONOUN_GENDER,
	QUANTIFIERS,
	ROLE_WORDS,
	SPEAKER_NOUNS,
	SPOKESPEOPLE,
	SPOKESPERSON_PREPOSITIONS,
	SUBJECT_PRONOUNS,
} from '../lexicon/index.js';
import { isPersonEpithet } from '../names/epithets.js';
import { documentSourceStart } from './documents.js';
import { habitOrSequelStart } from './verb-group.js';
import { isRetort, isSpeechVerb, isVerbOnly } from './speech-verbs.js';
import type { Mention } from '../names/mentions.js';
import type { Token } from '../spans/tokens.js';

/** A name that can stand before `spokesperson`: a body, a country, or one capitalised word (`a Treasury spokesperson`). */
export const isBodyLike = (mention: Mention): boolean => mention.kind === 'organisation' || mention.kind === 'place' || (mention.kind === 'single' && !mention.possessive);

/** Who a cue says is speaking, before it is resolved to an entity. */
export type Subject =
	| { readonly type: 'mention'; readonly mention: number }
	| { readonly type: 'pronoun'; readonly gender: 'f' | 'm' | 'plural' | 'it' | 'self'; readonly token: number }
	| { readonly type: 'nominal'; readonly head: string; readonly token: number; readonly modifier: number | null };

/** `the ministry`, `the club`: a lower-case noun for a body (not `the international`, a player). */
export const isBodyNoun = (lower: string): boolean => ORGANISATION_HEADS.has(lower) && !NAME_ONLY_HEADS.has(lower);

export const isLowerSpeechVerb = (token: Token | undefined): boolean =>
	token !== undefined && token.kind === 'word' && !token.capitalised && isSpeechVerb(token.lower);

/** A reporting verb at `k`: one word (`said`), or a retort in two (`hit back`). */
export function isSpeechVerbAt(tokens: readonly Token[], k: number): boolean {
	const token = tokens[k];
	if (isLowerSpeechVerb(token)) return true;
	return token !== undefined && token.kind === 'word' && !token.capitalised && isRetort(token.lower, tokens[k + 1]?.lower);
}

/**
 * The phrases a cue's subject is made of, read forward from a token: a pronoun, a (titled) name, `the
 * ministry`-like noun phrases, the name set off after a description (`deputy, Karen Holt`); and whether a verb
 * form is a noun (`his remarks`), and whether a subject can speak.
 */
export class NamePhrases {
	protected readonly mentionEndingAt = new Map<number, number>();

	protected readonly mentionStartingAt = new Map<number, number>();

	protected readonly mentionByAppositiveEnd = new Map<number, number>();

	constructor(
		protected readonly tokens: readonly Token[],
		protected readonly mentions: readonly Mention[],
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

	protected subjectAt(k: number): Subject | null {
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
			// `said Ohio State University political scientist Renee Castillo`: the person, not the body;
			// `former Tom Bale speechwriter Noam Nuss wrote`: the one holding the title, not the one it serves.
			const person = this.personAfterModifiers(found.last + 1, order, found.kind === 'person');
			const chosen = person ?? mention;
			return { subject: { type: 'mention', mention: chosen }, next: this.afterMention(chosen) };
		}
		const modified = this.personAfterModifiers(j, order);
		const person = modified === undefined ? undefined : (this.personAfterModifiers(this.mentions[modified]!.last + 1, order, true) ?? modified);
		if (person !== undefined) return { subject: { type: 'mention', mention: person }, next: this.afterMention(person) };
		// `one of the sources`, `some of the residents`
		if (QUANTIFIERS.has(token.lower) && this.tokens[j + 1]?.lower === 'of') return this.forward(j + 2, order);
		// `said one resident, Maureen, 72`
		if (!DETERMINERS.has(token.lower) && token.lower !== 'one' && token.lower !== 'another') return null;
		let k = j + 1;
		let modifier: number | null = null;
		for (; k < j + 7; k++) {
			const word = this.tokens[k];
			if (!word || word.kind !== 'word' || word.order !== order || (isLowerSpeechVerb(word) && !this.isNounUse(k))) break;
			if (!word.capitalised && FUNCTION_WORDS.has(word.lower)) break;
			const alias = this.knownAs(k, order);
			if (alias !== undefined) return { subject: { type: 'mention', mention: alias }, next: this.afterMention(alias) };
			const named = this.mentionStartingAt.get(k);
			if (named !== undefined && this.mentions[named]!.kind === 'person') {
				return { subject: { type: 'mention', mention: named }, next: this.afterMention(named) };
			}
			const ending = this.mentionEndingAt.get(k);
			if (ending !== undefined && isBodyLike(this.mentions[ending]!)) modifier = ending;
			// `a statement seen by Reuters`, `a spokesman contacted on Friday`: the head noun ends the phrase.
			if (!word.capitalised && (DOCUMENT_NOUNS.has(word.lower) || SPOKESPEOPLE.has(word.lower))) {
				k++;
				break;
			}
		}
		if (k === j + 1) return null;
		const headIndex = k - 1;
		// `the Norwegian said`, `the Democrat said`: a person named before, not the country or the party.
		if (headIndex === j + 1 && token.lower === 'the' && this.tokens[headIndex]!.capitalised && isPersonEpithet(this.tokens[headIndex]!.lower)) {
			return { subject: { type: 'nominal', head: this.tokens[headIndex]!.lower, token: headIndex, modifier: null }, next: k };
		}
		const named = this.mentionEndingAt.get(headIndex);
		if (named !== undefined) return { subject: { type: 'mention', mention: named }, next: this.afterMention(named) };
		// `the union’s regional organiser, Clare Mottram, said`: the name set off after a description is the speaker.
		const appositive = this.appositiveName(k, order);
		if (appositive !== undefined) return { subject: { type: 'mention', mention: appositive }, next: this.afterMention(appositive) };
		const source = this.sourceAfter(headIndex, order);
		if (source) return source;
		return { subject: { type: 'nominal', head: this.tokens[headIndex]!.lower, token: headIndex, modifier }, next: k };
	}

	/** `the base chief known as Bob`, `a woman identified only as Maria`: the name the description goes by. */
	private knownAs(k: number, order: number): number | undefined {
		if (this.tokens[k]!.lower !== 'known' && this.tokens[k]!.lower !== 'identified') return undefined;
		let at = k + 1;
		if (this.tokens[at]?.lower === 'only') at++;
		if (this.tokens[at]?.lower !== 'as') return undefined;
		const named = this.mentionStartingAt.get(at + 1);
		if (named === undefined || this.tokens[at + 1]!.order !== order) return undefined;
		const kind = this.mentions[named]!.kind;
		return kind === 'person' || kind === 'single' ? named : undefined;
	}

	/**
	 * `a spokesperson for Lowmoor Water`, `a spokesman for the company`: the body spoken for;
	 * `a statement from Tilbury Police`: whoever issued it.
	 */
	protected sourceAfter(head: number, order: number): { subject: Subject; next: number } | null {
		const noun = this.tokens[head]!.lower;
		const document = DOCUMENT_NOUNS.has(noun);
		if (!document && !SPOKESPEOPLE.has(noun)) return null;
		let k = head + 1;
		if (document) k = documentSourceStart(this.tokens, k);
		else if (SPOKESPERSON_PREPOSITIONS.has(this.tokens[k]?.lower ?? '')) k += this.tokens[k + 1]?.lower === 'the' ? 2 : 1;
		else return null;
		if (k < 0 || this.tokens[k]?.order !== order) return null;
		// `a court document filed by state attorney Dave Aron`: past lower-case words of a title.
		const named = this.mentionStartingAt.get(k) ?? (document ? this.personAfterModifiers(k, order, true) : undefined);
		if (named !== undefined) {
			const subject: Subject = document ? { type: 'mention', mention: named } : { type: 'nominal', head: noun, token: head, modifier: named };
			return { subject, next: this.afterMention(named) };
		}
		const body = this.tokens[k]!;
		if (!document && body.kind === 'word' && !body.capitalised && ORGANISATION_HEADS.has(body.lower)) {
			return { subject: { type: 'nominal', head: body.lower, token: k, modifier: null }, next: k + 1 };
		}
		return null;
	}

	/** `deputy, Karen Holt`: lower-case words, a comma, then a person. */
	protected appositivePerson(j: number, order: number): number | undefined {
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

	/**
	 * After a description, a comma and the name of whoever it describes: a person, or a lone name closed by
	 * another comma or the sentence's end (`my neighbour, Priya, …`, `said her husband, Tom.`).
	 */
	protected appositiveName(comma: number, order: number): number | undefined {
		if (this.tokens[comma]?.text !== ',') return undefined;
		const named = this.mentionStartingAt.get(comma + 1);
		if (named === undefined || this.tokens[comma + 1]!.order !== order) return undefined;
		const mention = this.mentions[named]!;
		if (mention.kind === 'person') return named;
		const after = this.tokens[mention.last + 1];
		const closed = !after || after.sentence !== mention.sentence || after.text === ',' || after.text === '.' || after.text === ';';
		return mention.kind === 'single' && !mention.possessive && closed ? named : undefined;
	}

	/**
	 * A person named after up to four lower-case modifiers, `of` joining two of them: `board director Stephen
	 * Marek`, `master of ceremonies Asab Tal`; or after a nationality: `German Ortega` (the German, Ortega).
	 * With `needsModifier`, only after at least one such word (`… speechwriter Noam Nuss` after a name).
	 */
	protected personAfterModifiers(j: number, order: number, needsModifier = false): number | undefined {
		const first = this.tokens[j];
		if (needsModifier && (!first || first.kind !== 'word' || first.capitalised || this.mentionStartingAt.has(j))) return undefined;
		if (first?.capitalised && DEMONYMS.has(first.lower) && first.order === order) {
			const named = this.mentionStartingAt.get(j + 1);
			const kind = named === undefined ? null : this.mentions[named]!.kind;
			if (kind === 'person' || kind === 'single') return named;
		}
		for (let k = j; k < j + 5; k++) {
			const named = this.mentionStartingAt.get(k);
			if (named !== undefined) return this.mentions[named]!.kind === 'person' ? named : undefined;
			const word = this.tokens[k];
			if (!word || word.kind !== 'word' || word.order !== order || word.capitalised) return undefined;
			if (isLowerSpeechVerb(word)) return undefined;
			if (FUNCTION_WORDS.has(word.lower) && !this.joinsModifiers(k, j, order)) return undefined;
		}
		return undefined;
	}

	/** `of` between two lower-case words of a title: `master of ceremonies`, `head of security`. */
	private joinsModifiers(k: number, first: number, order: number): boolean {
		const next = this.tokens[k + 1];
		return this.tokens[k]!.lower === 'of' && k > first && next !== undefined && next.order === order && next.kind === 'word' && !next.capitalised && !FUNCTION_WORDS.has(next.lower);
	}

	/** `Dr Okoro’s comments`, `the report`: a speech-verb form used as a noun. */
	protected isNounUse(k: number): boolean {
		const before = this.tokens[k - 1];
		if (!before || before.kind !== 'word') return false;
		if (habitOrSequelStart(this.tokens, k - 1) >= 0) return false;
		// `by tweeting that`, `after saying`: a participle after a preposition still reports its clause's subject.
		if (this.tokens[k]!.lower.endsWith('ing') && !DETERMINERS.has(before.lower) && PARTICIPLE_PREPOSITIONS.has(before.lower)) return false;
		if (NOUN_MARKERS.has(before.lower)) return true;
		// `Dr Okoro’s comments`, but not `Carrow’s said`: a name that merely ends in ’s.
		const named = this.mentionEndingAt.get(k - 1);
		if (/[’']s$/.test(before.lower)) return named === undefined || this.mentions[named]!.possessive;
		// `in a LinkedIn post`, `a Kremlin statement`; but `the Czech said`: `said` is never a noun.
		const further = this.tokens[k - 2];
		return before.capitalised && further !== undefined && further.sentence === before.sentence && DETERMINERS.has(further.lower) && !isVerbOnly(this.tokens[k]!.lower);
	}

	protected afterMention(mention: number): number {
		const found = this.mentions[mention]!;
		return found.appositiveEnd >= 0 ? found.appositiveEnd + 1 : found.last + 1;
	}

	/** Names and pronouns speak; of noun phrases, only people, roles and bodies (`the debt brake` does not). */
	protected canSpeak(subject: Subject): boolean {
		if (subject.type !== 'nominal') return true;
		const head = subject.head;
		return subject.modifier !== null || ROLE_WORDS.has(head) || isBodyNoun(head) || SPEAKER_NOUNS.has(head) || GENDERED_ROLES.has(head) || isPersonEpithet(head) || this.opensIndefinitely(subject.token);
	}

	/** `Another signatory, who …, said`: a noun phrase opening the sentence with `another` or `one` is someone unnamed. */
	protected opensIndefinitely(head: number): boolean {
		const sentence = this.tokens[head]!.sentence;
		let k = head;
		while (k > 0 && this.tokens[k - 1]!.sentence === sentence && head - k < 4) k--;
		const first = this.tokens[k]!;
		return (k === 0 || this.tokens[k - 1]!.sentence !== sentence) && (first.lower === 'another' || first.lower === 'one');
	}
}
