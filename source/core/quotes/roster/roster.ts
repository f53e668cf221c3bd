import { ARTICLES, FIRST_NAME_GENDER, FUNCTION_WORDS, KNOWN_ORGANISATIONS, ORGANISATION_HEADS, PLACES, PRONOUN_GENDER, ROLE_WORDS, VERB_FILLERS } from '../lexicon/index.js';
import { isSpeechVerb } from '../cues/speech-verbs.js';
import { baseWord, type Gender, type Mention } from '../names/mentions.js';
import type { Token } from '../spans/tokens.js';

export interface Entity {
	readonly id: number;
	kind: 'person' | 'organisation';
	name: string;
	/** Lower-case words of the canonical name. */
	words: string[];
	readonly aliases: Set<string>;
	role: string | null;
	gender: Gender | null;
	/** For a body, the head noun it was described with (`Quillon, the payments firm`): `firm`. */
	describedAs: string | null;
}

/** People and bodies named in an article, and which of them each mention refers to. */
export class Roster {
	readonly entities: Entity[] = [];
	/** Per mention, the entity it names, or -1 while unresolved. */
	readonly mentionEntity: number[];
	private readonly bySingleName = new Map<string, number>();

	constructor(
		readonly mentions: readonly Mention[],
		private readonly tokens: readonly Token[],
	) {
		this.mentionEntity = mentions.map(() => -1);
		this.resolveFullNames();
		this.resolveOrganisations();
		this.resolveSingleNames();
		this.findBodiesByUsage();
		this.forgetCapitalisedOpeners();
		this.findBodiesByDescription();
		this.inferGenders();
	}

	entityOf(mentionIndex: number): Entity | null {
		const id = this.mentionEntity[mentionIndex] ?? -1;
		return id >= 0 ? this.entities[id]! : null;
	}

	/**
	 * The person a name written inside a quote's marks stands for (`Chris Matthews:` opening a transcript turn,
	 * `Amy Pope, deputy adviser.` closing a pull quote): someone the article names with those words, or their
	 * surname; else a new person.
	 */
	personNamed(name: string): Entity | null {
		const words = name.toLowerCase().split(/\s+/).map(baseWord);
		const last = words[words.length - 1]!;
		const known =
			this.entities.find((entity) => entity.kind === 'person' && entity.words.join(' ') === words.join(' ')) ??
			this.entities.find((entity) => entity.kind === 'person' && entity.words.length > 1 && entity.words[entity.words.length - 1] === last && (words.length === 1 || entity.words[0] === words[0]));
		if (known) return known;
		// Someone the article does not name elsewhere: only a full name with a given name we know.
		if (words.length < 2 || !FIRST_NAME_GENDER.has(words[0]!)) return null;
		const entity: Entity = { id: this.entities.length, kind: 'person', name, words, aliases: new Set(), role: null, gender: null, describedAs: null };
		if (words.length > 1) entity.aliases.add(name.split(/\s+/).pop()!);
		this.entities.push(entity);
		return entity;
	}

	private create(kind: Entity['kind'], mention: Mention): Entity {
		const entity: Entity = {
			id: this.entities.length,
			kind,
			name: mention.name,
			words: [...mention.nameWords],
			aliases: new Set(),
			role: mention.role,
			gender: null,
			describedAs: null,
		};
		this.entities.push(entity);
		return entity;
	}

	/** “Maria Zakharova” and “Maria V. Zakharova” are one person: same first and last word. */
	private resolveFullNames(): void {
		const byKey = new Map<string, number>();
		this.mentions.forEach((mention, index) => {
			if (mention.kind !== 'person' || mention.nameWords.length < 2) return;
			const key = `${mention.nameWords[0]} ${mention.nameWords[mention.nameWords.length - 1]}`;
			let id = byKey.get(key);
			if (id === undefined) {
				id = this.create('person', mention).id;
				byKey.set(key, id);
			}
			const entity = this.entities[id]!;
			if (mention.nameWords.length > entity.words.length) {
				entity.aliases.add(entity.name);
				entity.name = mention.name;
				entity.words = [...mention.nameWords];
			} else if (mention.name !== entity.name) entity.aliases.add(mention.name);
			entity.role ??= mention.role;
			this.mentionEntity[index] = id;
		});
		for (const entity of this.entities) entity.aliases.add(this.displaySurname(entity));
	}

	private displaySurname(entity: Entity): string {
		const parts = entity.name.split(/\s+/);
		return parts[parts.length - 1]!;
	}

