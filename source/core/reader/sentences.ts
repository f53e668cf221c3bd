import { isFoldedKind, type Article } from '../article/types.js';
import type { TextRange } from '../text/range.js';
import { splitSentences } from '../text/sentences.js';

/** Every sentence of the article's shown paragraphs, in order; folded paragraphs only when unfolded. */
export function articleSentences(article: Article, includeFolded: boolean): TextRange[] {
	return article.paragraphs.flatMap((paragraph) =>
		!includeFolded && isFoldedKind(paragraph.kind) ? [] : splitSentences(article.text, paragraph.start, paragraph.end),
	);
}

/**
 * The sentences of the paragraphs a growing layout has laid out so far, found as it goes: an 11 MB article's
 * 80,000 sentences cost over a second, its first page's a millisecond. `list` is one array, extended in place.
 */
export class LaidOutSentences {
	readonly #article: Article;
	readonly #includeFolded: boolean;
	readonly #list: TextRange[] = [];
	/** The next paragraph to split. */
	#next = 0;

	constructor(article: Article, includeFolded: boolean) {
		this.#article = article;
		this.#includeFolded = includeFolded;
	}

	/** The sentences of every paragraph ending at or before `offset` (the layout's `laidOutTo`). */
	upTo(offset: number): readonly TextRange[] {
		const { paragraphs, text } = this.#article;
		while (this.#next < paragraphs.length && paragraphs[this.#next]!.end <= offset) {
			const paragraph = paragraphs[this.#next++]!;
			if (!this.#includeFolded && isFoldedKind(paragraph.kind)) continue;
			for (const sentence of splitSentences(text, paragraph.start, paragraph.end)) this.#list.push(sentence);
		}
		return this.#list;
	}
}
