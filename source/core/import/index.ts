// Turning what a user brings (a page, a saved file, piped text) into an article file's content. Pure.
export { articleFileContent, importedFingerprint, type ImportedArticle, type ImportedMeta } from './article-file.js';
export { classifyContent, decodeBody, looksBinary, looksLikeHtml, type ContentKind } from './content.js';
export { articleFileNames } from './file-name.js';
export { htmlToArticle, NotAnArticleError } from './html-article.js';
export { textToArticle } from './text-article.js';

import type { ImportedArticle } from './article-file.js';
import { classifyContent, decodeBody, looksBinary, mediaType } from './content.js';
import { htmlToArticle, NotAnArticleError } from './html-article.js';
import { textToArticle } from './text-article.js';

/** The bytes of a page or a file and what is known of them. */
export interface RawDocument {
	readonly bytes: Uint8Array;
	/** The Content-Type a server sent; null for files and standard input. */
	readonly contentType: string | null;
	/** Where it came from, for a fetched page. */
	readonly url?: string;
	/** How to read it when there is no media type: from a file's extension, or from the bytes. */
	readonly hint?: 'html' | 'text';
}

/**
 * Any document → an article: HTML through Readability, text as it is. Throws NotAnArticleError for what
 * is not an article (a binary file, an image, a feed, a page with no article on it).
 */
export function documentToArticle(document: RawDocument): ImportedArticle {
	const binary = looksBinary(document.bytes);
	const kind = binary ? 'other' : document.contentType === null && document.hint ? document.hint : classifyContent(document.contentType, document.bytes);
	const text = kind === 'other' ? '' : decodeBody(document.bytes, document.contentType);
	const source = document.url === undefined ? {} : { url: document.url };
	switch (kind) {
		case 'html':
			return htmlToArticle(text, source);
		case 'text':
			return textToArticle(text, source);
		case 'feed':
			throw new NotAnArticleError("it is a feed, not an article: subscribe with 'marginalia feed add'");
		case 'other': {
			const type = mediaType(document.contentType);
			// A server calling a PDF text/html is believed about nothing: say what the bytes are.
			const claimed = type === '' || /^text\/|html|xml/.test(type);
			throw new NotAnArticleError(binary && claimed ? 'binary content, not a web page or text' : `not a web page or text (${type})`);
		}
	}
}
