/** Characters of context kept on each side of a highlight, as Hypothesis stores them. */
export const CONTEXT_LENGTH = 32;

/** W3C TextQuoteSelector: the highlighted text and its surroundings. */
export interface TextQuoteSelector {
	readonly exact: string;
	readonly prefix: string;
	readonly suffix: string;
}

/** W3C TextPositionSelector: UTF-16 offsets into the article text. */
export interface TextPositionSelector {
	readonly start: number;
	readonly end: number;
}

export type HighlightSelectors = TextQuoteSelector & TextPositionSelector;

export class InvalidRangeError extends Error {}

export function assertValidRange(text: string, start: number, end: number): void {
	if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
		throw new InvalidRangeError(`not a range of the article text: ${start}..${end} (text length ${text.length})`);
	}
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves a context boundary by one unit rather than split a surrogate pair, so the stored JSON holds whole characters. */
function contextStart(text: string, start: number): number {
	const from = Math.max(0, start - CONTEXT_LENGTH);
	return from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1)) ? from + 1 : from;
}

function contextEnd(text: string, end: number): number {
	const to = Math.min(text.length, end + CONTEXT_LENGTH);
	return to < text.length && isLowSurrogate(text.charCodeAt(to)) && isHighSurrogate(text.charCodeAt(to - 1)) ? to - 1 : to;
}

export function selectorsFor(text: string, start: number, end: number): HighlightSelectors {
	assertValidRange(text, start, end);
	return {
		exact: text.slice(start, end),
		prefix: text.slice(contextStart(text, start), start),
		suffix: text.slice(end, contextEnd(text, end)),
		start,
		end,
	};
}
