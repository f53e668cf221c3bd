import { ELISIONS } from '../lexicon/index.js';
import { isSpeechVerb } from '../cues/speech-verbs.js';
import { isWhiteSpace } from '../../text/characters.js';

/**
 * Finds the spans between quotation marks. Handles curly, straight, single, guillemet, low-high („ “) and
 * backtick (``…'') marks, nesting, mixed pairs ("…”), apostrophes, quotes continued over paragraphs (an opening mark on each,
 * the closing mark only at the end) and marks left open at a paragraph end.
 */

export type MarkFamily = 'double' | 'single';

export interface SpeechParagraph {
	/** Index into `Article.paragraphs`. */
	readonly index: number;
	readonly start: number;
	readonly end: number;
}

export interface QuoteSpan {
	readonly openStart: number;
	/** Offsets of the text between the marks. */
	readonly start: number;
	readonly end: number;
	/** Just past the closing mark; equals `end` when the mark was never closed. */
	readonly closeEnd: number;
	readonly paragraph: number;
	readonly depth: number;
	readonly closed: boolean;
	readonly family: MarkFamily;
}

interface OpenMark {
	readonly family: MarkFamily;
	readonly mark: string;
	readonly openStart: number;
	readonly contentStart: number;
	readonly paragraph: number;
	readonly depth: number;
	/** For a quote continued over paragraphs, where each paragraph's part opens, and (but the last) ends. */
	readonly parts: { openStart: number; contentStart: number; paragraph: number; end: number }[];
}

/**
 * A quote continued over more paragraphs than this, or longer than this many characters, is a speech or a
 * transcript quoted at length: each paragraph is a passage of its own, as news annotation counts them, not one
 * quote of thousands of characters.
 */
const CONTINUED_PARAGRAPHS_MAX = 4;
const CONTINUED_CHARS_MAX = 1200;

const APOSTROPHES = new Set(["'", '’', '‘']);
/** The next quotation mark or apostrophe from `lastIndex` on. */
const NEXT_MARK = /[“”„‟«»"‘’'‚‹›`]/g;
const DOUBLE_OPENERS = new Set(['“', '"', '«', '„', '‟']);
const SINGLE_OPENERS = new Set(['‘', "'", '‚', '‹']);
const CLOSING_MARKS = new Set(['”', '"', '»', '’', "'", '›', '“']);
const OPENING_PUNCTUATION = new Set(['(', '[', '{', '—', '–', '-', '/', '“', '‘', '«', '„', '"', "'", '‹', '‚']);
const CLOSING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '—', '–', '-', '”', '’', '»', '"', "'", '›']);
const SENTENCE_LEAD_PUNCTUATION = new Set(['.', '!', '?', ':', ';', ',', '—', '–', '-', '…']);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER_START = /[\p{Lu}\p{N}…]/u;
/** `’90s`, `’em`, `’til`: an apostrophe clipping the start of a word or number. */
const ELISION = new RegExp(`^(\\d\\d?s?\\b|(?:${[...ELISIONS].join('|')})\\b)`, 'i');

const isSpace = (ch: string) => ch === '' || isWhiteSpace(ch.charCodeAt(0));
const isWordChar = (ch: string) => ch !== '' && WORD_CHAR.test(ch);

