import { CueFinder, type Cue, type Subject } from './cues.js';
import { classifyQuote, type QuoteKind } from './kinds.js';
import { DOCUMENT_NOUNS, GENDERED_ROLES, KNOWN_ORGANISATIONS, ORGANISATION_HEADS, ROLE_WORDS } from './lexicon.js';
import type { Gender, Mention } from './mentions.js';
import type { Entity, Roster } from './roster.js';
import type { QuoteSpan } from './marks.js';
import type { Token } from './tokens.js';

export interface Attribution {
	readonly kind: QuoteKind;
	readonly speaker: Entity | null;
	/** Offsets of the speaker mention or pronoun the cue used. */
	readonly cue: { start: number; end: number } | null;
}

export interface AttributionInput {
	readonly text: string;
	readonly tokens: readonly Token[];
	readonly spans: readonly QuoteSpan[];
	readonly mentions: readonly Mention[];
	readonly roster: Roster;
	/** Paragraph indexes of headlines written in Title Case. */
	readonly titleCaseHeadlines: ReadonlySet<number>;
	/** Paragraph indexes of the headline and standfirst. */
	readonly headlines: ReadonlySet<number>;
}

/** How far back, in sentences, a pronoun looks for the person it stands for. */
const PRONOUN_REACH = 40;
/** How far back, in sentences, `the company` looks for the body it stands for. */
const BODY_REACH = 8;
/** People who speak for a body: unnamed, their words are the body's. */
const SPOKESPEOPLE = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'representative', 'official', 'officials']);

/**
 * Attributes each top-level quotation, sieve by sieve from the most certain: a cue against the quote,
 * a reporting verb earlier in the sentence, a transcript colon, then the running speaker.
 */
export function attributeQuotes(input: AttributionInput): Attribution[] {
	const { tokens, spans, mentions, roster, text } = input;
	const cues = new CueFinder(tokens, mentions);
	const resolver = new SubjectResolver(tokens, mentions, roster);
	const results: Attribution[] = spans.map(() => ({ kind: 'direct', speaker: null, cue: null }));
	const cued: boolean[] = spans.map(() => false);
	let running: { speaker: Entity; order: number; token: number } | null = null;

	tokens.forEach((token, index) => {
		if (token.kind !== 'quote') return;
		const span = spans[token.quote]!;
		const content = text.slice(span.start, span.end);
		const endsSentence = /[.!?…]$/.test(content);
		const cue = cues.trailing(index, endsSentence) ?? cues.leading(index) ?? cues.transcript(index);
		const wordsBefore: string[] = [];
		for (let k = index - 1; k >= 0 && tokens[k]!.sentence === token.sentence && wordsBefore.length < 6; k--) wordsBefore.unshift(tokens[k]!.lower);
		const previous = tokens[index - 1]?.sentence === token.sentence ? tokens[index - 1]!.lower : null;
		const kind = classifyQuote({
			text: content,
			nested: false,
			adjacentCue: cue?.adjacent ?? false,
			anyCue: cue !== null,
			wordsBefore,
			previous,
			inTitleCaseHeadline: input.titleCaseHeadlines.has(span.paragraph),
			inHeadline: input.headlines.has(span.paragraph),
			followedByColon: tokens[index + 1]?.text === ':' && tokens[index + 1]!.order === token.order,
		});
		if (kind === 'scare' || kind === 'title') {
			results[token.quote] = { kind, speaker: null, cue: null };
			return;
		}
		let speaker: Entity | null = null;
		let cueRange: { start: number; end: number } | null = null;
		const inHeadline = input.headlines.has(span.paragraph);
		if (cue) {
			speaker = resolver.resolve(cue.subject, index);
			cueRange = speaker ? resolver.rangeOf(cue.subject) : null;
			if (!speaker && cue.subject.type === 'nominal' && DOCUMENT_NOUNS.has(cue.subject.head)) {
				// `the statement said`: whoever issued it, reported in the sentence before, else the running speaker.
				const issued = cues.previousSentence(index);
				speaker = (issued && resolver.resolve(issued.subject, index)) ?? running?.speaker ?? null;
			}
			if (!speaker && running && speaksForRunning(cue, running.speaker)) speaker = running.speaker;
			cued[token.quote] = speaker !== null;
		} else if (!inHeadline) {
			const reported = cues.previousSentence(index);
			const reporter = reported ? resolver.resolve(reported.subject, index) : null;
			if (reporter) speaker = reporter;
			else if (running && keepsRunningSpeaker(running, index, tokens, resolver)) speaker = running.speaker;
		}
		results[token.quote] = { kind, speaker, cue: cueRange };
		if (inHeadline) return;
		if (speaker) running = { speaker, order: token.order, token: index };
		else if (cue && isNamedSubject(cue)) running = null;
	});
	borrowHeadlineSpeakers(input, results, cued);
	return results;
}

