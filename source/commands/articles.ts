import { stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { sanitizeInline } from '../core/text/sanitize.js';
import { describeFsError, listLibrary, type LoadedArticle } from '../library/load.js';
import type { CommandIO } from './io.js';

export interface NamedArticle {
	/** The path as the user gave it (a folder's files joined onto it), as commands print it. */
	readonly file: string;
	readonly loaded: LoadedArticle;
}

export interface LoadedArticles {
	readonly articles: NamedArticle[];
	/** One line for each path or file that could not be read, naming it (sanitised). */
	readonly problems: string[];
}

/**
 * Articles under each path. A path or file that cannot be read (missing, too large, a FIFO, a folder named
 * `.txt`, a loop of links, unreadable) does not stop the others: it is named in `problems`.
 */
export async function loadArticles(paths: readonly string[], io: CommandIO): Promise<LoadedArticles> {
	const articles: NamedArticle[] = [];
	const problems: string[] = [];
	for (const given of paths) {
		const absolute = resolve(io.cwd, given);
		let isFolder: boolean;
		try {
			isFolder = (await stat(absolute)).isDirectory();
		} catch (error) {
			problems.push(`cannot read ${sanitizeInline(given)}: ${describeFsError(error)}`);
			continue;
		}
		const shown = (path: string) => (isFolder ? join(given, relative(absolute, path)) : given);
		const listing = await listLibrary([absolute]);
		for (const file of listing.unreadable) problems.push(`cannot read ${sanitizeInline(shown(file.path))}: ${file.reason}`);
		if (listing.problem) problems.push(sanitizeInline(listing.problem));
		for (const loaded of listing.articles) articles.push({ file: shown(loaded.path), loaded });
	}
	return { articles, problems };
}

/** Names each problem on stderr, one line each; the exit status a batch command ends with: 1 if there were any. */
export function reportProblems(io: CommandIO, problems: readonly string[]): number {
	for (const problem of problems) io.stderr(`marginalia: ${problem}\n`);
	return problems.length > 0 ? 1 : 0;
}
