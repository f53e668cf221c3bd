import { leadsSentence, standsAsSubject } from '../cues/positions.js';
import { isBodyNoun, type Subject } from '../cues/subjects.js';
import { isPersonEpithet } from '../names/epithets.js';
import { namesOtherInstitution } from '../names/institutions.js';
import { DETERMINERS, FIRST_NAME_GENDER, FUNCTION_WORDS, INDEFINITE_OPENERS, OPENING_PHRASE_WORDS, SENTENCE_CONJUNCTIONS, GENDERED_ROLES, KIND_OF_BODY, KNOWN_ORGANISATIONS, ORGANISATION_HEADS, ROLE_ABBREVIATIONS, ROLE_WORDS, SPEAKER_NOUNS, SPOKESPEOPLE, TITLE_QUALIFIERS } from '../lexicon/index.js';
import type { Gender, Mention } from '../names/mentions.js';
import type { Entity, Roster } from '../roster/roster.js';
import type { Token } from '../spans/tokens.js';

/** How far back, in sentences, a pronoun looks for the person it stands for. */
const PRONOUN_REACH = 40;
/** How far back, in sentences, `the company` looks for the body it stands for. */
const BODY_REACH = 8;
/** How far back, in sentences, `the 24-year-old` or `the manager` looks for the person it stands for. */
const EPITHET_REACH = 3;
/** How many words an aside after an opening phrase may run to: `…, the Arizona sheriff and hard-liner, …`. */
const APPOSITIVE_WORDS = 12;
/** How far back, in sentences, an unnamed spokesperson looks for the body they speak for. */
const SPOKESPERSON_REACH = 2;

/** Turns a cue's subject (a name, a pronoun, `the ministry`) into the entity that speaks. */
export class SubjectResolver {
	/** Per sentence: mentions of people and bodies, in order. */
	private readonly mentionsBySentence = new Map<number, number[]>();
	private readonly mentionByFirstToken = new Map<number, number>();
	private readonly mentionByLastToken = new Map<number, number>();
	private readonly sentenceStart = new Map<number, number>();
	private readonly gendersInArticle = new Set<Gender>();
	/** Who the last call to `resolve` weighed, nearest first. */
	private weighed: Entity[] = [];

	constructor(
		private readonly tokens: readonly Token[],
		private readonly mentions: readonly Mention[],
		private readonly roster: Roster,
	) {
		mentions.forEach((mention, index) => {
			const list = this.mentionsBySentence.get(mention.sentence) ?? [];
			list.push(index);
			this.mentionsBySentence.set(mention.sentence, list);
			if (mention.kind !== 'organisation' && roster.entityOf(index)?.kind !== 'organisation') return;
			this.mentionByFirstToken.set(mention.first, index);
			this.mentionByFirstToken.set(mention.nameFirst, index);
			this.mentionByLastToken.set(mention.last, index);
		});
		tokens.forEach((token, index) => {
			if (!this.sentenceStart.has(token.sentence)) this.sentenceStart.set(token.sentence, index);
		});
		for (const entity of roster.entities) if (entity.gender) this.gendersInArticle.add(entity.gender);
	}

	/** The winner, then the others the last `resolve` weighed (at most `limit` in all). */
	considered(winner: Entity, limit = 5): Entity[] {
		return [winner, ...new Set(this.weighed.filter((entity) => entity !== winner))].slice(0, limit);
	}

	/** For a pronoun, how many others the last `resolve` weighed whose gender fits as well as the winner's. */
	rivals(winner: Entity): number {
		const fitting = this.weighed.filter((entity) => entity !== winner && (entity.gender === null || winner.gender === null || entity.gender === winner.gender));
		return new Set(fitting).size;
	}

	/** People named outside quotes between two tokens. */
	peopleNamedBetween(from: number, to: number): Entity[] {
		const people: Entity[] = [];
		for (let s = this.tokens[from]!.sentence; s <= this.tokens[to]!.sentence; s++) {
			for (const index of this.mentionsBySentence.get(s) ?? []) {
				const mention = this.mentions[index]!;
				const entity = this.roster.entityOf(index);
				if (mention.first > from && mention.last < to && entity?.kind === 'person') people.push(entity);
			}
		}
		return people;
	}

