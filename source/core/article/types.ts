import type { Markup } from './markdown.js';

export type ParagraphKind = 'title' | 'dek' | 'byline' | 'caption' | 'body' | 'boilerplate';

export interface Paragraph {
	/** Offsets into `Article.text` of the trimmed paragraph: `text.slice(start, end)`. */
	readonly start: number;
	readonly end: number;
	readonly kind: ParagraphKind;
}

export interface FrontMatter {
	readonly title?: string;
	readonly source?: string;
	readonly url?: string;
	readonly byline?: string;
	readonly date?: string;
	/** The feed an article came from (`refresh` writes it): the feed's address. */
	readonly feed?: string;
}

export interface Article {
	/** The decoded text, front matter removed: every offset anywhere refers to this string. */
	readonly text: string;
	readonly fingerprint: string;
	readonly title: string;
	/** True when the text has no headline line and the title was derived from the first sentence. */
	readonly titleDerived: boolean;
	readonly dek: string | null;
	readonly source: string | null;
	readonly byline: string | null;
	readonly date: string | null;
	readonly url: string | null;
	/** The address of the feed it came from (front matter `feed`), for articles `refresh` brought in. */
	readonly feed: string | null;
	readonly paragraphs: readonly Paragraph[];
	readonly words: number;
	/** For a Markdown file: markers to hide, styles and links, as ranges of `text`. */
	readonly markup?: Markup;
}

/** Paragraph kinds folded into one line by default: a terminal shows no photo, and boilerplate is noise. */
export function isFoldedKind(kind: ParagraphKind): boolean {
	return kind === 'boilerplate' || kind === 'caption';
}

export interface RawParagraph {
	readonly start: number;
	readonly end: number;
	/** Index of the blank-line-separated block this paragraph came from. */
	readonly block: number;
	/** Number of paragraphs in that block. */
	readonly blockSize: number;
}
