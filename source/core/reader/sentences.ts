import { isFoldedKind, type Article } from '../article/article.js';
import type { TextRange } from '../text/range.js';
import { splitSentences } from '../text/sentences.js';

/** Every sentence of the article's shown paragraphs, in order; folded paragraphs only when unfolded. */
export function articleSentences(article: Article, includeFolded: boolean): TextRange[] {
	return article.paragraphs.flatMap((paragraph) =>
		!includeFolded && isFoldedKind(paragraph.kind) ? [] : splitSentences(article.text, paragraph.start, paragraph.end),
	);
}