export function findQuoteSpans(text: string, paragraphs: readonly SpeechParagraph[]): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let stack: OpenMark[] = [];

	const emit = (entry: OpenMark, end: number, closeEnd: number, closed: boolean) => {
		const parts = entry.parts;
		if (parts.length > 1 && (parts.length > CONTINUED_PARAGRAPHS_MAX || end - entry.contentStart > CONTINUED_CHARS_MAX)) {
			parts.forEach((part, k) => {
				const last = k === parts.length - 1;
				emitSpan({ ...entry, ...part }, last ? end : part.end, last ? closeEnd : part.end, last && closed);
			});
			return;
		}
		emitSpan(entry, end, closeEnd, closed);
	};

	const emitSpan = (entry: Pick<OpenMark, 'openStart' | 'contentStart' | 'paragraph' | 'depth' | 'family'>, end: number, closeEnd: number, closed: boolean) => {
		let start = entry.contentStart;
		let contentEnd = end;
		while (start < contentEnd && isWhiteSpace(text.charCodeAt(start))) start++;
		while (contentEnd > start && isWhiteSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
		if (contentEnd <= start) return;
		spans.push({
			openStart: entry.openStart,
			start,
			end: contentEnd,
			closeEnd,
			paragraph: entry.paragraph,
			depth: entry.depth,
			closed,
			family: entry.family,
		});
	};

	/** Closes the innermost open mark of a family; marks opened inside it end here too. */
	const closeFamily = (family: MarkFamily, at: number, width = 1) => {
		for (let k = stack.length - 1; k >= 0; k--) {
			if (stack[k]!.family !== family) continue;
			for (let inner = stack.length - 1; inner > k; inner--) emit(stack[inner]!, at, at, false);
			emit(stack[k]!, at, at + width, true);
			stack = stack.slice(0, k);
			return;
		}
	};

	paragraphs.forEach((paragraph, order) => {
		let from = paragraph.start;
		const continued = stack[0];
		if (continued && stack.length === 1 && text[from] !== undefined && openerOfFamily(text[from]!, continued.family)) {
			const width = isBacktickOpener(text, from, paragraph.end) ? 2 : 1;
			continued.parts.push({ openStart: from, contentStart: from + width, paragraph: paragraph.index, end: paragraph.end });
			from += width;
		}

		for (let i = from; i < paragraph.end; i++) {
			NEXT_MARK.lastIndex = i;
			const found = NEXT_MARK.exec(text);
			if (found === null || found.index >= paragraph.end) break;
			i = found.index;
			const ch = text[i]!;
			const backticks = isBacktickOpener(text, i, paragraph.end);
			if (ch === '`' && !backticks) continue;
			// `''…''`, `’’…’’`, `‘‘…’’`: two single marks written for one double mark, read as a straight `"`.
			const width = backticks || (APOSTROPHES.has(ch) && APOSTROPHES.has(text[i + 1] ?? '') && i + 1 < paragraph.end) ? 2 : 1;
			const mark = backticks ? '„' : width === 2 ? '"' : ch;
			const prev = i > paragraph.start ? text[i - 1]! : '';
			const next = i + width < paragraph.end ? text[i + width]! : '';
			const action = classifyMark(text, i + width - 1, mark, prev, next, paragraph.end, stack);
			if (action === 'open-double' || action === 'open-single') {
				stack.push({
					family: action === 'open-double' ? 'double' : 'single',
					mark,
					openStart: i,
					contentStart: i + width,
					paragraph: paragraph.index,
					depth: stack.length,
					parts: [{ openStart: i, contentStart: i + width, paragraph: paragraph.index, end: paragraph.end }],
				});
			} else if (action === 'close-double') closeFamily('double', i, width);
			else if (action === 'close-single') closeFamily('single', i, width);
			i += width - 1;
		}

		if (stack.length === 0) return;
		const outer = stack[0]!;
		for (let k = stack.length - 1; k >= 1; k--) emit(stack[k]!, paragraph.end, paragraph.end, false);
		const following = paragraphs[order + 1];
		if (following && continuesInto(text, outer, paragraph, following)) {
			stack = [outer];
			return;
		}
		stack = [];
		// A mark left open before a closed quote of its own family (“unclosed “We will win,” she said) is a
		// stray mark, not a quote holding that one: the quotes after it are top-level quotes of their own.
		const inside = spans.filter((span) => span.openStart > outer.openStart && span.paragraph === paragraph.index);
		if (inside.some((span) => span.closed && span.family === outer.family && span.depth === outer.depth + 1)) {
			for (const span of inside) spans[spans.indexOf(span)] = { ...span, depth: span.depth - 1 };
			return;
		}
		emit(outer, paragraph.end, paragraph.end, false);
	});
	return spans.sort((a, b) => a.openStart - b.openStart);
}

type MarkAction = 'open-double' | 'open-single' | 'close-double' | 'close-single' | null;

