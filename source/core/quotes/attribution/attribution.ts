import { CueFinder, type Cue, type Subject } from '../cues/cues.js';
import { classifyQuote, type QuoteKind } from '../spans/kinds.js';
import { DOCUMENT_NOUNS, FUNCTION_WORDS, GENDERED_ROLES, ROLE_WORDS, SPEAKER_NOUNS, SPOKESPEOPLE, SPOKESPERSON_PREPOSITIONS } from '../lexicon/index.js';
import type { QuoteSpan } from '../spans/marks.js';
import type { Gender, Mention } from '../names/mentions.js';
import { SubjectResolver } from './resolve.js';
import type { Resolution, RuleName } from './rules.js';
import type { Entity, Roster } from '../roster/roster.js';
import { isBodyNoun } from '../cues/subjects.js';
import { endsWithStop, type Token } from '../spans/tokens.js';

export interface Attribution {
	readonly kind: QuoteKind;
	readonly speaker: Entity | null;
	/** Offsets of the speaker mention or pronoun the cue used. */
	readonly cue: { start: number; end: number } | null;
	/** The sieve that chose the speaker; null when none did. */
	readonly rule: RuleName | null;
	/** How the cue's subject became the speaker; null for the sieves that need no cue. */
	readonly resolution: Resolution | null;
	/** Offsets of the cue's words (subject and verb, colon or credit), when a cue was found. */
	readonly cueWords: { start: number; end: number } | null;
	/** Who the sieve weighed, the winner first. */
	readonly candidates: readonly Entity[];
	/** Paragraphs between the quote and what chose its speaker (a running speaker's last quote): 0 in the same one. */
	readonly distance: number;
	/** Other people who could have been chosen: named in between (a running speaker) or fitting a pronoun too. */
	readonly rivals: number;
}

/** A speaker chosen, and how. */
interface Decision {
	readonly speaker: Entity;
	readonly rule: RuleName;
	readonly resolution: Resolution | null;
	readonly candidates: readonly Entity[];
	readonly distance?: number;
	readonly rivals?: number;
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

/**
 * Attributes each top-level quotation, sieve by sieve from the most certain: a cue against the quote, a
 * reporting verb earlier in the sentence, a transcript colon, the reporting verb of the sentence before,
 * then the running speaker. Headline quotes with no cue borrow the speaker of the same words in the body.
 */
export function attributeQuotes(input: AttributionInput): Attribution[] {
	return new Attributor(input).run();
}

interface Running {
	readonly speaker: Entity;
	readonly order: number;
	readonly token: number;
}

class Attributor {
	private readonly cues: CueFinder;
	private readonly resolver: SubjectResolver;
	private readonly results: Attribution[];
	private readonly cued: boolean[];
	private running: Running | null = null;
	/** Who the headline quotes (`Cecile Rand: ‘I’m sick of …’`), for the body's first quote with no cue. */
	private headlineSpeaker: Entity | null = null;

	constructor(private readonly input: AttributionInput) {
		this.cues = new CueFinder(input.tokens, input.mentions, input.spans);
		this.resolver = new SubjectResolver(input.tokens, input.mentions, input.roster);
		this.results = input.spans.map(() => nobody('direct'));
		this.cued = input.spans.map(() => false);
	}

	run(): Attribution[] {
		this.input.tokens.forEach((token, index) => {
			if (token.kind === 'quote') this.attribute(token, index);
		});
		borrowHeadlineSpeakers(this.input, this.results, this.cued);
		return this.results;
	}

