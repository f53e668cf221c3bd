import { countWords, decodeArticleText, fingerprintOf } from '../text/article-text.js';
import { isWhiteSpace } from '../text/characters.js';
import { visibleText } from '../text/hidden.js';
import type { Markup } from './markdown.js';
import { classifyParagraphs } from './paragraph-kinds.js';
import { isFoldedKind, type Article, type FrontMatter, type RawParagraph } from './types.js';

export type { Article, FrontMatter, Paragraph, ParagraphKind, RawParagraph } from './types.js';
export { isFoldedKind } from './types.js';

const FRONT_MATTER_KEYS = new Set(['title', 'source', 'url', 'byline', 'date', 'feed']);

/** Splits optional `---` front matter from the body. Unknown keys are ignored, malformed blocks are kept as text. */
export function splitFrontMatter(decoded: string): { meta: FrontMatter; body: string } {
	if (!decoded.startsWith('---\n')) return { meta: {}, body: decoded };
	const close = decoded.indexOf('\n---', 3);
	if (close < 0) return { meta: {}, body: decoded };
	const afterClose = decoded.indexOf('\n', close + 4);
	const closingLineEnd = afterClose < 0 ? decoded.length : afterClose;
	if (decoded.slice(close + 4, closingLineEnd).trim() !== '') return { meta: {}, body: decoded };
	const meta: Record<string, string> = {};
	for (const line of decoded.slice(4, close).split('\n')) {
		if (line.trim() === '') continue;
		const match = /^([A-Za-z_-]+)\s*:\s*(.*)$/.exec(line);
		if (!match) return { meta: {}, body: decoded };
		const key = match[1]!.toLowerCase();
		const value = match[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
		if (FRONT_MATTER_KEYS.has(key) && value !== '') meta[key] = value;
	}
	return { meta, body: afterClose < 0 ? '' : decoded.slice(afterClose + 1) };
}

/**
 * Blocks are separated by blank lines. Inside a block each line is its own paragraph (scraped text puts
 * dek, captions and a repeated title on consecutive lines), unless the block is hard-wrapped prose.
 * One pass, line by line (an 11 MB article has 120,000 lines).
 */
export function splitParagraphs(text: string): RawParagraph[] {
	const paragraphs: RawParagraph[] = [];
	let block: { start: number; end: number }[] = [];
	let blockIndex = 0;
	const endBlock = () => {
		if (block.length === 0) return;
		if (isHardWrapped(text, block)) {
			paragraphs.push({ start: block[0]!.start, end: block[block.length - 1]!.end, block: blockIndex, blockSize: 1 });
		} else {
			for (const line of block) paragraphs.push({ start: line.start, end: line.end, block: blockIndex, blockSize: block.length });
		}
		blockIndex++;
		block = [];
	};
	for (let lineStart = 0; lineStart <= text.length; ) {
		const newline = text.indexOf('\n', lineStart);
		const lineEnd = newline < 0 ? text.length : newline;
		let start = lineStart;
		let end = lineEnd;
		while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
		while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
		if (start === end) endBlock();
		else block.push({ start, end });
		lineStart = lineEnd + 1;
	}
	endBlock();
	return paragraphs;
}

/** Most lines 50–100 columns wide and several of them ending mid-sentence: prose wrapped by an editor. */
function isHardWrapped(text: string, block: readonly { start: number; end: number }[]): boolean {
	if (block.length < 2) return false;
	const allButLast = block.slice(0, -1);
	const proseWidth = allButLast.filter((l) => l.end - l.start >= 50 && l.end - l.start <= 100).length;
	const midSentence = allButLast.filter((l) => !/[.!?:"”’)\]]$/.test(text.slice(l.start, l.end))).length;
	return proseWidth >= allButLast.length * 0.6 && midSentence >= allButLast.length * 0.5;
}

export interface ParseOptions {
	/**
	 * Given for a Markdown file (markdown.ts's parseMarkup): its markers are hidden when shown, never removed
	 * from the text. Passed in rather than imported, so that reading plain text never loads Markdown's parser
	 * (60 modules, 75 ms).
	 */
	readonly parseMarkup?: (text: string) => Markup;
}

export function parseArticle(raw: Uint8Array | string, options: ParseOptions = {}): Article {
	const { meta, body: text } = splitFrontMatter(decodeArticleText(raw));
	const raws = splitParagraphs(text);
	const markup = options.parseMarkup?.(text);
	const classified = classifyParagraphs(text, raws, meta, (start, end) => visibleText(text, start, end, markup?.hidden));
	const { paragraphs } = classified;
	// Worked out when first read: `quotes` reads neither, and over 300 articles they cost a tenth of the parsing.
	let fingerprint: string | undefined;
	let words: number | undefined;
	return {
		text,
		get fingerprint() {
			return (fingerprint ??= fingerprintOf(text));
		},
		title: classified.title,
		titleDerived: classified.titleDerived,
		dek: classified.dek,
		source: meta.source ?? classified.source,
		byline: meta.byline ?? classified.byline,
		date: meta.date ?? null,
		url: meta.url ?? null,
		feed: meta.feed ?? null,
		paragraphs,
		// Paragraph by paragraph: no word runs from one paragraph into the next.
		get words() {
			return (words ??= paragraphs.reduce((sum, p) => (isFoldedKind(p.kind) ? sum : sum + countWords(text, p.start, p.end)), 0));
		},
		...(markup ? { markup } : {}),
	};
}