	resolve(subject: Subject): Entity | null {
		this.weighed = [];
		switch (subject.type) {
			case 'mention': {
				const mention = this.mentions[subject.mention]!;
				if (mention.kind === 'role') {
					// `Another MP said`, `a Minister said`: someone unnamed, not the MP named before.
					if (INDEFINITE_OPENERS.has(this.tokens[mention.first - 1]?.lower ?? '')) return null;
					return this.resolveNominal(mention.nameWords[mention.nameWords.length - 1]!, mention.first, null);
				}
				return this.roster.entityOf(subject.mention);
			}
			case 'pronoun':
				if (subject.gender === 'f' || subject.gender === 'm') return this.resolvePerson(subject.gender, subject.token);
				if (subject.gender === 'self') return null;
				return this.resolveBody(subject.token);
			case 'nominal':
				return this.resolveNominal(subject.head, subject.token, subject.modifier);
		}
	}

	rangeOf(subject: Subject): { start: number; end: number } {
		if (subject.type === 'mention') {
			const mention = this.mentions[subject.mention]!;
			return { start: this.tokens[mention.nameFirst]!.start, end: this.tokens[mention.last]!.end };
		}
		const token = this.tokens[subject.token]!;
		return { start: token.start, end: token.end };
	}

	/**
	 * he/she: walking back sentence by sentence, the sentence's subject when its gender fits; a sentence whose
	 * subject is the same pronoun passes the question on; otherwise a fitting name elsewhere in the sentence.
	 */
	private resolvePerson(gender: Gender, at: number): Entity | null {
		const sentence = this.tokens[at]!.sentence;
		const genderKnown = this.gendersInArticle.has(gender);
		let unknownGender: Entity | null = null;
		for (let s = sentence; s >= 0 && s > sentence - PRONOUN_REACH; s--) {
			const people = (this.mentionsBySentence.get(s) ?? [])
				.filter((index) => this.mentions[index]!.first < at)
				.map((index) => ({ index, entity: this.roster.entityOf(index) }))
				.filter((item): item is { index: number; entity: Entity } => item.entity?.kind === 'person');
			for (const { entity } of people) this.weighed.push(entity);
			const pronoun = this.firstPronounIn(s, at);
			const subject = people[0];
			if (pronoun && (!subject || pronoun.index < this.mentions[subject.index]!.first)) {
				if (pronoun.gender === gender) continue;
			}
			let unknownHere: Entity | null = null;
			const subjectAt = this.subjectIndex(s, at);
			// `Preceded by Joe Arpaio, the sheriff, Trump launched into …`: the sentence's subject is weighed first.
			const subjectFirst = people.findIndex(({ index }) => subjectAt !== null && this.mentions[index]!.first <= subjectAt && subjectAt <= this.mentions[index]!.last);
			if (subjectFirst > 0) people.unshift(...people.splice(subjectFirst, 1));
			// `The Wrexford boss was scathing. “…,” he said.`: a person named by role as the subject of a sentence
			// that names nobody.
			const titled = subjectAt === null || people.length > 0 ? null : this.titledSubject(subjectAt, at);
			if (titled && titled.gender !== oppositeGender(gender)) return titled;
			let possessiveFit: Entity | null = null;
			for (const { index, entity } of people) {
				const mention = this.mentions[index]!;
				const isSubject = (subjectAt !== null && mention.first <= subjectAt && subjectAt <= mention.last) || (index === people[0]!.index && leadsSentence(this.tokens, this.sentenceStart.get(s)!, mention));
				// `said Ellis’s deputy, Karen Holt`: a possessive only qualifies the person the sentence is about.
				if (entity.gender === gender && mention.possessive) possessiveFit ??= entity;
				// `Joe Pritchard’s header` further back does not take a he from a nearer subject of unknown gender.
				else if (entity.gender === gender) return unknownGender && !isSubject ? unknownGender : entity;
				else if (entity.gender === null && isSubject && entity.words.length > 1) unknownHere ??= entity;
			}
			if (possessiveFit) return unknownHere ?? unknownGender ?? possessiveFit;
			unknownGender ??= unknownHere;
			// Right before the cue, someone whose gender the article never shows beats a name further back.
			if (unknownHere && (!genderKnown || sentence - s <= 1)) return unknownHere;
		}
		return genderKnown ? null : unknownGender;
	}

