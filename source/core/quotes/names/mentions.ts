import {
	DEMONYMS,
	DETERMINERS,
	FUNCTION_WORDS,
	GENDERED_ROLES,
	HONORIFICS,
	KNOWN_ORGANISATIONS,
	MONTHS_AND_DAYS,
	NAME_PARTICLES,
	NOT_BODIES,
	ORGANISATION_HEADS,
	PLACES,
	POST_NOMINALS,
	ROLE_WORDS,
	SPEAKER_NOUNS,
	VERB_FILLERS,
	VERB_ONLY_FORMS,
} from '../lexicon/index.js';
import { FIRST_NAME_GENDER } from '../lexicon/index.js';
import { isSpeechVerb } from '../cues/speech-verbs.js';
import { isAbbreviationStop, type Token } from '../spans/tokens.js';
import { endsInContraction, endsWithPossessive, startsWithDigit, withoutPossessive } from '../../text/characters.js';

export type Gender = 'f' | 'm';

/**
 * person: a name (“Maria Zakharova”, or one word after a title, “President Putin”); single: one capitalised
 * word that may be a surname used alone; organisation; place; role: a title with no name (“Foreign Minister”).
 */
export type MentionKind = 'person' | 'single' | 'organisation' | 'place' | 'role';

export interface Mention {
	readonly kind: MentionKind;
	/** First token of the mention, its title and role words included. */
	readonly first: number;
	/** First and last token of the name itself. */
	readonly nameFirst: number;
	readonly last: number;
	/** The name as written, a possessive ’s dropped. */
	readonly name: string;
	readonly nameWords: readonly string[];
	readonly role: string | null;
	readonly gender: Gender | null;
	/** The comma closing an appositive after the name (“Lavrov, Russia’s foreign minister, said”), else -1. */
	readonly appositiveEnd: number;
	readonly possessive: boolean;
	readonly sentence: number;
}

export const baseWord = withoutPossessive;

/** What /^[A-Z][A-Z0-9&]{1,6}$/ matches: `BBC`, `G7`, `AT&T`. */
function isAcronym(text: string): boolean {
	if (text.length < 2 || text.length > 7) return false;
	for (let at = 0; at < text.length; at++) {
		const code = text.charCodeAt(at);
		const capital = code >= 0x41 && code <= 0x5a;
		if (!(capital || (at > 0 && ((code >= 0x30 && code <= 0x39) || code === 0x26)))) return false;
	}
	return true;
}

function isCapitalisedWord(token: Token | undefined): boolean {
	// `I’d`, `We’ll`, `Don’t`: a contraction opening a sentence is never a name (unlike `O’Neill`).
	return token !== undefined && token.kind === 'word' && token.capitalised && !MONTHS_AND_DAYS.has(token.base) && !endsInContraction(token.lower);
}

function isOrganisationWord(token: Token): boolean {
	const lower = token.base;
	if (ORGANISATION_HEADS.has(lower) || KNOWN_ORGANISATIONS.has(lower)) return true;
	return isAcronym(token.bare) && !PLACES.has(lower) && !NOT_BODIES.has(lower);
}

function isNameWord(token: Token): boolean {
	const lower = token.base;
	if (NAME_PARTICLES.has(lower) && !token.capitalised) return true;
	return !(
		ROLE_WORDS.has(lower) ||
		HONORIFICS.has(lower) ||
		ORGANISATION_HEADS.has(lower) ||
		KNOWN_ORGANISATIONS.has(lower) ||
		DEMONYMS.has(lower) ||
		PLACES.has(lower) ||
		FUNCTION_WORDS.has(lower) ||
		isAcronym(token.bare) ||
		!token.capitalised ||
		// `Mum-of-two`, `Father-of-three`: a description (unlike `Min-jun`, a name of two parts).
		(token.text.includes('-') && /-\p{Ll}+-/u.test(token.text))
	);
}

