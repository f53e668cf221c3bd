import type { Article } from '../../article/article.js';
import { isTitleCase } from './kinds.js';
import type { SpeechParagraph } from './marks.js';

/** The paragraphs whose quotation marks may hold speech: all but boilerplate and captions, the headline kept. */
export function speechParagraphs(article: Article, headlineIndex: number): SpeechParagraph[] {
	const speech: SpeechParagraph[] = [];
	article.paragraphs.forEach((paragraph, index) => {
		if ((paragraph.kind !== 'boilerplate' && paragraph.kind !== 'caption') || index === headlineIndex) {
			speech.push({ index, start: paragraph.start, end: paragraph.end });
		}
	});
	return speech;
}

/** Where quotation marks mean speech whatever the length: headline, standfirst, live-blog entry headings. */
export function headlineParagraphs(article: Article, headlineIndex: number): { headlines: Set<number>; titleCaseHeadlines: Set<number> } {
	const headlines = new Set<number>();
	const titleCaseHeadlines = new Set<number>();
	article.paragraphs.forEach((paragraph, index) => {
		const value = article.text.slice(paragraph.start, paragraph.end);
		if (index === headlineIndex || paragraph.kind === 'dek' || isSubhead(value)) headlines.add(index);
		if (index === headlineIndex && isTitleCase(value.replace(/[“”"‘’'«»„]/g, ''))) titleCaseHeadlines.add(index);
	});
	return { headlines, titleCaseHeadlines };
}

/**
 * The headline's paragraph. A first line that was folded as a repeat of the title it gave (a headline opening
 * with a quote: `‘We were never told’: tenants say…`) is still the headline.
 */
export function headlineParagraph(article: Article): number {
	const titled = article.paragraphs.findIndex((paragraph) => paragraph.kind === 'title');
	if (titled >= 0) return titled;
	const first = article.paragraphs[0];
	if (!first) return -1;
	const line = article.text.slice(first.start, first.end);
	// `Milbank: Republicans ‘Waving The Flag Of Surrender’ To Trump.`: a first line in Title Case is a headline,
	// even closed by a full stop (which keeps it from being taken as the title).
	if (first.kind === 'body' && isHeadlineInTitleCase(line)) return 0;
	if (first.kind !== 'boilerplate') return -1;
	const squash = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
	return squash(line) === squash(article.title) ? 0 : -1;
}

/** A headline's length at most. */
const HEADLINE_CHARS = 160;

function isHeadlineInTitleCase(line: string): boolean {
	return line.length <= HEADLINE_CHARS && !line.includes('\n') && isTitleCase(line.replace(/[“”"‘’'«»„]/g, ''));
}

/** A short line with no closing punctuation between stretches of copy: a live blog's entry heading. */
function isSubhead(paragraph: string): boolean {
	return paragraph.length <= 100 && !paragraph.includes('\n') && !/[.!?:;,…]['’"”»]*$/.test(paragraph);
}