/** `he said` with no one to resolve to, or `the memo continued:`: the running speaker. */
function speaksForRunning(cue: Cue, running: Entity): boolean {
	const subject = cue.subject;
	if (subject.type === 'pronoun') return (subject.gender === 'f' || subject.gender === 'm') && running.gender !== oppositeOf(subject.gender);
	return subject.type === 'nominal' && DOCUMENT_NOUNS.has(subject.head);
}

/** A headline quote with no cue of its own repeats words quoted in the body: it has their speaker. */
function borrowHeadlineSpeakers(input: AttributionInput, results: Attribution[], cued: readonly boolean[]): void {
	const borrowers = input.spans
		.map((span, i) => i)
		.filter((i) => input.headlines.has(input.spans[i]!.paragraph) && !cued[i] && results[i]!.kind !== 'scare' && results[i]!.kind !== 'title');
	if (borrowers.length === 0) return;
	const normalised = input.spans.map((span) => squash(input.text.slice(span.start, span.end)));
	borrowers.forEach((i) => {
		const result = results[i]!;
		const words = normalised[i]!;
		if (words === '') return;
		const source = input.spans.findIndex(
			(other, k) => k !== i && !input.headlines.has(other.paragraph) && results[k]!.speaker !== null && (normalised[k]!.includes(words) || (normalised[k]!.length >= 12 && words.includes(normalised[k]!))),
		);
		if (source >= 0) results[i] = { ...result, speaker: results[source]!.speaker };
	});
}