/** `Jordan Whitfield`, `Georgia Meloni`: a known given name before a surname is a name even if it is a place. */
function isGivenNameBefore(token: Token, followedByName: boolean): boolean {
	const lower = token.base;
	return followedByName && token.capitalised && FIRST_NAME_GENDER.has(lower) && !ROLE_WORDS.has(lower) && !HONORIFICS.has(lower);
}

/**
 * A capitalised word that is no part of a name: `The`, `In`, `US` in `US warships` (but not in `US Senator
 * Jeff Sessions`, an acronym before a name in mixed case), a reporting verb or participle opening a sentence.
 */
function isFunctionWord(tokens: readonly Token[], k: number, namesInside: ReadonlySet<string>): boolean {
	const token = tokens[k]!;
	const opensSentence = tokens[k - 1]?.sentence !== token.sentence;
	// `Said Dorothy Poynter, …`, `Adding, …`: a reporting verb opening a sentence.
	if (isSpeechVerb(token.lower) && opensSentence) return true;
	// `Painting Trump as a threat, …`, `Preceded at the lectern by …`: a participle opening a sentence, before a
	// name or a preposition, that the article never writes capitalised inside a sentence.
	const next = tokens[k + 1];
	if (opensSentence && isParticipleShaped(token) && !namesInside.has(token.text) && next?.sentence === token.sentence && (next.capitalised || FUNCTION_WORDS.has(next.lower))) return true;
	if (!FUNCTION_WORDS.has(token.base)) return false;
	const acronym = token.text.length > 1 && token.text === token.text.toUpperCase();
	return !(acronym && next !== undefined && next.capitalised && next.text !== next.text.toUpperCase());
}

/** Capitalised words the article writes somewhere other than at a sentence's start. */
function capitalisedInsideSentences(tokens: readonly Token[]): Set<string> {
	const inside = new Set<string>();
	for (let k = 1; k < tokens.length; k++) {
		const token = tokens[k]!;
		if (token.capitalised && tokens[k - 1]!.sentence === token.sentence) inside.add(token.text);
	}
	return inside;
}

/** `Painting`, `Preceded`, `Promising`: a word shaped like a participle that is no given name. */
function isParticipleShaped(token: Token): boolean {
	const { text } = token;
	if (!text.endsWith('ed') && !text.endsWith('ing')) return false;
	return /^\p{Lu}\p{Ll}{2,}(ed|ing)$/u.test(text) && !FIRST_NAME_GENDER.has(token.lower);
}

/** Finds names, organisations and places outside quotations, with the titles and roles around them. */
export function findMentions(text: string, tokens: readonly Token[]): Mention[] {
	const mentions: Mention[] = [];
	const namesInside = capitalisedInsideSentences(tokens);
	let i = 0;
	while (i < tokens.length) {
		if (!isCapitalisedWord(tokens[i]) && !isMonthAsGivenName(tokens, i)) {
			i++;
			continue;
		}
		const runEnd = extendRun(tokens, i);
		let runStart = i;
		while (runStart <= runEnd && (tokens[runStart]!.kind !== 'word' || isFunctionWord(tokens, runStart, namesInside))) runStart++;
		if (runStart <= runEnd) {
			const mention = classifyRun(text, tokens, runStart, runEnd);
			if (mention) mentions.push(mention);
		}
		i = runEnd + 1;
	}
	return mentions;
}

