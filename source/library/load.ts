import { readdir, readFile as fsReadFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle, type Article } from '../core/article.js';
import { summariseQuotes, type QuoteSummary } from '../core/summary.js';

export type ReadFile = (path: string) => Promise<Uint8Array>;

export interface LoadedArticle {
	readonly path: string;
	readonly article: Article;
	readonly summary: QuoteSummary;
	readonly mtimeMs: number;
	readonly size: number;
}

export interface UnreadableFile {
	readonly path: string;
	/** One line a person can act on, e.g. "permission denied". */
	readonly reason: string;
}

export interface LibraryListing {
	readonly articles: LoadedArticle[];
	readonly unreadable: UnreadableFile[];
	/** Set when nothing could be listed at all: a missing folder, an empty one. */
	readonly problem: string | null;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);
/** How many article files are read at once. */
const FILES_IN_FLIGHT = 16;
/** Larger files are not news articles; reading them would stall the reader. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** The library that ships with the app, next to `dist/` and `source/` alike. */
export const BUNDLED_LIBRARY = fileURLToPath(new URL('../../articles', import.meta.url));

export function isArticleFileName(name: string): boolean {
	return !name.startsWith('.') && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());
}

export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT':
			return 'no such file or folder';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EISDIR':
			return 'is a folder';
		case 'EMFILE':
		case 'ENFILE':
			return 'too many open files';
		default:
			return error instanceof Error ? error.message.split('\n')[0]! : String(error);
	}
}

export async function loadArticle(path: string, readFile: ReadFile = fsReadFile): Promise<LoadedArticle> {
	const absolute = resolve(path);
	const info = await stat(absolute);
	if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
	if (info.size > MAX_ARTICLE_BYTES) throw new Error(`too large for an article (${Math.round(info.size / 1024 / 1024)} MB)`);
	const bytes = await readFile(absolute);
	const article = parseArticle(bytes);
	// The summary (the whole quote analysis) is worked out when first read: `quotes` never needs it.
	let summary: QuoteSummary | undefined;
	return {
		path: absolute,
		article,
		get summary() {
			summary ??= summariseQuotes(article);
			return summary;
		},
		mtimeMs: info.mtimeMs,
		size: info.size,
	};
}

/** Every article under the given folders and files, sorted by file name; unreadable files are reported, not fatal. */
export async function listLibrary(paths: readonly string[], readFile: ReadFile = fsReadFile): Promise<LibraryListing> {
	const files: string[] = [];
	const unreadable: UnreadableFile[] = [];
	const problems: string[] = [];
	for (const path of paths) {
		const absolute = resolve(path);
		try {
			const info = await stat(absolute);
			if (info.isDirectory()) {
				const names = (await readdir(absolute)).filter(isArticleFileName).sort((a, b) => a.localeCompare(b));
				if (names.length === 0) problems.push(`No articles (.txt or .md files) in ${absolute}`);
				files.push(...names.map((name) => join(absolute, name)));
			} else {
				files.push(absolute);
			}
		} catch (error) {
			problems.push(`Cannot open ${absolute}: ${describeFsError(error)}`);
		}
	}
	const articles: LoadedArticle[] = [];
	const unique = [...new Set(files)];
	// A few files in flight at once: one at a time leaves the process waiting on the disk between articles.
	for (let from = 0; from < unique.length; from += FILES_IN_FLIGHT) {
		const batch = unique.slice(from, from + FILES_IN_FLIGHT);
		const results = await Promise.allSettled(batch.map((file) => loadArticle(file, readFile)));
		results.forEach((result, k) => {
			if (result.status === 'fulfilled') articles.push(result.value);
			else unreadable.push({ path: batch[k]!, reason: describeFsError(result.reason) });
		});
	}
	const problem = articles.length === 0 && unreadable.length === 0 ? (problems.join('; ') || 'No articles given') : null;
	return { articles, unreadable, problem };
}

/** The article read again if its file changed (size or modification time) since `entry` was read; else null. */
export async function reloadIfChanged(entry: LoadedArticle, readFile: ReadFile = fsReadFile): Promise<LoadedArticle | null> {
	const info = await stat(entry.path);
	if (info.mtimeMs === entry.mtimeMs && info.size === entry.size) return null;
	return loadArticle(entry.path, readFile);
}