	/** `The Wrexford boss`, `the minister` at `k`: the person the role stands for, if any. */
	private titledSubject(k: number, before: number): Entity | null {
		if (this.tokens[k]!.lower !== 'the') return null;
		for (let j = k + 1; j <= k + 4 && j < before && this.tokens[j]!.sentence === this.tokens[k]!.sentence; j++) {
			const token = this.tokens[j]!;
			if (token.kind !== 'word') return null;
			if (token.capitalised) continue;
			if (!namesOnePerson(token.lower) || isBodyNoun(token.lower)) return null;
			const modifier = this.mentionByLastToken.get(j - 1) ?? null;
			const entity = this.resolveNominal(token.lower, j, modifier);
			return entity?.kind === 'person' ? entity : null;
		}
		return null;
	}

	/** A he/she that is the sentence's subject. */
	private firstPronounIn(sentence: number, before: number): { index: number; gender: string } | null {
		const k = this.subjectIndex(sentence, before);
		const lower = k === null ? '' : this.tokens[k]!.lower;
		if (lower === 'he') return { index: k!, gender: 'm' };
		if (lower === 'she') return { index: k!, gender: 'f' };
		return null;
	}

	/** Where the sentence's subject stands: its first word, or the first after an opening phrase and its comma. */
	private subjectIndex(sentence: number, before: number): number | null {
		let k = this.sentenceStart.get(sentence);
		if (k === undefined) return null;
		// `But Rachael Maskell said …`
		if (SENTENCE_CONJUNCTIONS.has(this.tokens[k]!.lower)) k++;
		const opening = this.tokens[k]!;
		// `After the vote, …`, `Preceded at the lectern by …, …`: an opening phrase up to its comma.
		if (opening.kind === 'word' && (OPENING_PHRASE_WORDS.has(opening.lower) || (opening.capitalised && /\p{Ll}(ed|ing)$/u.test(opening.text) && !FIRST_NAME_GENDER.has(opening.lower)))) {
			while (k < before && this.tokens[k]!.sentence === sentence && this.tokens[k]!.text !== ',') k++;
			k++;
			// `…by Joe Arpaio, the Arizona sheriff, Trump …`: the opening phrase's last name may carry an aside.
			if (DETERMINERS.has(this.tokens[k]?.lower ?? '')) {
				let close = k;
				while (close < before && close < k + APPOSITIVE_WORDS && this.tokens[close]!.sentence === sentence && this.tokens[close]!.text !== ',') close++;
				if (this.tokens[close]?.text === ',' && close < before) k = close + 1;
			}
		}
		while (k < before && this.tokens[k]?.kind === 'quote') k++;
		const subject = this.tokens[k];
		return subject && k < before && subject.sentence === sentence ? k : null;
	}

	/** they/it: the body named most recently, or the subject of the sentence before (`Goldman Sachs analysts …. they wrote`). */
	private resolveBody(at: number): Entity | null {
		const sentence = this.tokens[at]!.sentence;
		const before = this.mentionsBySentence.get(sentence - 1)?.[0];
		if (before !== undefined && this.tokens[this.mentions[before]!.first - 1]?.sentence !== sentence - 1) {
			const entity = this.roster.entityOf(before);
			if (entity) return entity;
		}
		for (let k = this.mentions.length - 1; k >= 0; k--) {
			const mention = this.mentions[k]!;
			if (mention.last >= at) continue;
			if (mention.sentence < this.tokens[at]!.sentence - 6) return null;
			const entity = this.roster.entityOf(k);
			if (entity?.kind === 'organisation') return entity;
		}
		return null;
	}

