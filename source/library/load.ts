import { constants, type Stats } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../core/article/types.js';
import { summariseAnalysis, type QuoteSummary } from '../core/library/summary.js';
import { sanitizeInline } from '../core/text/sanitize.js';

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
/** Larger files are not articles (a long report is a few MB; a book 1–2 MB). Checked while reading, not from stat. */
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;
const MEGABYTE = 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;


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
		case 'ENOSPC':
			return 'no space left on device';
		case 'EROFS':
			return 'read-only file system';
		case 'ENXIO':
			return 'cannot be opened by name (a socket, or a FIFO nobody reads)';
		case 'ELOOP':
			return 'a loop of symbolic links';
		default:
			// Node's messages quote the path, which is outside text.
			return sanitizeInline(error instanceof Error ? error.message.split('\n')[0]! : String(error));
	}
}

/** Why a file that is not a regular file (a FIFO, a device, a socket) is never read: it may never end or never answer. */
export function notAFileReason(info: Stats): string {
	if (info.isDirectory()) return 'is a folder';
	const kind = info.isFIFO() ? 'a FIFO' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'a special file';
	return `is ${kind}, not a regular file`;
}

function notAFile(info: Stats): Error {
	return Object.assign(new Error(notAFileReason(info)), { code: 'ENOTREG' });
}

function checked(info: Stats, limit = MAX_ARTICLE_BYTES): Stats {
	if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
	if (!info.isFile()) throw notAFile(info);
	if (info.size > limit) throw tooLarge(limit);
	return info;
}

function tooLarge(limit: number): Error {
	const shown = limit >= MEGABYTE ? `${Math.round(limit / MEGABYTE)} MB` : `${limit} bytes`;
	return Object.assign(new Error(`too large for an article (over ${shown})`), { code: 'EFBIG' });
}

/**
 * The bytes of an article file. Only a regular file is read: the type is checked on the opened descriptor
 * (a file swapped for a FIFO after a stat is still caught), and a FIFO is opened without blocking, so
 * opening one never hangs. The size limit is counted while reading: a link to /dev/zero or a /proc file
 * says 0 bytes in stat.
 */
export async function readArticleFile(path: string, limit = MAX_ARTICLE_BYTES): Promise<Uint8Array> {
	const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		checked(await handle.stat(), limit);
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
			const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
			if (bytesRead === 0) break;
			total += bytesRead;
			if (total > limit) throw tooLarge(limit);
			chunks.push(bytesRead === CHUNK_BYTES ? chunk : chunk.subarray(0, bytesRead));
		}
		return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
	} finally {
		await handle.close();
	}
}

/** The file read and parsed, without the quote summary: what the library index analyses itself. */
export async function readArticle(path: string, readFile: ReadFile = readArticleFile): Promise<Omit<LoadedArticle, 'summary'>> {
	const absolute = resolve(path);
	// Checked before opening too: a device or FIFO is refused without touching it.
	const info = checked(await stat(absolute));
	// The parser (Markdown's with it) loads when a file is first read: the library's first frame reads none.
	const [bytes, { parseArticle }] = await Promise.all([readFile(absolute), import('../core/article/article.js')]);
	return { path: absolute, article: parseArticle(bytes, { markdown: /\.(md|markdown)$/i.test(absolute) }), mtimeMs: info.mtimeMs, size: info.size };
}

/** The file read and parsed, its quotes counted (the quote engine loads with the first count). */
export async function loadArticle(path: string, readFile: ReadFile = readArticleFile): Promise<LoadedArticle> {
	const [read, { analyseQuotes }] = await Promise.all([readArticle(path, readFile), import('../core/quotes/index.js')]);
	// The summary (the whole quote analysis) is worked out when first asked for: `quotes` never needs it.
	let summary: QuoteSummary | undefined;
	return {
		...read,
		get summary() {
			summary ??= summariseAnalysis(analyseQuotes(read.article));
			return summary;
		},
	};
}

/** File names in the order localeCompare gives, with one collator rather than one per comparison. */
const FILE_NAMES = new Intl.Collator();

/** The article files under the given folders and files, each folder's sorted by name; what could not be listed. */
export async function findArticleFiles(paths: readonly string[]): Promise<{ files: string[]; problems: string[] }> {
	const files: string[] = [];
	const problems: string[] = [];
	for (const path of paths) {
		const absolute = resolve(path);
		try {
			const info = await stat(absolute);
			if (info.isDirectory()) {
				const names = (await readdir(absolute)).filter(isArticleFileName).sort(FILE_NAMES.compare);
				if (names.length === 0) problems.push(`No articles (.txt or .md files) in ${absolute}`);
				files.push(...names.map((name) => join(absolute, name)));
			} else {
				files.push(absolute);
			}
		} catch (error) {
			problems.push(`Cannot open ${absolute}: ${describeFsError(error)}`);
		}
	}
	return { files: [...new Set(files)], problems };
}

/** Every article under the given folders and files, sorted by file name; unreadable files are reported, not fatal. */
export async function listLibrary(paths: readonly string[], readFile: ReadFile = readArticleFile): Promise<LibraryListing> {
	const { files, problems } = await findArticleFiles(paths);
	const articles: LoadedArticle[] = [];
	const unreadable: UnreadableFile[] = [];
	for (const file of files) {
		try {
			articles.push(await loadArticle(file, readFile));
		} catch (error) {
			unreadable.push({ path: file, reason: describeFsError(error) });
		}
	}
	const problem = articles.length === 0 && unreadable.length === 0 ? (problems.join('; ') || 'No articles given') : null;
	return { articles, unreadable, problem };
}

/** The article read again if its file changed (size or modification time) since `entry` was read; else null. */
export async function reloadIfChanged(entry: LoadedArticle, readFile: ReadFile = readArticleFile): Promise<LoadedArticle | null> {
	const info = await stat(entry.path);
	if (info.mtimeMs === entry.mtimeMs && info.size === entry.size) return null;
	return loadArticle(entry.path, readFile);
}
