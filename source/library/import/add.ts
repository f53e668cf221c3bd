import { extname, resolve } from 'node:path';
import { documentToArticle, type RawDocument } from '../../core/import/index.js';
import { mediaType } from '../../core/import/content.js';
import { NotAnArticleError } from '../../core/import/html-article.js';
import type { ImportedArticle } from '../../core/import/article-file.js';
import { describeFsError } from '../load.js';
import { commitArticle, type Committed } from './commit.js';
import type { DuplicateIndex } from './duplicates.js';
import { FetchError, fetchDocument, type FetchLimits } from './fetch.js';
import { ReadError, readRegularFile, readStream } from './read.js';

/** What `add` is given: a web address, a saved file, or standard input (`-`). */
export type ImportInput = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'file'; readonly path: string } | { readonly kind: 'stdin' };

/** Why an import failed, in one line: "the server answered 404 Not Found", "no article text on the page". */
export class ImportError extends Error {}

const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1';

/** Media types that are never an article, refused before their body is read (podcast episodes, videos, PDFs). */
function refuseMedia(contentType: string | null): string | null {
	const type = mediaType(contentType);
	return /^(audio|video|image|font)\/|^application\/(pdf|zip|gzip)$/.test(type) ? `not a web page or text (${type})` : null;
}

/** A command-line argument as an input: `-` is standard input, anything with a scheme an address, the rest a file. */
export function parseImportInput(argument: string): ImportInput {
	if (argument === '-') return { kind: 'stdin' };
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(argument) || /^(mailto|javascript|data|about|file|ftp):/i.test(argument)) return { kind: 'url', url: argument };
	return { kind: 'file', path: argument };
}

const HINTS: Readonly<Record<string, 'html' | 'text'>> = {
	'.html': 'html',
	'.htm': 'html',
	'.xhtml': 'html',
	'.txt': 'text',
	'.text': 'text',
	'.md': 'text',
	'.markdown': 'text',
};

export interface LoadedDocument {
	readonly document: RawDocument;
	/** Addresses it is known by besides the one its page names: as given, after redirects. */
	readonly alsoKnownAs: readonly string[];
}

/** Fetches or reads an input. Throws ImportError. */
export async function loadDocument(
	input: ImportInput,
	options: FetchLimits & { cwd: string; stdin?: AsyncIterable<Uint8Array | string> },
): Promise<LoadedDocument> {
	try {
		switch (input.kind) {
			case 'url': {
				const fetched = await fetchDocument(input.url, { ...options, accept: PAGE_ACCEPT, refuse: refuseMedia });
				if (fetched.status !== 'fetched') throw new ImportError('the server sent nothing new');
				return { document: { bytes: fetched.bytes, contentType: fetched.contentType, url: fetched.url }, alsoKnownAs: [input.url, fetched.url] };
			}
			case 'file': {
				const path = resolve(options.cwd, input.path);
				const hint = HINTS[extname(path).toLowerCase()];
				return { document: { bytes: await readRegularFile(path, options.maxBytes), contentType: null, ...(hint ? { hint } : {}) }, alsoKnownAs: [] };
			}
			case 'stdin':
				if (!options.stdin) throw new ImportError('there is no standard input');
				return { document: { bytes: await readStream(options.stdin, options.maxBytes), contentType: null }, alsoKnownAs: [] };
		}
	} catch (error) {
		if (error instanceof FetchError || error instanceof ReadError) throw new ImportError(error.message);
		throw error;
	}
}

/** A loaded document as an article. Throws ImportError for what is not one. */
export function toArticle(loaded: LoadedDocument): ImportedArticle {
	try {
		return documentToArticle(loaded.document);
	} catch (error) {
		if (error instanceof NotAnArticleError) throw new ImportError(error.message);
		throw error;
	}
}

export type Added = Committed & { readonly article: ImportedArticle };

/**
 * The whole of `marginalia add` for one input: fetch or read, convert, and add to `dir` unless the
 * library has it. Throws ImportError (one line) for anything the user can act on; nothing is half-written.
 */
export async function addToLibrary(
	input: ImportInput,
	options: FetchLimits & { dir: string; cwd: string; stdin?: AsyncIterable<Uint8Array | string>; index?: DuplicateIndex },
): Promise<Added> {
	const loaded = await loadDocument(input, options);
	const article = toArticle(loaded);
	try {
		const committed = await commitArticle(article, { dir: options.dir, alsoKnownAs: loaded.alsoKnownAs, ...(options.index ? { index: options.index } : {}) });
		return { ...committed, article };
	} catch (error) {
		throw new ImportError(`cannot write to ${options.dir}: ${describeFsError(error)}`);
	}
}