/** The last token of a run of capitalised words (with particles, “of” after an institution, initials). */
function extendRun(tokens: readonly Token[], start: number): number {
	let j = start;
	for (;;) {
		const current = tokens[j]!;
		const next = tokens[j + 1];
		if (!next || next.sentence !== current.sentence) return j;
		if (endsWithPossessive(current.lower)) {
			// “Russia’s Ministry of Foreign Affairs”, “Russia’s President Vladimir Putin” run on; “Macron’s statement” ends.
			// `St Agnes’s Hospital`, `the Women’s Institute`: a possessive before the body's own head noun is part of its name.
			if (isCapitalisedWord(next) && (PLACES.has(current.base) || isBareBodyHead(next))) {
				j++;
				continue;
			}
			return j;
		}
		if (isCapitalisedWord(next)) {
			j++;
			continue;
		}
		const after = tokens[j + 2];
		if (next.text === '.' && next.start === current.end && isCapitalisedWord(after) && after!.sentence === current.sentence) {
			const lower = current.lower;
			if (HONORIFICS.has(lower) || isInitial(tokens, j) || lower === 'u.s' || lower === 'u.k' || lower === 'jr') {
				j += 2;
				continue;
			}
		}
		// `the Ferry Users’ Association`: a plural possessive before the body's head noun.
		if ((next.text === '’' || next.text === "'") && next.start === current.end && current.lower.endsWith('s') && isCapitalisedWord(after) && isBareBodyHead(after!)) {
			j += 2;
			continue;
		}
		if (isCapitalisedWord(after) && NAME_PARTICLES.has(next.lower)) {
			j += 2;
			continue;
		}
		// `Ursula von der Leyen`, `Vincent van der Berg`: two particles.
		if (after && NAME_PARTICLES.has(next.lower) && NAME_PARTICLES.has(after.lower) && isCapitalisedWord(tokens[j + 3]) && tokens[j + 3]!.sentence === current.sentence) {
			j += 3;
			continue;
		}
		if (isCapitalisedWord(after) && (next.lower === 'of' || next.lower === 'for')) {
			const lower = current.base;
			if (ORGANISATION_HEADS.has(lower) || ROLE_WORDS.has(lower)) {
				j += 2;
				continue;
			}
		}
		// `Ministry of the Interior`, `Office for the Environment`: “of the” inside a body's name.
		if ((next.lower === 'of' || next.lower === 'for') && after?.lower === 'the' && isCapitalisedWord(tokens[j + 3]) && tokens[j + 3]!.sentence === current.sentence && ORGANISATION_HEADS.has(current.base)) {
			j += 3;
			continue;
		}
		// `Department of Health and Social Care`: “and” inside a body's name; `Pellow & Grange`: an ampersand joins a firm's name.
		if (isCapitalisedWord(after) && (next.text === '&' || (next.lower === 'and' && (runHasOrganisationWord(tokens, start, j) || bodyNameAfterAnd(tokens, start, j + 2))))) {
			j += 2;
			continue;
		}
		return j;
	}
}

/** `J.` in `J. Smith` or `John F. Kennedy`: a lone capital opening a name, not `X` in `posted on X.` or `Plan B.`. */
function isInitial(tokens: readonly Token[], k: number): boolean {
	const letter = tokens[k]!;
	if (!/^\p{Lu}$/u.test(letter.text)) return false;
	const before = tokens[k - 1];
	return !before || before.sentence !== letter.sentence || before.kind !== 'word' || before.capitalised;
}

/**
 * `Hostages and Missing Families Forum`: the capitalised words after “and” end in a body's head noun, and
 * those before it hold no given name (`Keir Starmer and Labour Party chair …` is two mentions).
 */
function bodyNameAfterAnd(tokens: readonly Token[], start: number, from: number): boolean {
	for (let k = start; k < from; k++) if (FIRST_NAME_GENDER.has(tokens[k]!.base)) return false;
	let k = from;
	while (k + 1 < from + 5 && isCapitalisedWord(tokens[k + 1]) && tokens[k + 1]!.sentence === tokens[from]!.sentence) k++;
	return isBareBodyHead(tokens[k]!);
}

/** `Hospital`, `Trust`: a body's head noun that names nothing on its own (unlike `Kremlin`). */
function isBareBodyHead(token: Token): boolean {
	return ORGANISATION_HEADS.has(token.base) && !KNOWN_ORGANISATIONS.has(token.base);
}

/** People are joined by “and”; an ampersand between names makes a firm: `Pellow & Grange`, `Hart & Co`. */
function ampersandInside(tokens: readonly Token[], from: number, to: number): boolean {
	for (let k = from + 1; k < to; k++) if (tokens[k]!.text === '&') return true;
	return false;
}

