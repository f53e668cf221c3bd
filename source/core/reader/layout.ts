import stringWidth from 'string-width';
import { isFoldedKind, type Article, type ParagraphKind } from '../article/article.js';
import { graphemes } from '../text/graphemes.js';
import { sanitizeInline } from '../text/sanitize.js';

export type LineKind = ParagraphKind | 'blank' | 'fold';

/**
 * One row of the reader's column. A line is a range of the article text; what it shows is
 * `sanitizeInline(text.slice(start, end))`, so styles given as article offsets can be cut into it.
 */
export interface LayoutLine {
	readonly kind: LineKind;
	/** Index into `Article.paragraphs` of the (first) paragraph on this line; -1 for a blank line. */
	readonly paragraph: number;
	readonly start: number;
	readonly end: number;
	/** For a fold line: how many paragraphs it stands for. */
	readonly folded?: number;
}

export interface Layout {
	readonly width: number;
	readonly lines: readonly LayoutLine[];
}

export interface LayoutOptions {
	/** Columns available for text. */
	readonly width: number;
	/** Show boilerplate and captions in full instead of one folded line. */
	readonly unfold: boolean;
}

/** The readable column: at most 80 columns, with a margin in narrower terminals. */
export const MAX_COLUMN = 80;

export function columnWidth(terminalColumns: number): number {
	return Math.max(10, Math.min(MAX_COLUMN, terminalColumns - 4));
}

function displayWidth(text: string): number {
	return stringWidth(sanitizeInline(text));
}

/**
 * Greedy word wrap of `text[start, end)` into ranges no wider than `width` columns. White space at a
 * break is dropped; a word wider than the column is cut between graphemes.
 */
export function wrapRange(text: string, start: number, end: number, width: number): Array<{ start: number; end: number }> {
	const ranges: Array<{ start: number; end: number }> = [];
	const tokens = /\s+|\S+/g;
	tokens.lastIndex = start;
	let lineStart = -1;
	let lineEnd = -1;
	let lineWidth = 0;
	let pendingSpaceWidth = 0;
	const flush = () => {
		if (lineStart >= 0) ranges.push({ start: lineStart, end: lineEnd });
		lineStart = -1;
		lineWidth = 0;
		pendingSpaceWidth = 0;
	};
	for (let match = tokens.exec(text); match && match.index < end; match = tokens.exec(text)) {
		const tokenStart = match.index;
		const tokenEnd = Math.min(end, tokenStart + match[0].length);
		const token = text.slice(tokenStart, tokenEnd);
		// A token far longer than the line is too wide without measuring it (string-width on a huge string is slow).
		const surelyTooWide = token.length > width * 16;
		if (/^\s/.test(token)) {
			// Measured as shown: a line break inside a paragraph shows as a space, but a tab beside it as four.
			if (lineStart >= 0) pendingSpaceWidth = surelyTooWide ? width + 1 : displayWidth(token);
			continue;
		}
		const tokenWidth = surelyTooWide ? Number.POSITIVE_INFINITY : displayWidth(token);
		if (lineStart >= 0 && lineWidth + pendingSpaceWidth + tokenWidth <= width) {
			lineWidth += pendingSpaceWidth + tokenWidth;
			lineEnd = tokenEnd;
			pendingSpaceWidth = 0;
			continue;
		}
		flush();
		if (tokenWidth <= width) {
			lineStart = tokenStart;
			lineEnd = tokenEnd;
			lineWidth = tokenWidth;
			continue;
		}
		let offset = tokenStart;
		for (const { segment } of graphemes(token)) {
			const segmentWidth = displayWidth(segment);
			if (lineStart >= 0 && lineWidth + segmentWidth > width) flush();
			if (lineStart < 0) lineStart = offset;
			lineWidth += segmentWidth;
			offset += segment.length;
			lineEnd = offset;
		}
	}
	flush();
	return ranges;
}

export function layoutArticle(article: Article, options: LayoutOptions): Layout {
	const width = Math.max(1, options.width);
	const lines: LayoutLine[] = [];
	const { paragraphs } = article;
	let index = 0;
	while (index < paragraphs.length) {
		if (lines.length > 0) {
			const previous = lines[lines.length - 1]!;
			lines.push({ kind: 'blank', paragraph: -1, start: previous.end, end: previous.end });
		}
		const paragraph = paragraphs[index]!;
		if (!options.unfold && isFoldedKind(paragraph.kind)) {
			let last = index;
			while (last + 1 < paragraphs.length && isFoldedKind(paragraphs[last + 1]!.kind)) last++;
			lines.push({ kind: 'fold', paragraph: index, start: paragraph.start, end: paragraphs[last]!.end, folded: last - index + 1 });
			index = last + 1;
			continue;
		}
		for (const range of wrapRange(article.text, paragraph.start, paragraph.end, width)) {
			lines.push({ kind: paragraph.kind, paragraph: index, ...range });
		}
		index++;
	}
	return { width, lines };
}

/** The line showing `offset`: the last line starting at or before it (binary search). */
export function lineAtOffset(layout: Layout, offset: number): number {
	const { lines } = layout;
	let low = 0;
	let high = lines.length - 1;
	let found = 0;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (lines[middle]!.start <= offset) {
			found = middle;
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	// Blank lines share their offset with the line above; prefer the text line.
	while (found > 0 && lines[found]!.kind === 'blank') found--;
	return found;
}
