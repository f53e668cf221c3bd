import { LABEL_CUES, SMALL_TITLE_WORDS, WORK_CUES } from '../lexicon/index.js';
import { codeUnitsAt, countWordsBetween, isLetterOrDigitAt, wordEnd } from '../../text/characters.js';
import type { QuoteSpan } from './marks.js';

export type QuoteKind = 'direct' | 'partial' | 'scare' | 'title';

export interface KindContext {
	readonly text: string;
	/** Nested inside another quotation. */
	readonly nested: boolean;
	/** A speech verb or colon sits right against the quote. */
	readonly adjacentCue: boolean;
	/** Some cue, near or far, names a speaker. */
	readonly anyCue: boolean;
	/**
	 * An infinitive stands between the quote's cue (or its sentence's start) and the quote (`she said,
	 * commenting on the plan to create a “coalition of the willing”`): a labelled phrase names a thing in what was
	 * done rather than quoting words.
	 */
	readonly labelInReport: boolean;
	/** Lower-case words before the opening mark in the same sentence, nearest last. */
	readonly wordsBefore: readonly string[];
	/** The token right before the opening mark in the same sentence, or null at a sentence start. */
	readonly previous: string | null;
	/** The quote sits in a headline written in Title Case, where capitals say nothing. */
	readonly inTitleCaseHeadline: boolean;
	/** The quote sits in a headline or standfirst, where quotation marks mean speech. */
	readonly inHeadline: boolean;
	/** A colon follows the closing mark: `‘We were never told’: tenants say…`. */
	readonly followedByColon: boolean;
	/** `by` and a name follow the closing mark: `“The Living Room to close,” by the Times’ Ben Sisario`. */
	readonly followedByAuthor: boolean;
}

/**
 * Longer fragments nobody is said to have spoken still count as speech: the scorer ignores a prediction
 * that gold lists as a scare quote, but a missed quote costs recall.
 */
const SCARE_MAX_WORDS = 3;
const LABEL_MAX_WORDS = 6;
const TITLE_MAX_WORDS = 12;
/** Past this many words every rule here reads a quote the same way. */
const LONG_QUOTE_WORDS = TITLE_MAX_WORDS + 1;

/** `don’t`, `well-known`: apostrophes and hyphens join a quote's words; stops do not. */
const joinsQuoteWords = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2d;

/** Words in a quote, counted up to `limit` (past it, only that it is long matters). */
export function countQuoteWords(text: string, limit = Number.POSITIVE_INFINITY): number {
	return countWordsBetween(text, 0, text.length, joinsQuoteWords, limit);
}

/** Every word capitalised but the small ones: “The Art of the Deal”, “Make America Great Again”. */
export function isTitleCase(text: string): boolean {
	let words = 0;
	// Word by word, as countQuoteWords reads them, stopping at the first that is not: most quotes fail at once.
	for (let at = 0; at < text.length; ) {
		if (!isLetterOrDigitAt(text, at)) {
			at += codeUnitsAt(text, at);
			continue;
		}
		const end = wordEnd(text, at, text.length, joinsQuoteWords);
		const capitalised = startsCapitalOrNumber(text, at);
		if (!capitalised && (words === 0 || !SMALL_TITLE_WORDS.has(text.slice(at, end).toLowerCase()))) return false;
		words++;
		at = end;
	}
	return words > 0;
}

const CAPITAL_OR_NUMBER = /^[\p{Lu}\p{N}]/u;

/** What /^[\p{Lu}\p{N}]/u matches at `at`, ASCII read by char code. */
function startsCapitalOrNumber(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
	return CAPITAL_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(at)!));
}

/**
 * direct: a whole statement; partial: a fragment worked into reported speech (`She claimed that “…”`);
 * scare: a few words nobody is said to have spoken; title: the name of a work or a slogan.
 */
export function classifyQuote(context: KindContext): QuoteKind {
	const text = context.text.trim();
	const words = countQuoteWords(text, LONG_QUOTE_WORDS);
	const endsLikeSpeech = /[.,!?…;:]['’"”]*$/.test(text);
	const workCue = context.wordsBefore.slice(-3).some((word) => WORK_CUES.has(word));
	const titleCase = !context.inTitleCaseHeadline && words <= TITLE_MAX_WORDS && isTitleCase(text);
	if (context.nested) return titleCase && (words >= 2 || workCue) ? 'title' : 'scare';
	// A piece's headline credited to its writer, as round-ups quote them.
	if (context.followedByAuthor && /,$/.test(text)) return 'title';
	// `on CNN’s “State of the Union,” while …`, `on ABC’s “This Week.”`: American commas and stops inside the marks.
	const closesLikeTitle = !/[.,;:]$/.test(text) || (/[.,]$/.test(text) && context.previous !== null && context.previous !== ':');
	if (titleCase && closesLikeTitle && (workCue || (!context.adjacentCue && !context.inHeadline && words >= 2))) return 'title';
	if (!context.adjacentCue && !endsLikeSpeech && !context.followedByColon) {
		// `a “coalition of the willing”`: a determiner outside the marks makes the words a label.
		const labelled = context.previous !== null && (LABEL_CUES.has(context.previous) || /[’']s$/.test(context.previous));
		// `repeated his claim that the “…”`, `calling it a “poor choice of words”`: four to six words are quoted
		// speech, unless they name a thing in what was done (`to create a “coalition of the willing”`).
		if (labelled && (words <= SCARE_MAX_WORDS || (words <= LABEL_MAX_WORDS && context.labelInReport))) return 'scare';
		if (!context.anyCue && !context.inHeadline && words <= SCARE_MAX_WORDS) return 'scare';
	}
	if (context.previous === null || context.previous === ':' || context.previous === ',' || context.previous === '—' || context.previous === '–') return 'direct';
	return /^[\p{Lu}\p{N}]/u.test(text) && context.adjacentCue ? 'direct' : 'partial';
}

/** A quote inside a quote is someone quoted by the speaker: a title, or else a scare quote. */
export function nestedKind(text: string, span: QuoteSpan, titleCaseHeadlines: ReadonlySet<number>): QuoteKind {
	return classifyQuote({
		text: text.slice(span.start, span.end),
		nested: true,
		adjacentCue: false,
		anyCue: false,
		labelInReport: false,
		wordsBefore: text.slice(Math.max(0, span.openStart - 40), span.openStart).toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean),
		previous: null,
		inTitleCaseHeadline: titleCaseHeadlines.has(span.paragraph),
		inHeadline: false,
		followedByColon: false,
		followedByAuthor: false,
	});
}
