import { articleFileContent, type ImportedArticle } from '../../core/import/article-file.js';
import { DEFAULT_MAX_BYTES } from './fetch.js';
import { ImportError, toArticle } from './add.js';
import { ReadError, readStream } from './read.js';

/** Standard input as the reader's startup sees it. */
export interface PipedInput extends AsyncIterable<Uint8Array | string> {
	readonly isTTY?: boolean;
}

export interface PipedArticle {
	readonly article: ImportedArticle;
	/** The article file's content: what the reader parses to show it, and what `a`/`H` would save. */
	readonly content: string;
}

/**
 * For `curl -s URL | marginalia` and `marginalia -`: the article on standard input, HTML through the same
 * conversion as `add`, text as it is. Null when standard input is a terminal or holds only white space.
 * Throws ImportError (one line) for input that is not an article or is too large.
 */
export async function readPipedArticle(stdin: PipedInput, options: { maxBytes?: number } = {}): Promise<PipedArticle | null> {
	if (stdin.isTTY === true) return null;
	let bytes: Uint8Array;
	try {
		bytes = await readStream(stdin, options.maxBytes ?? DEFAULT_MAX_BYTES);
	} catch (error) {
		throw error instanceof ReadError ? new ImportError(`standard input: ${error.message}`) : error;
	}
	if (Buffer.from(bytes).toString('utf8').trim() === '') return null;
	const article = toArticle({ document: { bytes, contentType: null }, alsoKnownAs: [] });
	return { article, content: articleFileContent(article) };
}