function squash(value: string): string {
	return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isNamedSubject(cue: Cue): boolean {
	return cue.subject.type !== 'pronoun';
}

function oppositeOf(gender: 'f' | 'm' | 'plural' | 'it' | 'self'): Gender | 'none' {
	return gender === 'f' ? 'm' : gender === 'm' ? 'f' : 'none';
}

/**
 * A quote with no cue keeps the running speaker in the same or the next paragraph, or further on when
 * nobody else has been named as the subject of a sentence in between.
 */
function keepsRunningSpeaker(
	running: { speaker: Entity; order: number; token: number },
	index: number,
	tokens: readonly Token[],
	resolver: SubjectResolver,
): boolean {
	const order = tokens[index]!.order;
	if (order - running.order <= 1) return true;
	return !resolver.otherSubjectBetween(running.speaker, running.token, index);
}

class SubjectResolver {
	/** Per sentence: mentions of people and bodies, in order. */
	private readonly mentionsBySentence = new Map<number, number[]>();
	private readonly gendersInArticle = new Set<Gender>();

	constructor(
		private readonly tokens: readonly Token[],
		private readonly mentions: readonly Mention[],
		private readonly roster: Roster,
	) {
		mentions.forEach((mention, index) => {
			const list = this.mentionsBySentence.get(mention.sentence) ?? [];
			list.push(index);
			this.mentionsBySentence.set(mention.sentence, list);
		});
		for (const entity of roster.entities) if (entity.gender) this.gendersInArticle.add(entity.gender);
	}

	resolve(subject: Subject, at: number): Entity | null {
		switch (subject.type) {
			case 'mention': {
				const mention = this.mentions[subject.mention]!;
				if (mention.kind === 'role') return this.resolveNominal(mention.nameWords[mention.nameWords.length - 1]!, mention.first, null);
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
			const pronoun = this.firstPronounIn(s, at);
			const subject = people[0];
			if (pronoun && (!subject || pronoun.index < this.mentions[subject.index]!.first)) {
				if (pronoun.gender === gender) continue;
			}
			for (const { entity } of people) {
				if (entity.gender === gender) return entity;
				if (entity.gender === null && !unknownGender) unknownGender = entity;
			}
			if (!genderKnown && unknownGender) return unknownGender;
		}
		return genderKnown ? null : unknownGender;
	}

	private firstPronounIn(sentence: number, before: number): { index: number; gender: string } | null {
		let k = before - 1;
		while (k > 0 && this.tokens[k - 1]!.sentence === sentence) k--;
		for (; k < before && k < this.tokens.length && this.tokens[k]!.sentence === sentence; k++) {
			const lower = this.tokens[k]!.lower;
			if (lower === 'he') return { index: k, gender: 'm' };
			if (lower === 'she') return { index: k, gender: 'f' };
		}
		return null;
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
		const isBody = ORGANISATION_HEADS.has(head);
		const isRole = ROLE_WORDS.has(head) || GENDERED_ROLES.has(head) || SPOKESPEOPLE.has(head);
		if (!isBody && !isRole) return null;
		const sentence = this.tokens[at]!.sentence;
		let nearestBody: Entity | null = null;
		let nearestOfKind: Entity | null = null;
		for (let k = this.mentions.length - 1; k >= 0; k--) {
			const mention = this.mentions[k]!;
			if (mention.first >= at) continue;
			const entity = this.roster.entityOf(k);
			if (!entity) continue;
			// A lone `Club` or `Police` opening a sentence names no particular body.
			const generic = entity.name.toLowerCase() === head && !KNOWN_ORGANISATIONS.has(head);
			if (isBody && entity.kind === 'organisation' && !generic && entity.name.toLowerCase().includes(head)) return entity;
			if (isRole && !SPOKESPEOPLE.has(head) && entity.kind === 'person' && (entity.role ?? mention.role ?? '').toLowerCase().includes(head)) return entity;
			if (!generic && entity.kind === 'organisation' && mention.kind !== 'place') {
				if (!nearestBody && mention.sentence >= sentence - BODY_REACH) nearestBody = entity;
				// Of the bodies of the right kind (`the club`: Harrowgate Town, Bristol Rovers), the one named most.
				if (isBody && nameFitsHead(entity.words, head) && (!nearestOfKind || this.roster.mentionCount(entity) > this.roster.mentionCount(nearestOfKind))) {
					nearestOfKind = entity;
				}
			}
		}
		// `a Treasury spokesperson` speaks for the Treasury; `the Oslo-based carrier` is not Oslo.
		if (modifier !== null && (this.mentions[modifier]!.kind === 'organisation' || SPOKESPEOPLE.has(head))) return this.roster.entityOf(modifier);
		if (SPOKESPEOPLE.has(head)) return this.bodySpokenFor(head, at) ?? nearestBody;
		return isBody ? nearestOfKind ?? nearestBody : null;
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
		const index = this.mentions.findIndex((mention) => mention.first === token || mention.nameFirst === token);
		return index >= 0 && this.mentions[index]!.kind === 'organisation' ? this.roster.entityOf(index) : null;
	}

	private entityEndingAt(token: number): Entity | null {
		const index = this.mentions.findIndex((mention) => mention.last === token);
		return index >= 0 && this.mentions[index]!.kind === 'organisation' ? this.roster.entityOf(index) : null;
	}

	/** Someone other than `speaker` opens a sentence between two tokens. */
	otherSubjectBetween(speaker: Entity, from: number, to: number): boolean {
		const first = this.tokens[from]!.sentence;
		const last = this.tokens[to]!.sentence;
		for (let s = first + 1; s <= last; s++) {
			const list = this.mentionsBySentence.get(s);
			const subject = list?.[0];
			if (subject === undefined) continue;
			const entity = this.roster.entityOf(subject);
			if (entity && entity !== speaker && (entity.kind === 'person' || this.mentions[subject]!.first === firstWordOf(this.tokens, s))) return true;
		}
		return false;
	}
}

/** Name words that say what kind of body a name is: `the club` is Harrowgate Town, `the carrier` Nordvik Air. */
const KIND_OF_BODY: Readonly<Record<string, readonly string[]>> = {
	club: ['fc', 'afc', 'town', 'city', 'united', 'rovers', 'athletic', 'wanderers', 'albion', 'hotspur', 'county', 'club'],
	team: ['fc', 'town', 'city', 'united', 'rovers', 'athletic', 'team'],
	company: ['inc', 'ltd', 'plc', 'corp', 'corporation', 'group', 'holdings', 'company', 'co', 'llc', 'ag', 'sa', 'gmbh'],
	firm: ['inc', 'ltd', 'plc', 'corp', 'llp', 'group', 'partners', 'associates', 'research', 'capital', 'firm'],
	carrier: ['air', 'airlines', 'airways', 'aviation', 'rail', 'railways'],
	airline: ['air', 'airlines', 'airways', 'aviation'],
	operator: ['rail', 'railways', 'air', 'airlines', 'ferries', 'energy', 'water', 'transport'],
	bank: ['bank', 'banking', 'capital', 'financial'],
	union: ['union', 'federation', 'confederation', 'workers'],
	party: ['party', 'labour', 'conservatives', 'democrats', 'republicans'],
	council: ['council', 'borough', 'city', 'county'],
	government: ['government', 'ministry', 'department', 'kremlin', 'cabinet', 'office'],
};

function nameFitsHead(words: readonly string[], head: string): boolean {
	const fits = KIND_OF_BODY[head];
	return fits !== undefined && words.some((word) => fits.includes(word));
}

function firstWordOf(tokens: readonly Token[], sentence: number): number {
	return tokens.findIndex((token) => token.sentence === sentence);
}