	private attribute(token: Token, index: number): void {
		const span = this.input.spans[token.quote]!;
		const content = this.input.text.slice(span.start, span.end);
		const trailing = this.cues.trailing(index, endsWithStop(this.input.text, span.start, span.end));
		let cue = (trailing?.credit ? this.cues.leading(index) : null) ?? trailing ?? this.cues.leading(index) ?? this.cues.sharedTrailing(index) ?? this.cues.signatureBelow(index) ?? this.cues.transcript(index) ?? this.cues.sentenceTail(index) ?? this.cues.followingCredit(index);
		const kind = this.kindOf(token, index, content, cue);
		const inHeadline = this.input.headlines.has(span.paragraph);
		if (kind === 'scare' || kind === 'title') {
			this.results[token.quote] = nobody(kind);
			return;
		}
		let decision: Decision | null = null;
		let cueRange: { start: number; end: number } | null = null;
		// A frame (a sentence's subject before the quote) speaks for the quote but says nothing about its kind.
		let frame: Cue | null = null;
		if (!cue && inHeadline) cue = this.cues.lineSpeaker(index);
		// In a headline in Title Case every word is capitalised: a sentence's "subject" there is no name.
		if (!cue && !this.input.titleCaseHeadlines.has(span.paragraph)) cue = frame = this.cues.frame(index);
		if (cue) {
			const unnamed = this.unnamedAntecedent(cue, index);
			const resolved = unnamed ? this.resolver.resolve(unnamed) : this.resolver.resolve(cue.subject);
			const goingOn = unnamed ? null : this.speakerGoingOn(cue.subject, index);
			// Whose gender is not known speaks on only where the pronoun finds nobody else.
			const speaking = goingOn && (goingOn.gender !== null || resolved === null || resolved === goingOn) ? goingOn : null;
			if (speaking) {
				decision = { speaker: speaking, rule: cue.rule, resolution: 'going-on', candidates: [speaking], rivals: 0 };
				cueRange = this.resolver.rangeOf(cue.subject);
			} else if (resolved) {
				decision = { speaker: resolved, rule: cue.rule, resolution: unnamed ? 'unnamed' : this.resolutionOf(cue.subject, resolved), candidates: this.resolver.considered(resolved), rivals: this.resolver.rivals(resolved) };
				if (!unnamed) cueRange = this.resolver.rangeOf(cue.subject);
			} else decision = this.unresolvedCueSpeaker(cue, index);
			this.cued[token.quote] = decision !== null;
			// A frame whose subject is nobody on the roster (`Audiences can expect …`) says nothing about who spoke.
			if (frame && !decision && !inHeadline) {
				cue = null;
				decision = this.speakerWithoutCue(index);
			}
		} else if (!inHeadline) {
			decision = this.creditInside(content) ?? this.speakerWithoutCue(index);
		}
		const speaker = decision?.speaker ?? null;
		this.results[token.quote] = {
			kind,
			speaker,
			cue: cueRange,
			rule: decision?.rule ?? null,
			resolution: decision?.resolution ?? null,
			cueWords: cue ? this.cueWords(cue) : null,
			candidates: decision?.candidates ?? [],
			distance: decision?.distance ?? 0,
			rivals: decision?.rivals ?? 0,
		};
		if (inHeadline) {
			if (speaker && decision?.rule === 'speaker-colon') this.headlineSpeaker ??= speaker;
			return;
		}
		if (speaker) this.running = { speaker, order: token.order, token: index };
		else if (cue && cue.subject.type !== 'pronoun') this.running = null;
	}

	private kindOf(token: Token, index: number, content: string, cue: Cue | null): QuoteKind {
		const { tokens, titleCaseHeadlines, headlines, spans } = this.input;
		const paragraph = spans[token.quote]!.paragraph;
		const wordsBefore: string[] = [];
		for (let k = index - 1; k >= 0 && tokens[k]!.sentence === token.sentence && wordsBefore.length < 6; k--) wordsBefore.unshift(tokens[k]!.lower);
		const next = tokens[index + 1];
		return classifyQuote({
			text: content,
			nested: false,
			adjacentCue: cue?.adjacent ?? false,
			anyCue: cue !== null,
			labelInReport: infinitiveBetween(tokens, cue && cue.verb < index ? cue.verb : this.sentenceStart(index), index),
			wordsBefore,
			previous: tokens[index - 1]?.sentence === token.sentence ? tokens[index - 1]!.lower : null,
			inTitleCaseHeadline: titleCaseHeadlines.has(paragraph),
			inHeadline: headlines.has(paragraph),
			followedByColon: next?.text === ':' && next.order === token.order,
			followedByAuthor: next?.lower === 'by' && next.order === token.order && (tokens[index + 2]?.capitalised === true || (tokens[index + 2]?.lower === 'the' && tokens[index + 3]?.capitalised === true)),
		});
	}