function classifyMark(
	text: string,
	i: number,
	ch: string,
	prev: string,
	next: string,
	paragraphEnd: number,
	stack: readonly OpenMark[],
): MarkAction {
	const afterSpace = isSpace(prev) || OPENING_PUNCTUATION.has(prev);
	const beforeSpace = isSpace(next) || CLOSING_PUNCTUATION.has(next);
	const innermostDouble = findLast(stack, (entry) => entry.family === 'double');
	const top = stack[stack.length - 1];

	switch (ch) {
		case '„':
		case '‟':
			return 'open-double';
		case '“':
			if (innermostDouble && (innermostDouble.mark === '„' || (!afterSpace && beforeSpace))) return 'close-double';
			return 'open-double';
		case '”':
			if (innermostDouble) return 'close-double';
			return afterSpace && !beforeSpace ? 'open-double' : null;
		case '«':
			return 'open-double';
		case '»':
			if (innermostDouble) return 'close-double';
			return afterSpace && !beforeSpace ? 'open-double' : null;
		case '"':
			if (innermostDouble) {
				const nestedStraight = innermostDouble.mark !== '"' && afterSpace && !beforeSpace && hasLater(text, i, paragraphEnd, '"');
				return nestedStraight ? 'open-double' : 'close-double';
			}
			if (/\d/.test(prev) && !isWordChar(next)) return null; // inches: 6'2"
			// `"...and so`, `"'Never again' is…`: an opening mark before an ellipsis or a single mark.
			if (afterSpace && /^(\.\.\.|…|['‘]\p{L})/u.test(text.slice(i + 1, i + 4))) return 'open-double';
			return beforeSpace && prev !== '' ? null : 'open-double';
		case '‚':
		case '‹':
			return 'open-single';
		case '›':
			return stack.some((entry) => entry.family === 'single') ? 'close-single' : null;
		case '‘':
			if (/\d/.test(next)) return null; // ‘90s
			// `Trump‘s`, `‘bout`: the wrong mark written for an apostrophe.
			if (isWordChar(prev) && next === 's' && !isWordChar(text[i + 2] ?? '')) return null;
			if (!isWordChar(prev) && ELISION.test(text.slice(i + 1, i + 8))) return null;
			if (top?.family === 'single' && !afterSpace && beforeSpace) return 'close-single';
			return 'open-single';
		case '’':
		case "'": {
			if (isWordChar(prev) && isWordChar(next)) return null; // it’s, Russia's
			if (top?.family === 'single' && !afterSpace) {
				return isPluralPossessive(text, i, prev, next, paragraphEnd) ? null : 'close-single';
			}
			if (ch === "'" && afterSpace && isWordChar(next)) {
				if (ELISION.test(text.slice(i + 1, i + 8))) return null;
				return hasLaterStraightCloser(text, i, paragraphEnd) ? 'open-single' : null;
			}
			return null;
		}
		default:
			return null;
	}
}

/** “the workers’ rights”: a closing-looking mark after s, followed by a lower-case word, with another closer later. */
function isPluralPossessive(text: string, i: number, prev: string, next: string, paragraphEnd: number): boolean {
	if (prev !== 's' || next !== ' ') return false;
	if (!/\p{Ll}/u.test(text[i + 2] ?? '')) return false;
	for (let k = i + 2; k < paragraphEnd; k++) {
		const ch = text[k]!;
		if ((ch === '’' || ch === "'") && !isSpace(text[k - 1] ?? '') && !isWordChar(text[k + 1] ?? '')) return true;
		if (ch === '‘') return false;
	}
	return false;
}

function hasLaterStraightCloser(text: string, i: number, paragraphEnd: number): boolean {
	for (let k = i + 2; k < paragraphEnd; k++) {
		if (text[k] === "'" && !isSpace(text[k - 1]!) && !isWordChar(text[k + 1] ?? '')) return true;
	}
	return false;
}

function hasLater(text: string, i: number, paragraphEnd: number, mark: string): boolean {
	const at = text.indexOf(mark, i + 1);
	return at >= 0 && at < paragraphEnd;
}

function openerOfFamily(ch: string, family: MarkFamily): boolean {
	return family === 'double' ? DOUBLE_OPENERS.has(ch) || ch === '`' : SINGLE_OPENERS.has(ch);
}

/** ``…'': two backticks always open (a lone backtick is no quotation mark). */
const isBacktickOpener = (text: string, i: number, paragraphEnd: number): boolean =>
	text[i] === '`' && text[i + 1] === '`' && i + 1 < paragraphEnd;

/**
 * A quote left open at a paragraph end continues into the next paragraph when that paragraph opens with a
 * mark of the same family and the quote began like a whole sentence of speech. A fragment opened mid-sentence
 * (`would create “facts on the ground.`) is a mark someone forgot to close.
 */
function continuesInto(text: string, open: OpenMark, paragraph: SpeechParagraph, following: SpeechParagraph): boolean {
	const firstChar = text[following.start];
	if (firstChar === undefined || !openerOfFamily(firstChar, open.family)) return false;
	if (opensAttributedQuote(text, following, open.family)) return false;
	if (open.openStart < paragraph.start) return true; // already continued once: its lead-in was checked then
	let content = open.contentStart;
	while (content < paragraph.end && /[\s“‘"'«„`]/.test(text[content]!)) content++;
	if (!UPPER_START.test(text[content] ?? '')) return false;
	let before = open.openStart - 1;
	while (before >= paragraph.start && isWhiteSpace(text.charCodeAt(before))) before--;
	if (before < paragraph.start) return true;
	const lead = text[before]!;
	return SENTENCE_LEAD_PUNCTUATION.has(lead) || CLOSING_MARKS.has(lead);
}

const CLOSER_OF: Readonly<Record<MarkFamily, RegExp>> = { double: /[”"»“]|''/g, single: /[’']/g };
const NAME_OR_PRONOUN = /^\s*[,—–-]?\s*(?:(?:he|she|they|it)\b|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)\s+(?:also\s+)?([\p{Ll}]+)/u;
const VERB_FIRST = /^\s*[,—–-]?\s*([\p{Ll}]+)\s+\p{Lu}/u;

/**
 * The next paragraph's first quote closes there and is attributed at once (`“…,” Lavrov said.`): a new
 * quote, so an unclosed mark before it was left open by mistake rather than continued.
 */
function opensAttributedQuote(text: string, following: SpeechParagraph, family: MarkFamily): boolean {
	const closers = CLOSER_OF[family];
	closers.lastIndex = following.start + 1;
	for (let match = closers.exec(text); match && match.index < following.end; match = closers.exec(text)) {
		const after = text.slice(match.index + match[0].length, Math.min(following.end, match.index + 80));
		if (!/^\s/.test(after) && !/^[,.—–]/.test(after)) continue;
		const verb = NAME_OR_PRONOUN.exec(after)?.[1] ?? VERB_FIRST.exec(after)?.[1];
		return verb !== undefined && isSpeechVerb(verb);
	}
	return false;
}

function findLast<T>(items: readonly T[], predicate: (item: T) => boolean): T | undefined {
	for (let k = items.length - 1; k >= 0; k--) if (predicate(items[k]!)) return items[k];
	return undefined;
}