/** `of` in `Ministry of Transport`, `for the` in `Office for the Environment`. */
function connectorBefore(tokens: readonly Token[], k: number): boolean {
	return isConnector(tokens[k - 1]) || (tokens[k - 1]?.lower === 'the' && isConnector(tokens[k - 2]));
}

function isConnector(token: Token | undefined): boolean {
	return token !== undefined && (token.lower === 'of' || token.lower === 'for' || token.lower === 'and' || token.text === '&');
}

/** A sentence's first word shaped like an occupation: `Frontman`, `Bassist`, `Singer`. */
function looksLikeOccupation(tokens: readonly Token[], k: number): boolean {
	const token = tokens[k]!;
	const first = tokens[k - 1] === undefined || tokens[k - 1]!.sentence !== token.sentence;
	return first && /(man|woman|ist|er|or|ian|ant|ent|ess)$/.test(token.base);
}

/** `Jan Morris`, `April Ryan`: a month before a surname, not after a preposition or number, is a given name. */
function isMonthAsGivenName(tokens: readonly Token[], k: number): boolean {
	const token = tokens[k]!;
	if (token.kind !== 'word' || !token.capitalised || !MONTHS_AND_DAYS.has(token.base)) return false;
	const before = tokens[k - 1];
	const after = tokens[k + 1];
	const dated = before !== undefined && before.sentence === token.sentence && (FUNCTION_WORDS.has(before.lower) || startsWithDigit(before.text));
	return !dated && after !== undefined && after.sentence === token.sentence && after.start === token.end + 1 && isCapitalisedWord(after);
}

/**
 * `fisherman`, `shopkeeper`, `campaigner`, `pharmacist`: a lower-case word shaped like an occupation, and not a
 * verb (`Police questioned driver …`).
 */
export function isOccupationNoun(lower: string): boolean {
	return /(man|woman|er|or|ist|ian)$/.test(lower) && !isSpeechVerb(lower) && !FUNCTION_WORDS.has(lower) && !VERB_FILLERS.has(lower);
}

/** `Local resident Jan Morris`, `Retired nurse Ada Kerr`: a word opening the sentence that describes the person named next. */
function describesPersonNamedNext(tokens: readonly Token[], end: number): boolean {
	const noun = tokens[end + 1];
	const name = tokens[end + 2];
	if (!noun || noun.kind !== 'word' || noun.capitalised || noun.sentence !== tokens[end]!.sentence) return false;
	// (`Labour leader Keir Starmer`: before a job title the word is an employer, which the roster reads.)
	const describes = SPEAKER_NOUNS.has(noun.lower) || GENDERED_ROLES.has(noun.lower) || (isOccupationNoun(noun.lower) && !ROLE_WORDS.has(noun.lower));
	return describes && (isCapitalisedWord(name) || isMonthAsGivenName(tokens, end + 2));
}

/** Sentence-opening adverbs look like one-word names: `Afterwards, …`, `Unusually, …`. */
function isAdverbShaped(token: Token): boolean {
	return /(ly|wards?|ever)$/.test(token.base);
}

function runHasOrganisationWord(tokens: readonly Token[], start: number, end: number): boolean {
	for (let k = start; k <= end; k++) if (tokens[k]!.kind === 'word' && isOrganisationWord(tokens[k]!)) return true;
	return false;
}