	/**
	 * `“…,” Archbishop Aris Tavan told the AP. He added, “…”`: a he or she right after someone's quote, in the same
	 * paragraph or the next, with nobody else of that gender named since, is whoever was speaking.
	 */
	private speakerGoingOn(subject: Subject, index: number): Entity | null {
		const running = this.running;
		if (subject.type !== 'pronoun' || (subject.gender !== 'f' && subject.gender !== 'm') || !running) return null;
		const speaker = running.speaker;
		if (speaker.kind !== 'person' || (speaker.gender !== null && speaker.gender !== subject.gender)) return null;
		if (this.input.tokens[index]!.order - running.order > 1) return null;
		const others = this.resolver.peopleNamedBetween(running.token, subject.token).filter((entity) => entity !== speaker && entity.gender !== oppositeOf(subject.gender));
		return others.length === 0 ? speaker : null;
	}

	private sentenceStart(index: number): number {
		const { tokens } = this.input;
		let k = index;
		while (k > 0 && tokens[k - 1]!.sentence === tokens[index]!.sentence) k--;
		return k;
	}

	/** `the statement said`: whoever issued it; `he said` with no one to resolve to: the running speaker. */
	private unresolvedCueSpeaker(cue: Cue, index: number): Decision | null {
		if (cue.subject.type === 'nominal' && DOCUMENT_NOUNS.has(cue.subject.head)) {
			const issued = this.cues.previousSentence(index);
			const issuer = (issued ? this.resolver.resolve(issued.subject) : null) ?? this.resolver.issuerOf(cue.subject.head, cue.subject.token);
			if (issuer) return { speaker: issuer, rule: cue.rule, resolution: 'document', candidates: [issuer] };
		}
		const running = this.running?.speaker;
		return running && speaksForRunning(cue, running) ? { speaker: running, rule: cue.rule, resolution: 'running', candidates: [running] } : null;
	}

	/**
	 * A credit written inside the marks: `“Chris Matthews: Seriously, …”` (a transcript turn quoted whole) or a
	 * last line `Amy Pope, deputy adviser.` closing a quote over several paragraphs (a pull quote).
	 */
	private creditInside(content: string): Decision | null {
		const colon = content.indexOf(': ');
		const label = colon > 0 && colon < TURN_LABEL_CHARS ? TURN_LABEL.exec(content)?.[1] : undefined;
		const lastLine = content.lastIndexOf('\n');
		const name = label ?? (lastLine >= 0 ? PULL_QUOTE_CREDIT.exec(content.slice(lastLine))?.[1] : undefined);
		if (name === undefined || FUNCTION_WORDS.has(name.toLowerCase())) return null;
		const speaker = this.input.roster.personNamed(name);
		return speaker ? { speaker, rule: 'credit-inside', resolution: 'name', candidates: [speaker] } : null;
	}

	private resolutionOf(subject: Subject, speaker: Entity): Resolution {
		if (subject.type === 'pronoun') return 'pronoun';
		if (subject.type === 'nominal') return DOCUMENT_NOUNS.has(subject.head) ? 'document' : speaker.kind === 'organisation' ? 'body' : 'role';
		const mention = this.input.mentions[subject.mention]!;
		if (mention.kind === 'role') return 'role';
		return speaker.kind === 'organisation' ? 'body' : 'name';
	}

	/** From the first to the last of the cue's subject and its verb (or colon, dash or credit). */
	private cueWords(cue: Cue): { start: number; end: number } {
		const subject = this.resolver.rangeOf(cue.subject);
		const verb = this.input.tokens[cue.verb]!;
		return { start: Math.min(subject.start, verb.start), end: Math.max(subject.end, verb.end) };
	}

	/**
	 * `A spokesman for the ministry said … . “…,” he said.`: a he or she right after a sentence whose reporting
	 * verb has an unnamed person as subject stands for that person, not for someone named further back; an it
	 * or they after `the ministry urged …` stands for that body.
	 */
	private unnamedAntecedent(cue: Cue, index: number): Subject | null {
		const pronoun = cue.subject;
		if (pronoun.type !== 'pronoun' || pronoun.gender === 'self') return null;
		const subject = this.cues.previousSentence(index)?.subject;
		if (!subject) return null;
		// `The transport ministry urged calm. In a statement, it said: “…”`
		if (pronoun.gender === 'it' || pronoun.gender === 'plural') return subject.type === 'nominal' && isBodyNoun(subject.head) ? subject : null;
		const head = subject.type === 'nominal' ? subject.head : subject.type === 'mention' ? this.spokespersonFor(subject.mention) : null;
		if (head === null || !isSinglePersonNoun(head)) return null;
		const gender = GENDERED_ROLES.get(head);
		return gender === undefined || gender === pronoun.gender ? subject : null;
	}