	private resolveOrganisations(): void {
		const byKey = new Map<string, number>();
		this.mentions.forEach((mention, index) => {
			if (mention.kind !== 'organisation') return;
			// `Ukraine’s Air Force` and `the Air Force` are one body.
			const owned = PLACES.has(mention.nameWords[0] ?? '') && /^\S+[’']s\s/.test(mention.name);
			const key = (owned ? mention.nameWords.slice(1) : mention.nameWords).join(' ').replace(/^the /, '');
			let id = byKey.get(key);
			if (id === undefined) {
				id = this.create('organisation', mention).id;
				byKey.set(key, id);
				this.bySingleName.set(key, id);
			}
			this.mentionEntity[index] = id;
			if (owned) this.entities[id]!.aliases.add(mention.name.replace(/^\S+[’']s\s+/, ''));
			const acronym = this.acronymAfter(mention);
			if (acronym) {
				this.entities[id]!.aliases.add(acronym);
				this.bySingleName.set(acronym.toLowerCase(), id);
			}
		});
	}

	/** “Foreign Intelligence Service (SVR)”. */
	private acronymAfter(mention: Mention): string | null {
		const open = this.tokens[mention.last + 1];
		const word = this.tokens[mention.last + 2];
		const close = this.tokens[mention.last + 3];
		if (open?.text !== '(' || close?.text !== ')' || !word || !/^[A-Z][A-Za-z0-9&]{1,7}$/.test(word.text)) return null;
		return word.text;
	}

	/**
	 * A surname alone (“Lavrov”, “President Putin”) is the person last named in full with that surname; a
	 * word seen only alone becomes its own entity, a country or known body an organisation.
	 */
	private resolveSingleNames(): void {
		const bySurname = new Map<string, Entity[]>();
		const byFirstWord = new Map<string, Entity[]>();
		const byGivenName = new Map<string, Entity[]>();
		const add = (table: Map<string, Entity[]>, word: string, entity: Entity) => table.set(word, [...(table.get(word) ?? []), entity]);
		for (const entity of this.entities) {
			if (entity.words.length < 2) continue;
			if (entity.kind === 'person') {
				add(bySurname, entity.words[entity.words.length - 1]!, entity);
				add(byGivenName, entity.words[0]!, entity);
			} else add(byFirstWord, entity.words[0]!, entity);
		}
		const lastSeen = new Map<number, number>();
		/** What a title or gendered role has shown so far (`his daughter, Moira Quinn`, `Mr. Quinn`). */
		const genderSeen = new Map<number, Gender>();
		this.mentions.forEach((mention, index) => {
			const resolved = this.mentionEntity[index]!;
			if (resolved >= 0) {
				lastSeen.set(resolved, index);
				if (mention.gender) genderSeen.set(resolved, mention.gender);
				return;
			}
			if (mention.kind === 'role') return;
			const word = mention.nameWords.join(' ');
			const known = this.bySingleName.get(word);
			if (mention.kind === 'organisation' || mention.kind === 'place') {
				this.mentionEntity[index] = known ?? this.remember(word, this.create('organisation', mention));
				return;
			}
			const candidates = bySurname.get(word) ?? [];
			// `Harrowgate` for Harrowgate Town, `Nordvik` for Nordvik Air.
			const bodies = candidates.length > 0 ? [] : byFirstWord.get(word) ?? [];
			// `Chloe` for Chloe Vance, in a story with one Chloe (features and showbusiness use given names).
			const given = candidates.length > 0 || mention.nameFirst !== mention.first ? [] : byGivenName.get(word) ?? [];
			let id: number;
			if (candidates.length === 1) id = candidates[0]!.id;
			else if (candidates.length > 1) id = sharedSurname(candidates, mention, lastSeen, genderSeen);
			else if (known !== undefined) id = known;
			else if (bodies.length === 1) id = this.remember(word, bodies[0]!);
			else if (given.length === 1) id = this.remember(word, given[0]!);
			else {
				const organisation = PLACES.has(word) || KNOWN_ORGANISATIONS.has(word) || looksLikeBrand(mention.name) || this.namesEmployer(mention);
				id = this.remember(word, this.create(organisation ? 'organisation' : 'person', mention));
			}
			this.mentionEntity[index] = id;
			lastSeen.set(id, index);
			if (mention.gender) genderSeen.set(id, mention.gender);
			const entity = this.entities[id]!;
			if (entity.kind === 'person') entity.role ??= mention.role;
		});
	}

	/**
	 * `Reservoir levels fall …`: a lone capitalised word opening the headline, seen nowhere else, not a given
	 * name and followed by a lower-case word that is no reporting verb, is capitalised because it comes first.
	 */
	private forgetCapitalisedOpeners(): void {
		const counts = this.countMentions();
		this.mentions.forEach((mention, index) => {
			const entity = this.entityOf(index);
			if (!entity || entity.kind !== 'person' || entity.words.length !== 1 || counts.get(entity.id) !== 1) return;
			if (mention.kind !== 'single' || mention.possessive || FIRST_NAME_GENDER.has(entity.words[0]!)) return;
			const before = this.tokens[mention.first - 1];
			const next = this.tokens[mention.last + 1];
			const opens = !before || before.sentence !== mention.sentence;
			const lowerNext = next !== undefined && next.sentence === mention.sentence && next.kind === 'word' && !next.capitalised;
			if (!opens || !lowerNext || isSpeechVerb(next.lower)) return;
			// In the headline any word is capitalised; in the body, `Countries are`, `Scenes from`: a plural noun.
			const plural = /\p{Ll}(s|ies)$/u.test(mention.name) && !/(ss|us|is)$/.test(mention.name);
			const headline = mention.sentence === 0 && !VERB_FILLERS.has(next.lower) && !FUNCTION_WORDS.has(next.lower);
			if (headline || plural) this.mentionEntity[index] = -1;
		});
	}

	/**
	 * `the Wrexford boss`, `the Wrexford defence`, `Wrexford manager Phil Tranter`: a one-word name used after
	 * `the` as a modifier, or before a job title, is a body wherever else it appears (`Wrexford 1-3 Castlebridge`).
	 */
	private findBodiesByUsage(): void {
		this.mentions.forEach((mention, index) => {
			const entity = this.entityOf(index);
			if (!entity || entity.kind !== 'person' || entity.words.length !== 1 || (mention.kind !== 'single' && mention.kind !== 'place') || mention.possessive) return;
			const next = this.tokens[mention.last + 1];
			const modifies = next !== undefined && next.sentence === mention.sentence && next.kind === 'word' && !next.capitalised && !FUNCTION_WORDS.has(next.lower);
			const afterThe = this.tokens[mention.first - 1]?.lower === 'the' && this.tokens[mention.first - 1]!.sentence === mention.sentence;
			if ((afterThe && modifies) || this.namesEmployer(mention)) entity.kind = 'organisation';
		});
	}

	/**
	 * `Norland Freight, which runs 40 lorries, …`: “which” follows a thing, never a person;
	 * `Quillon, the payments firm, …`: a name described as a body is one.
	 */
	private findBodiesByDescription(): void {
		this.mentions.forEach((mention, index) => {
			const entity = this.entityOf(index);
			const comma = this.tokens[mention.last + 1];
			const next = this.tokens[mention.last + 2];
			if (!entity || comma?.text !== ',' || !next || next.sentence !== mention.sentence) return;
			// A title or Mr/Ms before the name says it is a person whatever follows.
			const untitledName = mention.gender === null && mention.nameFirst === mention.first;
			const head = this.bodyDescription(mention.last + 2);
			if (head !== null && (entity.kind === 'organisation' || untitledName)) {
				entity.kind = 'organisation';
				entity.describedAs ??= head;
			} else if (next.lower === 'which' && untitledName && entity.role === null) {
				entity.kind = 'organisation';
			}
		});
	}

	/** `the payments firm,` from `at`: an article, lower-case modifiers and a body's head noun, then a stop: the noun. */
	private bodyDescription(at: number): string | null {
		if (!ARTICLES.has(this.tokens[at]!.lower)) return null;
		for (let k = at + 1; k <= at + 5; k++) {
			const token = this.tokens[k];
			if (!token || token.sentence !== this.tokens[at]!.sentence || token.kind !== 'word') return null;
			if (token.capitalised || FUNCTION_WORDS.has(token.lower)) return null;
			const after = this.tokens[k + 1];
			const closes = !after || after.sentence !== token.sentence || after.text === ',' || after.text === '.';
			if (closes) return ORGANISATION_HEADS.has(token.lower) ? token.lower : null;
		}
		return null;
	}

	/** `Tallow chief executive Nia Osei`, `Jefferies analyst Tom Hall`: one word before a job title is the employer. */
	private namesEmployer(mention: Mention): boolean {
		const next = this.tokens[mention.last + 1];
		if (!next || next.sentence !== mention.sentence || next.kind !== 'word' || next.capitalised || !ROLE_WORDS.has(next.lower) || mention.possessive) return false;
		// `Local councillor Ann Whitby`, `Retired teacher …`: an adjective capitalised to open the sentence.
		const opensSentence = this.tokens[mention.first - 1]?.sentence !== mention.sentence;
		return !(opensSentence && /(al|ic|ive|ous|ful|less|ed|ing|ary|ern|ime)$/.test(mention.nameWords[0] ?? ''));
	}

	private remember(word: string, entity: Entity): number {
		this.bySingleName.set(word, entity.id);
		return entity.id;
	}

	/** How many mentions name each entity. */
	mentionCount(entity: Entity): number {
		this.counts ??= this.countMentions();
		return this.counts.get(entity.id) ?? 0;
	}

	private counts: Map<number, number> | undefined;

	private countMentions(): Map<number, number> {
		const counts = new Map<number, number>();
		for (const id of this.mentionEntity) if (id >= 0) counts.set(id, (counts.get(id) ?? 0) + 1);
		return counts;
	}

	/**
	 * Gender from the article first (Mr/Ms, gendered roles, the pronouns that follow a lone name), then from
	 * the first-name list.
	 */
	private inferGenders(): void {
		const titled = new Map<number, { f: number; m: number }>();
		const pronouns = new Map<number, { f: number; m: number }>();
		const tally = (table: Map<number, { f: number; m: number }>, id: number, gender: Gender) => {
			const counts = table.get(id) ?? { f: 0, m: 0 };
			counts[gender]++;
			table.set(id, counts);
		};
		this.mentions.forEach((mention, index) => {
			const id = this.mentionEntity[index]!;
			if (id >= 0 && mention.gender) tally(titled, id, mention.gender);
		});

		const personMentions = this.mentions
			.map((mention, index) => ({ mention, id: this.mentionEntity[index]! }))
			.filter(({ id }) => id >= 0 && this.entities[id]!.kind === 'person');
		let cursor = 0;
		this.tokens.forEach((token, tokenIndex) => {
			const gender = PRONOUN_GENDER.get(token.lower);
			if (gender !== 'f' && gender !== 'm') return;
			while (cursor < personMentions.length && personMentions[cursor]!.mention.last < tokenIndex) cursor++;
			const nearby = new Set<number>();
			for (let k = cursor - 1; k >= 0; k--) {
				const { mention, id } = personMentions[k]!;
				if (mention.sentence < token.sentence - 1) break;
				nearby.add(id);
			}
			if (nearby.size === 1) tally(pronouns, [...nearby][0]!, gender);
		});

		for (const entity of this.entities) {
			if (entity.kind !== 'person') continue;
			entity.gender =
				majority(titled.get(entity.id)) ??
				majority(pronouns.get(entity.id)) ??
				(entity.words.length > 1 ? FIRST_NAME_GENDER.get(baseWord(entity.words[0]!)) ?? null : null);
		}
	}
}

/**
 * A surname several people share: `Mr. Farraday` with a title is the first of them the article introduced
 * whose gender (from a title or role so far, or the given name) fits the title: the one the story is
 * about, as relatives keep their full names. A bare surname is the one mentioned last.
 */
function sharedSurname(candidates: readonly Entity[], mention: Mention, lastSeen: ReadonlyMap<number, number>, genderSeen: ReadonlyMap<number, Gender>): number {
	const titled = mention.nameFirst !== mention.first || mention.gender !== null;
	if (titled) {
		const genderOf = (candidate: Entity) => genderSeen.get(candidate.id) ?? FIRST_NAME_GENDER.get(baseWord(candidate.words[0]!));
		const fits = candidates.find((candidate) => !mention.gender || !genderOf(candidate) || genderOf(candidate) === mention.gender);
		if (fits) return fits.id;
	}
	return mostRecent(candidates, lastSeen) ?? candidates[0]!.id;
}

/** The candidate mentioned last so far. */
function mostRecent(candidates: readonly Entity[], lastSeen: ReadonlyMap<number, number>): number | null {
	let best: number | null = null;
	let bestAt = -1;
	for (const candidate of candidates) {
		const at = lastSeen.get(candidate.id);
		if (at !== undefined && at > bestAt) {
			best = candidate.id;
			bestAt = at;
		}
	}
	return best;
}

function majority(counts: { f: number; m: number } | undefined): Gender | null {
	if (!counts || counts.f === counts.m) return null;
	return counts.f > counts.m ? 'f' : 'm';
}

/** `ScotRail`, `CalMac`, `BEUC`: inner capitals or all capitals name a body, not a person. */
function looksLikeBrand(name: string): boolean {
	return /\p{Ll}\p{Lu}/u.test(name) || /^[\p{Lu}\d&]{2,}$/u.test(name);
}