	/**
	 * `the ministry` → the last body with Ministry in its name, else the body last named; `the spokeswoman` →
	 * the last person in that role, else the body she speaks for (`a Department of Health spokesperson`,
	 * `a spokesperson for the port authority`).
	 */
	private resolveNominal(head: string, at: number, modifier: number | null): Entity | null {
		if (isPersonEpithet(head)) return this.recentSubjectPerson(at, head, false, null);
		// `Another MP, who asked not to be named, said … “…,” the MP said.`: the one just introduced, unnamed.
		if (namesOnePerson(head) && this.introducedUnnamed(this.tokens[at]!.sentence - 1)) return null;
		const isBody = isBodyNoun(head);
		const isRole = ROLE_WORDS.has(head) || GENDERED_ROLES.has(head) || SPOKESPEOPLE.has(head);
		if (!isBody && !isRole) return null;
		const sentence = this.tokens[at]!.sentence;
		let nearestBody: Entity | null = null;
		let nearestSubjectBody: Entity | null = null;
		let nearestOfKind: Entity | null = null;
		let nearbyBody: Entity | null = null;
		for (let k = this.mentions.length - 1; k >= 0; k--) {
			const mention = this.mentions[k]!;
			if (mention.first >= at) continue;
			const entity = this.roster.entityOf(k);
			if (!entity) continue;
			// A lone `Club` or `Police` opening a sentence names no particular body.
			// So does a lone head noun used as a heading (`Ferries cancelled`).
			const lone = entity.words.length === 1 ? entity.words[0]! : null;
			const generic = (entity.name.toLowerCase() === head || (lone !== null && ORGANISATION_HEADS.has(lone))) && !KNOWN_ORGANISATIONS.has(lone ?? head);
			if (isBody && entity.kind === 'organisation' && !generic && (entity.name.toLowerCase().includes(head) || entity.describedAs === head)) return entity;
			if (isRole && entity.kind === 'person' && this.holdsRole(entity, mention, head, modifier)) return entity;
			if (!generic && entity.kind === 'organisation' && mention.kind !== 'place') {
				// `the company` is not the body described as `the water regulator`.
				// Nor is `the ministry` the Maritime Workers’ Federation: a name ending in another kind of institution.
				const otherKind = isBody && ((entity.describedAs !== null && entity.describedAs !== head) || namesOtherInstitution(entity.words, head));
				if (!nearestBody && !otherKind && mention.sentence >= sentence - BODY_REACH) nearestBody = entity;
				if (!nearestSubjectBody && !otherKind && mention.sentence >= sentence - BODY_REACH && standsAsSubject(this.tokens, mention)) nearestSubjectBody = entity;
				if (!nearbyBody && mention.sentence >= sentence - SPOKESPERSON_REACH) nearbyBody = entity;
				// Of the bodies of the right kind (`the club`: Harrowgate Town, Bristol Rovers), the one named most.
				if (isBody && nameFitsHead(entity.words, head) && (!nearestOfKind || this.roster.mentionCount(entity) > this.roster.mentionCount(nearestOfKind))) {
					nearestOfKind = entity;
				}
			}
		}
		// `the visiting manager`, `the Rovers boss`: with nobody named in that role, the person the story is about.
		// Not `the woman` or `the doctor`: words for anyone, who may well be someone unnamed.
		if (namesOnePerson(head) && !isBody && this.isDefinite(at, modifier)) {
			const person = this.recentSubjectPerson(at, head, true, modifier);
			if (person) return person;
		}
		// `a Treasury spokesperson` speaks for the Treasury; `the Oslo-based carrier` is not Oslo.
		if (modifier !== null && (this.mentions[modifier]!.kind === 'organisation' || SPOKESPEOPLE.has(head))) return this.roster.entityOf(modifier);
		if (SPOKESPEOPLE.has(head)) return this.bodyOfKindBefore(at) ?? this.bodySpokenFor(head, at) ?? nearbyBody;
		return isBody ? this.bodyNamedAs(head, at) ?? nearestOfKind ?? nearestSubjectBody ?? nearestBody : null;
	}


	/** `the manager`, `the Rovers boss`: a role with `the`, someone the reader already knows; `a manager` is not. */
	private isDefinite(at: number, modifier: number | null): boolean {
		const sentence = this.tokens[at]!.sentence;
		const from = modifier === null ? at - 1 : this.mentions[modifier]!.first - 1;
		for (let k = from; k >= 0 && k >= from - 3 && this.tokens[k]!.sentence === sentence; k--) {
			const token = this.tokens[k]!;
			if (token.kind !== 'word') return false;
			if (token.lower === 'the') return true;
			if (token.capitalised || FUNCTION_WORDS.has(token.lower)) return false;
		}
		return false;
	}