	/** `a spokesman for the Ministry of Energy`: at the body's mention, the word for who spoke for it. */
	private spokespersonFor(mention: number): string | null {
		const { tokens, mentions } = this.input;
		let k = mentions[mention]!.first - 1;
		if (tokens[k]?.lower === 'the') k--;
		if (!SPOKESPERSON_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return null;
		const noun = tokens[k - 1]?.lower ?? '';
		return SPOKESPEOPLE.has(noun) ? noun : null;
	}

	private speakerWithoutCue(index: number): Decision | null {
		const reported = this.cues.previousSentence(index);
		const reporter = reported ? this.resolver.resolve(reported.subject) : null;
		const running = this.running;
		const others = (chosen: Entity) => [chosen, ...[reporter, running?.speaker].filter((entity): entity is Entity => entity !== null && entity !== undefined && entity !== chosen)];
		if (reporter && reported) return { speaker: reporter, rule: 'previous-sentence', resolution: this.resolutionOf(reported.subject, reporter), candidates: this.resolver.considered(reporter) };
		const introduced = this.introducedPerson(index);
		if (introduced && introduced.opensParagraph) return { speaker: introduced.person, rule: 'paragraph-opener', resolution: null, candidates: others(introduced.person) };
		if (running && keepsRunningSpeaker(running, index, this.input.tokens, this.resolver)) {
			const named = this.resolver.peopleNamedBetween(running.token, index).filter((entity) => entity !== running.speaker);
			return { speaker: running.speaker, rule: 'running-speaker', resolution: null, candidates: others(running.speaker), distance: this.input.tokens[index]!.order - running.order, rivals: new Set(named).size };
		}
		if (introduced) return { speaker: introduced.person, rule: 'introduced-person', resolution: null, candidates: others(introduced.person) };
		// The body opens with a quote nobody is said to speak, under a headline that names its speaker.
		if (!running && this.headlineSpeaker) return { speaker: this.headlineSpeaker, rule: 'headline-speaker', resolution: null, candidates: [this.headlineSpeaker] };
		const past = this.reporterPastAside(index);
		return past ? { speaker: past, rule: 'reporter-past-aside', resolution: null, candidates: others(past) } : null;
	}

	/**
	 * `Ruth Adeyemi said inflation would stay high. The Bank meets next week. “Prices are only going one way.”`:
	 * past one sentence with no person as its subject, the reporting verb of the sentence before it.
	 */
	private reporterPastAside(index: number): Entity | null {
		const aside = this.cues.sentenceBefore(index);
		if (!aside || this.resolver.personLeading(this.input.tokens[aside.first]!.sentence)) return null;
		const reported = this.cues.previousSentence(aside.first);
		const reporter = reported ? this.resolver.resolve(reported.subject) : null;
		return reporter?.kind === 'person' ? reporter : null;
	}

	/**
	 * `Dev, 29, a driver, was on the second floor when the alarm went off. “I am never going back.”`: a quote
	 * opening a sentence right after one whose subject is a person is theirs if nobody else speaks it, and
	 * even over the running speaker when that sentence opens a paragraph.
	 */
	private introducedPerson(index: number): { person: Entity; opensParagraph: boolean } | null {
		const { tokens } = this.input;
		const previous = tokens[index - 1];
		if (previous && previous.sentence === tokens[index]!.sentence) return null;
		const before = this.cues.sentenceBefore(index);
		if (!before || hasQuote(tokens, before.first, before.last)) return null;
		const person = this.resolver.personLeading(tokens[before.first]!.sentence);
		if (!person) return null;
		return { person, opensParagraph: tokens[before.first - 1]?.order !== tokens[before.first]!.order };
	}
}

/** How far into a quote a transcript label's colon may stand. */
const TURN_LABEL_CHARS = 60;
/** A capitalised name of up to four words and a colon opening the quote: a transcript turn's label. */
const TURN_LABEL = /^(\p{Lu}[\p{L}’'.-]+(?: \p{Lu}[\p{L}’'.-]+){0,3}): \S/u;
/** A last line, after a paragraph break inside the quote, of a name, a comma and a short credit. */
const PULL_QUOTE_CREDIT = /^\n\s*(\p{Lu}[\p{L}’'.-]+(?: \p{Lu}[\p{L}’'.-]+){1,3}), [^\n]{2,80}$/u;

