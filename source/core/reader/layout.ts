import stringWidth from 'string-width';
import { isFoldedKind, type Article, type ParagraphKind } from '../article/article.js';
import { graphemes } from '../text/graphemes.js';
import { visibleText } from '../text/hidden.js';
import type { TextRange } from '../text/range.js';
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

function codePoints(text: string): string[] {
	return Array.from(text);
}

function displayWidth(text: string): number {
	return stringWidth(sanitizeInline(text));
}

/**
 * Greedy word wrap of `text[start, end)` into ranges no wider than `width` columns. White space at a
 * break is dropped; a word wider than the column is cut between graphemes.
 */
export function wrapRange(text: string, start: number, end: number, width: number, hidden?: readonly TextRange[]): Array<{ start: number; end: number }> {
	// Hidden markers (Markdown's) take no room on a line.
	const widthOf = (from: number, to: number) => displayWidth(hidden ? visibleText(text, from, to, hidden) : text.slice(from, to));
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
			if (lineStart >= 0) pendingSpaceWidth = surelyTooWide ? width + 1 : widthOf(tokenStart, tokenEnd);
			continue;
		}
		const tokenWidth = surelyTooWide ? Number.POSITIVE_INFINITY : widthOf(tokenStart, tokenEnd);
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
			// A cluster wider than the column (a base with a run of spacing marks) is cut between its code points.
			for (const piece of displayWidth(segment) > width ? codePoints(segment) : [segment]) {
				const pieceWidth = displayWidth(piece);
				if (lineStart >= 0 && lineWidth + pieceWidth > width) flush();
				if (lineStart < 0) lineStart = offset;
				lineWidth += pieceWidth;
				offset += piece.length;
				lineEnd = offset;
			}
		}
	}
	flush();
	return ranges;
}

/** The whole article laid out at once. For a long article, IncrementalLayout lays out only what is needed. */
export function layoutArticle(article: Article, options: LayoutOptions): Layout {
	const layout = new IncrementalLayout(article, options);
	layout.layOutMore(Number.POSITIVE_INFINITY);
	return { width: layout.width, lines: layout.lines };
}

/**
 * The layout of an article built paragraph by paragraph, as far as it is needed: the first page of an
 * 11 MB article without the 300,000 lines after it; the rest in slices (`layOutMore`) that a caller runs
 * between keys. Lines already laid out never change, so a page once shown stays as it was, and the
 * finished layout is the one layoutArticle gives (layoutArticle is this, run to the end).
 */
export class IncrementalLayout implements Layout {
	readonly width: number;
	readonly #article: Article;
	readonly #unfold: boolean;
	readonly #lines: LayoutLine[] = [];
	/** The next paragraph to lay out. */
	#next = 0;

	constructor(article: Article, options: LayoutOptions) {
		this.#article = article;
		this.width = Math.max(1, options.width);
		this.#unfold = options.unfold;
	}

	/** The lines laid out so far, from the start of the article. Grows; never rewritten. */
	get lines(): readonly LayoutLine[] {
		return this.#lines;
	}

	get complete(): boolean {
		return this.#next >= this.#article.paragraphs.length;
	}

	/** Offset up to which the text is laid out. */
	get laidOutTo(): number {
		const last = this.#article.paragraphs[this.#next - 1];
		return this.complete ? this.#article.text.length : (last?.end ?? 0);
	}

	/**
	 * Lines the whole article will have: exact once complete, else extrapolated from the text laid out so
	 * far (the reader shows the page count as "~N" until it is known).
	 */
	estimatedLineCount(): number {
		if (this.complete) return this.#lines.length;
		const done = this.laidOutTo;
		if (done === 0) return Math.max(1, Math.ceil(this.#article.text.length / this.width));
		return Math.max(this.#lines.length, Math.round((this.#lines.length * this.#article.text.length) / done));
	}

	/** Lays out until there are at least `count` lines, or the article ends. */
	ensureLines(count: number): void {
		while (this.#lines.length < count && !this.complete) this.#layOutParagraph();
	}

	/** Lays out until the line showing `offset` exists. */
	ensureOffset(offset: number): void {
		while (!this.complete && this.laidOutTo <= offset) this.#layOutParagraph();
	}

	/**
	 * One slice of background work: lays out paragraphs holding about `characters` of text (at least one
	 * paragraph). Returns whether the layout is complete.
	 */
	layOutMore(characters: number): boolean {
		const from = this.laidOutTo;
		while (!this.complete && this.laidOutTo - from < characters) this.#layOutParagraph();
		return this.complete;
	}

	/** Lays out the next paragraph, or the run of folded paragraphs starting there. */
	#layOutParagraph(): void {
		const { paragraphs, text } = this.#article;
		const lines = this.#lines;
		const index = this.#next;
		if (lines.length > 0) {
			const previous = lines[lines.length - 1]!;
			lines.push({ kind: 'blank', paragraph: -1, start: previous.end, end: previous.end });
		}
		const paragraph = paragraphs[index]!;
		if (!this.#unfold && isFoldedKind(paragraph.kind)) {
			let last = index;
			while (last + 1 < paragraphs.length && isFoldedKind(paragraphs[last + 1]!.kind)) last++;
			lines.push({ kind: 'fold', paragraph: index, start: paragraph.start, end: paragraphs[last]!.end, folded: last - index + 1 });
			this.#next = last + 1;
			return;
		}
		for (const range of wrapRange(text, paragraph.start, paragraph.end, this.width, this.#article.markup?.hidden)) {
			lines.push({ kind: paragraph.kind, paragraph: index, ...range });
		}
		this.#next = index + 1;
	}
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