function classifyRun(text: string, tokens: readonly Token[], start: number, end: number): Mention | null {
	const words: number[] = [];
	for (let k = start; k <= end; k++) if (tokens[k]!.kind === 'word') words.push(k);
	// `Simon Hale KC`, `Tom Baird MP`: letters after a name are not part of it.
	while (words.length > 2 && POST_NOMINALS.has(tokens[words[words.length - 1]!]!.bare)) words.pop();
	const nameEnd = words[words.length - 1]!;
	let split = words.length;
	// `Amy Pope`, `Tom King`: a title word after a known given name is a surname.
	if (words.length >= 2 && !isNameWord(tokens[nameEnd]!) && ROLE_WORDS.has(tokens[nameEnd]!.base) && isGivenNameBefore(tokens[words[words.length - 2]!]!, true)) split--;
	while (split > 0 && (isNameWord(tokens[words[split - 1]!]!) || isGivenNameBefore(tokens[words[split - 1]!]!, split < words.length))) split--;
	// `Chief Inspector of Prisons Charlie Dunmore`: after a role's “of”, the name is the last two words.
	if (words.length - split > 2 && isConnector(tokens[words[split]! - 1]) && !FIRST_NAME_GENDER.has(tokens[words[split]!]!.base)) {
		split = words.length - 2;
	}
	// `Headteacher Margaret Ellis`, `Bassist Aoife Kenny`: a title before a given name.
	while (words.length - split >= 3 && !FIRST_NAME_GENDER.has(tokens[words[split]!]!.base) && (FIRST_NAME_GENDER.has(tokens[words[split + 1]!]!.base) || looksLikeOccupation(tokens, words[split]!))) split++;
	let nameIndexes = words.slice(split);
	const prefixIndexes = words.slice(0, split);
	const prefixLowers = prefixIndexes.map((k) => tokens[k]!.base);
	const titled = prefixLowers.some((lower) => ROLE_WORDS.has(lower) || HONORIFICS.has(lower));
	const hasOrganisationWord = words.some((k) => isOrganisationWord(tokens[k]!));
	const lastToken = tokens[end]!;
	const possessive = endsWithPossessive(lastToken.lower) && ownsWhatFollows(tokens, end);
	const sentence = tokens[start]!.sentence;

	// `FNV Havens`, `BBC Sport`: one name word after an acronym or institution is a body's name;
	// `Ministry of Transport`, `Department of Health and Social Care`: so are the words after its “of”.
	const bodyPrefix =
		(nameIndexes.length === 1 && prefixIndexes.length > 0 && prefixIndexes.every((k) => isOrganisationWord(tokens[k]!))) ||
		(nameIndexes.length > 0 && connectorBefore(tokens, nameIndexes[0]!) && runHasOrganisationWord(tokens, start, nameIndexes[0]! - 1));
	const firmName = nameIndexes.length > 1 && ampersandInside(tokens, nameIndexes[0]!, end);
	if (bodyPrefix || firmName) nameIndexes = [];
	// `Chief Inspector of Prisons`: one word after a title's “of” is what the title is of, not a name.
	// (`a spokesperson for Ryan`: an “of” or “for” outside the run is no title's.)
	const objectOfTitle = nameIndexes.length === 1 && nameIndexes[0]! - 1 > start && isConnector(tokens[nameIndexes[0]! - 1]);
	if (objectOfTitle) nameIndexes = [];
	// `at the Racecourse Lane`, `the Accra Lions`: nobody's name takes `the` unless a title stands between.
	const article = tokens[start - 1];
	if (nameIndexes.length >= 2 && prefixIndexes.length === 0 && article?.lower === 'the' && article.sentence === tokens[start]!.sentence) nameIndexes = [];
	if (nameIndexes.length >= 2 || (nameIndexes.length === 1 && titled)) {
		const nameFirst = nameIndexes[0]!;
		const { first, role } = roleBefore(text, tokens, start, nameFirst);
		const tagEnd = partyTagEnd(tokens, end);
		const appositive = appositiveAfter(text, tokens, tagEnd ?? end);
		const fullRole = role ?? appositive?.role ?? null;
		return {
			possessive,
			sentence,
			kind: 'person',
			first,
			nameFirst,
			last: end,
			name: stripPossessive(text.slice(tokens[nameFirst]!.start, tokens[nameEnd]!.end)),
			nameWords: nameIndexes.map((k) => tokens[k]!.base),
			role: fullRole,
			gender: genderOfTitle(prefixLowers) ?? genderOfRole(fullRole),
			appositiveEnd: appositive?.end ?? tagEnd ?? -1,
		};
	}
	// `Afterwards, …`, `Neighbours said …`: an adverb or a word for people opening a sentence is no name.
	const opensSentence = tokens[start - 1]?.sentence !== tokens[start]!.sentence;
	if (nameIndexes.length === 1 && words.length === 1 && opensSentence && (isAdverbShaped(tokens[nameIndexes[0]!]!) || SPEAKER_NOUNS.has(tokens[nameIndexes[0]!]!.base) || describesPersonNamedNext(tokens, end))) return null;
	if (nameIndexes.length === 1) {
		const only = nameIndexes[0]!;
		const tagEnd = partyTagEnd(tokens, end);
		const appositive = appositiveAfter(text, tokens, tagEnd ?? end);
		return {
			possessive,
			sentence,
			kind: 'single',
			first: only,
			nameFirst: only,
			last: end,
			name: stripPossessive(tokens[only]!.text),
			nameWords: [tokens[only]!.base],
			role: appositive?.role ?? null,
			gender: genderOfRole(appositive?.role ?? null),
			appositiveEnd: appositive?.end ?? tagEnd ?? -1,
		};
	}
	const name = stripPossessive(text.slice(tokens[start]!.start, lastToken.end));
	const kind: MentionKind = hasOrganisationWord || bodyPrefix || firmName ? 'organisation' : titled ? 'role' : 'place';
	return {
		possessive,
		sentence,
		kind,
		first: start,
		nameFirst: start,
		last: end,
		name,
		nameWords: words.map((k) => tokens[k]!.base),
		role: kind === 'role' ? name : null,
		gender: kind === 'role' ? genderOfTitle(prefixLowers) ?? genderOfRole(name) : null,
		appositiveEnd: -1,
	};
}