	/**
	 * `the 24-year-old`, `the Norwegian`, `the manager` with nobody named as such: the person who is the subject
	 * of one of the sentences just before, whose own title (if any) is that role or names the same body
	 * (`Rovers manager Dean Hollis` is `the Rovers boss`), and whose gender fits.
	 */
	private recentSubjectPerson(at: number, head: string, isTitle: boolean, modifier: number | null): Entity | null {
		const sentence = this.tokens[at]!.sentence;
		const gender = GENDERED_ROLES.get(head) ?? null;
		const role = isTitle ? head : null;
		for (let s = sentence - 1; s >= 0 && s >= sentence - EPITHET_REACH; s--) {
			const person = this.personLeading(s);
			// `Another signatory, who asked not to be named, said … “…,” the MP said.`: someone new and unnamed.
			if (!person && this.opensIndefinite(s)) return null;
			if (!person) continue;
			if (gender !== null && person.gender !== null && person.gender !== gender) continue;
			const title = person.role?.toLowerCase() ?? null;
			const sameBody = modifier !== null && title !== null && title.includes(this.mentions[modifier]!.nameWords[0] ?? '');
			if (role !== null && title !== null && !titleNames(title, role) && !sameBody) continue;
			return person;
		}
		return null;
	}

	/** The sentence opens with someone new and unnamed: `Another MP, …`, `One official …`. */
	private introducedUnnamed(sentence: number): boolean {
		return sentence >= 0 && this.opensIndefinite(sentence) && this.personLeading(sentence) === null;
	}

	/** The sentence opens with `A`, `An`, `Another` or `One`: it introduces someone new. */
	private opensIndefinite(sentence: number): boolean {
		const start = this.sentenceStart.get(sentence);
		return start !== undefined && INDEFINITE_OPENERS.has(this.tokens[start]!.lower);
	}

	/** `a council spokesperson`: the council, as `the council` would be. */
	private bodyOfKindBefore(at: number): Entity | null {
		const kind = this.tokens[at - 1];
		if (!kind || kind.kind !== 'word' || kind.capitalised || !ORGANISATION_HEADS.has(kind.lower)) return null;
		return this.resolveNominal(kind.lower, at - 1, null);
	}

	/**
	 * `the minister` is the last person whose role says minister; `the Kremlin spokesperson` is a named
	 * spokesman or spokeswoman of the Kremlin, if the article has one.
	 */
	private holdsRole(entity: Entity, mention: Mention, head: string, modifier: number | null): boolean {
		const role = (entity.role ?? mention.role ?? '').toLowerCase();
		// `the Rovers manager` is not `City manager Ana Ruiz`.
		if (!SPOKESPEOPLE.has(head)) return titleNames(role, head) && (modifier === null || role.includes(this.mentions[modifier]!.nameWords[0] ?? ''));
		if (!/spokes(man|woman|person)|representative/.test(role) || (head !== 'spokesperson' && head !== 'spokesman' && head !== 'spokeswoman')) return false;
		return modifier === null || role.includes(this.mentions[modifier]!.nameWords[0] ?? '');
	}

	/** An earlier `consumer group BEUC` or `the group, BEUC,`: the body once named with this very noun. */
	private bodyNamedAs(head: string, at: number): Entity | null {
		for (let k = at - 1; k >= 0; k--) {
			if (this.tokens[k]!.lower !== head) continue;
			const next = this.tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
			const named = this.entityStartingAt(next) ?? this.entityDescribedAt(k);
			if (named) return named;
		}
		return null;
	}

	/** `Ofwat, the water regulator,`: the body named just before a description ending at `head`. */
	private entityDescribedAt(head: number): Entity | null {
		const sentence = this.tokens[head]!.sentence;
		for (let d = head - 1; d >= 0 && d >= head - 5 && this.tokens[d]!.sentence === sentence; d--) {
			const token = this.tokens[d]!;
			if (token.lower === 'the' || token.lower === 'a' || token.lower === 'an') return this.tokens[d - 1]?.text === ',' ? this.entityEndingAt(d - 2) : null;
			if (token.kind !== 'word' || token.capitalised) return null;
		}
		return null;
	}

	/** An earlier `spokesperson for X` or `X spokesperson`. */
	private bodySpokenFor(head: string, at: number): Entity | null {
		for (let k = at - 1; k >= 0; k--) {
			if (this.tokens[k]!.lower !== head) continue;
			for (const candidate of [k + 2, k + 3]) {
				if (this.tokens[k + 1]?.lower !== 'for' && this.tokens[k + 1]?.lower !== 'of' && this.tokens[k + 1]?.lower !== 'at') break;
				const entity = this.entityStartingAt(candidate);
				if (entity) return entity;
			}
			const before = this.entityEndingAt(k - 1);
			if (before) return before;
		}
		return null;
	}