/** `to create`: an infinitive of a verb between the token `from` and the quote at `to`. */
function infinitiveBetween(tokens: readonly Token[], from: number, to: number): boolean {
	for (let k = from; k < to - 1; k++) {
		const next = tokens[k + 1]!;
		if (tokens[k]!.lower === 'to' && next.kind === 'word' && !next.capitalised && !FUNCTION_WORDS.has(next.lower)) return true;
	}
	return false;
}

function nobody(kind: QuoteKind): Attribution {
	return { kind, speaker: null, cue: null, rule: null, resolution: null, cueWords: null, candidates: [], distance: 0, rivals: 0 };
}

/** `spokesman`, `official`, `witness`, `the minister`: one person who may speak, not a group or a document. */
function isSinglePersonNoun(head: string): boolean {
	if (DOCUMENT_NOUNS.has(head) || /[^s]s$|people$|men$|staff$/.test(head)) return false;
	return SPOKESPEOPLE.has(head) || SPEAKER_NOUNS.has(head) || ROLE_WORDS.has(head) || GENDERED_ROLES.has(head);
}

/** A sentence with a quote in it reports speech: whoever spoke it is the running speaker, not its subject. */
function hasQuote(tokens: readonly Token[], first: number, last: number): boolean {
	for (let k = first; k <= last; k++) if (tokens[k]!.kind === 'quote') return true;
	return false;
}

/** `he said` where the pronoun fits the running speaker, or a document (`the memo continued:`). */
function speaksForRunning(cue: Cue, running: Entity): boolean {
	const subject = cue.subject;
	if (subject.type === 'pronoun') return (subject.gender === 'f' || subject.gender === 'm') && running.gender !== oppositeOf(subject.gender);
	return subject.type === 'nominal' && DOCUMENT_NOUNS.has(subject.head);
}

/** A headline quote with no cue of its own repeats words quoted in the body: it has their speaker. */
function borrowHeadlineSpeakers(input: AttributionInput, results: Attribution[], cued: readonly boolean[]): void {
	const borrowers = input.spans
		.map((_, i) => i)
		.filter((i) => input.headlines.has(input.spans[i]!.paragraph) && !cued[i] && results[i]!.kind !== 'scare' && results[i]!.kind !== 'title');
	if (borrowers.length === 0) return;
	const squashed: (string | undefined)[] = [];
	const normalised = (k: number) => (squashed[k] ??= squash(input.text.slice(input.spans[k]!.start, input.spans[k]!.end)));
	borrowers.forEach((i) => {
		const result = results[i]!;
		const words = normalised(i);
		if (words === '') return;
		const source = input.spans.findIndex(
			(other, k) => k !== i && !input.headlines.has(other.paragraph) && results[k]!.speaker !== null && (normalised(k).includes(words) || (normalised(k).length >= 12 && words.includes(normalised(k)))),
		);
		const speaker = source >= 0 ? results[source]!.speaker : null;
		if (speaker) results[i] = { ...result, speaker, rule: 'headline-echo', resolution: null, candidates: [speaker] };
	});
}

function squash(value: string): string {
	return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function oppositeOf(gender: 'f' | 'm' | 'plural' | 'it' | 'self'): Gender | 'none' {
	return gender === 'f' ? 'm' : gender === 'm' ? 'f' : 'none';
}

/**
 * A quote with no cue keeps the running speaker in the same or the next paragraph, or further on when
 * nobody else has been named as the subject of a sentence in between.
 */
function keepsRunningSpeaker(
	running: Running,
	index: number,
	tokens: readonly Token[],
	resolver: SubjectResolver,
): boolean {
	const order = tokens[index]!.order;
	if (order - running.order <= 1) return true;
	return !resolver.otherSubjectBetween(running.speaker, running.token, index);
}