/**
 * A name in ’s owns the noun after it (`Carrow’s chief executive`); before a verb or a stop it is a name
 * that ends in ’s (`Carrow’s said`, `Carrow’s, the supermarket chain,`).
 */
function ownsWhatFollows(tokens: readonly Token[], last: number): boolean {
	const after = tokens[last + 1];
	if (!after || after.sentence !== tokens[last]!.sentence || after.kind !== 'word') return false;
	// `the IG’s report`, `Rubio’s proposed credit`: a word that may be a noun or an adjective is owned;
	// `Carrow’s said` is a name.
	return after.capitalised || !(VERB_ONLY_FORMS.has(after.lower) || VERB_FILLERS.has(after.lower));
}

function stripPossessive(name: string): string {
	return withoutPossessive(name);
}

/**
 * The role written before a name, walking back over lower-case role nouns and the capitalised words before
 * them: “Russian Foreign Ministry spokeswoman Maria Zakharova”, “Zimbabwean Foreign Minister Amon Murwira”.
 */
function roleBefore(text: string, tokens: readonly Token[], runStart: number, nameFirst: number): { first: number; role: string | null } {
	let first = runStart;
	let sawLowerRole = false;
	for (let k = runStart - 1; k >= 0; k--) {
		const token = tokens[k]!;
		if (token.kind !== 'word' || token.sentence !== tokens[runStart]!.sentence) break;
		const lower = token.base;
		if (!token.capitalised && ROLE_WORDS.has(lower)) {
			sawLowerRole = true;
			first = k;
			continue;
		}
		if (sawLowerRole && token.capitalised && !FUNCTION_WORDS.has(lower)) {
			first = k;
			continue;
		}
		break;
	}
	if (first === nameFirst) return { first, role: fronted(text, tokens, runStart) };
	const role = text.slice(tokens[first]!.start, tokens[nameFirst - 1]!.end).trim();
	return { first, role: role === '' ? null : role };
}