	private entityStartingAt(token: number): Entity | null {
		const index = this.mentionByFirstToken.get(token);
		return index === undefined ? null : this.roster.entityOf(index);
	}

	private entityEndingAt(token: number): Entity | null {
		const index = this.mentionByLastToken.get(token);
		return index === undefined ? null : this.roster.entityOf(index);
	}

	/**
	 * `Harwick Trust issued a statement on Friday. … the statement read`: whoever is the subject of the
	 * sentence, a few back, where that document was last mentioned.
	 */
	issuerOf(document: string, at: number): Entity | null {
		const sentence = this.tokens[at]!.sentence;
		for (let k = at - 1; k >= 0 && this.tokens[k]!.sentence >= sentence - BODY_REACH; k--) {
			const token = this.tokens[k]!;
			if (token.sentence === sentence || (token.lower !== document && token.lower !== `${document}s`)) continue;
			const start = this.sentenceStart.get(token.sentence)!;
			const subject = this.mentionsBySentence.get(token.sentence)?.find((index) => this.mentions[index]!.first < k && !this.mentions[index]!.possessive && this.roster.entityOf(index) !== null);
			return subject !== undefined && leadsSentence(this.tokens, start, this.mentions[subject]!) ? this.roster.entityOf(subject) : null;
		}
		return null;
	}

	/** The person who is the sentence's subject, if it has one. */
	personLeading(sentence: number): Entity | null {
		const list = this.mentionsBySentence.get(sentence) ?? [];
		// `Town boss Tomas Halvorsen …`: a body inside the title before a name is not the subject.
		const inTitle = (index: number) => list.some((other) => this.mentions[other]!.kind === 'person' && this.mentions[other]!.first <= this.mentions[index]!.first && this.mentions[index]!.last < this.mentions[other]!.nameFirst);
		const subject = list.find((index) => !this.mentions[index]!.possessive && this.roster.entityOf(index) !== null && !inTitle(index));
		if (subject === undefined) return null;
		const entity = this.roster.entityOf(subject)!;
		return entity.kind === 'person' && leadsSentence(this.tokens, this.sentenceStart.get(sentence)!, this.mentions[subject]!) ? entity : null;
	}

	/** Someone other than `speaker` is the subject of a sentence between two tokens. */
	otherSubjectBetween(speaker: Entity, from: number, to: number): boolean {
		const first = this.tokens[from]!.sentence;
		const last = this.tokens[to]!.sentence;
		for (let s = first + 1; s <= last; s++) {
			const list = this.mentionsBySentence.get(s);
			// `Reid’s deputy, Sam Cole, …`: a possessive only qualifies the subject.
			const subject = list?.find((index) => !this.mentions[index]!.possessive && this.roster.entityOf(index) !== null);
			if (subject === undefined) continue;
			const entity = this.roster.entityOf(subject);
			const mention = this.mentions[subject]!;
			const start = this.sentenceStart.get(s)!;
			if (entity && entity !== speaker && (entity.kind === 'person' ? leadsSentence(this.tokens, start, mention) : mention.first === start)) return true;
		}
		return false;
	}
}

/** `manager`, `minister`, `governor`: a title one person holds (not `defence`, `spokesperson` or `woman`). */
function namesOnePerson(head: string): boolean {
	return ROLE_WORDS.has(head) && !TITLE_QUALIFIERS.has(head) && !SPOKESPEOPLE.has(head) && !SPEAKER_NOUNS.has(head);
}

/** The title (lower-case) names the role, written out or abbreviated: `chief minister` is `the CM`. */
function titleNames(title: string, role: string): boolean {
	const expanded = ROLE_ABBREVIATIONS.get(role);
	return title.includes(role) || (expanded !== undefined && title.includes(expanded));
}

function oppositeGender(gender: Gender): Gender {
	return gender === 'f' ? 'm' : 'f';
}

function nameFitsHead(words: readonly string[], head: string): boolean {
	const fits = KIND_OF_BODY.get(head);
	return fits !== undefined && words.some((word) => fits.includes(word));
}
