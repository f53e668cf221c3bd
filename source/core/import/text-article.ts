import { splitFrontMatter } from '../article/article.js';
import { countWords, decodeArticleText } from '../text/article-text.js';
import type { ImportedArticle } from './article-file.js';
import { NotAnArticleError } from './html-article.js';

/** Plain text (or Markdown) → an article, the text as it is: its own front matter is kept, an address added. */
export function textToArticle(text: string, source: { url?: string } = {}): ImportedArticle {
	const { meta, body } = splitFrontMatter(decodeArticleText(text));
	const trimmed = body.replace(/^\s*\n/, '').replace(/\s+$/, '');
	if (countWords(trimmed) === 0) throw new NotAnArticleError('there is no text');
	// Markdown's `# Heading` first line is the title; the text keeps it as written.
	const heading = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(trimmed.split('\n', 1)[0]!)?.[1];
	return {
		meta: {
			...meta,
			...(meta.title === undefined && heading ? { title: heading } : {}),
			...(meta.url === undefined && source.url ? { url: source.url } : {}),
		},
		body: `${trimmed}\n`,
	};
}