/** `the shadow justice secretary, Kemi Armitage,`: a role set before the name between commas. */
function fronted(text: string, tokens: readonly Token[], runStart: number): string | null {
	const comma = tokens[runStart - 1];
	if (comma?.text !== ',' || comma.sentence !== tokens[runStart]!.sentence) return null;
	let k = runStart - 2;
	let sawRole = false;
	while (k >= 0 && k >= runStart - 8 && tokens[k]!.kind === 'word' && tokens[k]!.sentence === comma.sentence) {
		const lower = tokens[k]!.base;
		if (ROLE_WORDS.has(lower) || GENDERED_ROLES.has(lower)) sawRole = true;
		if (!tokens[k]!.capitalised && FUNCTION_WORDS.has(lower) && lower !== 'of' && lower !== 'for') break;
		k--;
	}
	if (!sawRole || k + 1 > runStart - 2) return null;
	return text.slice(tokens[k + 1]!.start, tokens[runStart - 2]!.end);
}

/** `D-Ohio`, `R-WI`, `I-Vt`: a US legislator's party and state; in parentheses, the party alone (`(D)`). */
const PARTY_TAG = /^[DRI]-\p{Lu}[\p{L}.]*$/u;
const PARTY_LETTER = /^[DRI]$/;

/**
 * `Rep. Jane Roe (D-Ohio)`, `Mitch McConnell, R-Ky.,`: a party-state tag right after a name; the token that
 * closes it (the `)` or the second comma), or null.
 */
function partyTagEnd(tokens: readonly Token[], nameLast: number): number | null {
	const open = tokens[nameLast + 1];
	const tag = tokens[nameLast + 2];
	if (!open || !tag || tag.sentence !== open.sentence) return null;
	const letter = tag.text.charCodeAt(0);
	if (letter !== 0x44 && letter !== 0x52 && letter !== 0x49) return null; // D R I
	if (!PARTY_TAG.test(tag.text) && !(open.text === '(' && PARTY_LETTER.test(tag.text))) return null;
	let close = nameLast + 3;
	if (tokens[close]?.text === '.') close++;
	const closer = tokens[close];
	if (open.text === '(' && closer?.text === ')') return close;
	if (open.text === ',' && (closer?.text === ',' || closer?.text === '.' || closer === undefined)) return closer?.text === ',' ? close : close - 1;
	return null;
}

/** “Sergey Lavrov, Russia’s foreign minister, said”: a role between commas right after the name. */
function appositiveAfter(text: string, tokens: readonly Token[], nameLast: number): { role: string; end: number } | null {
	const comma = tokens[nameLast + 1];
	if (!comma || comma.text !== ',' || comma.sentence !== tokens[nameLast]!.sentence) return null;
	let sawRole = false;
	for (let k = nameLast + 2; k <= tokens.length && k <= nameLast + 14; k++) {
		const token = tokens[k];
		// `president of Local No. 2,`: an abbreviation's full stop does not close the role; nor does the text's end.
		const stop = token?.text === '.' && !isAbbreviationStop(tokens, k);
		const closes = !token || token.sentence !== comma.sentence || token.kind === 'quote' || token.text === ',' || stop || token.text === ';';
		if (closes) {
			if (!sawRole || k === nameLast + 2) return null;
			const role = text.slice(tokens[nameLast + 2]!.start, tokens[k - 1]!.end);
			const end = token?.text === ',' && token.sentence === comma.sentence ? k : k - 1;
			return { role, end };
		}
		if (token.kind !== 'word') continue;
		// `the state commissioner`: after an article a word is a noun or an adjective, not a verb.
		const verb = isSpeechVerb(token.lower) && !DETERMINERS.has(tokens[k - 1]!.lower);
		if (verb || token.lower === 'who' || token.lower === 'which') return null;
		if (ROLE_WORDS.has(token.base)) sawRole = true;
	}
	return null;
}

function genderOfTitle(lowers: readonly string[]): Gender | null {
	for (const lower of lowers) {
		const honorific = HONORIFICS.get(lower);
		const gender = honorific === 'none' ? undefined : honorific ?? GENDERED_ROLES.get(lower);
		if (gender) return gender;
	}
	return null;
}

export function genderOfRole(role: string | null): Gender | null {
	if (!role) return null;
	for (const word of role.toLowerCase().split(/[^\p{L}-]+/u)) {
		const gender = GENDERED_ROLES.get(word);
		if (gender) return gender;
	}
	return null;
}
