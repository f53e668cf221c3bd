import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { sanitizeInline } from '../core/text/sanitize.js';
import { describeFsError, findArticleFiles, loadArticle, type LoadedArticle } from '../library/load.js';
import { givenPath, type CommandIO } from './io.js';

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
	const { files, problems } = await listArticleFiles(paths, io);
	const articles: NamedArticle[] = [];
	for (const { file, path } of files) {
		try {
			articles.push({ file, loaded: await loadArticle(path) });
		} catch (error) {
			problems.push(cannotRead(file, error));
		}
	}
	return { articles, problems };
}

/** An article file as a command names it (`file`, as the user gave it) and where it is (`path`, absolute). */
export interface ArticleFile {
	readonly file: string;
	readonly path: string;
}

/** The article files under each path, named as `loadArticles` names them, none of them read yet. */
export async function listArticleFiles(paths: readonly string[], io: CommandIO): Promise<{ files: ArticleFile[]; problems: string[] }> {
	const files: ArticleFile[] = [];
	const problems: string[] = [];
	for (const given of paths) {
		const absolute = givenPath(io.cwd, given);
		let isFolder: boolean;
		try {
			isFolder = (await stat(absolute)).isDirectory();
		} catch (error) {
			problems.push(`cannot read ${sanitizeInline(given)}: ${describeFsError(error)}`);
			continue;
		}
		const found = await findArticleFiles([absolute]);
		problems.push(...found.problems.map(sanitizeInline));
		for (const path of new Set(found.files)) files.push({ file: isFolder ? join(given, relative(absolute, path)) : given, path });
	}
	return { files, problems };
}

/** The line a command prints for a file it could not read. */
export const cannotRead = (file: string, error: unknown) => `cannot read ${sanitizeInline(file)}: ${describeFsError(error)}`;

/** Names each problem on stderr, one line each; the exit status a batch command ends with: 1 if there were any. */
export function reportProblems(io: CommandIO, problems: readonly string[]): number {
	for (const problem of problems) io.stderr(`marginalia: ${problem}\n`);
	return problems.length > 0 ? 1 : 0;
}
