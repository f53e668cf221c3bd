import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../core/article/types.js';
import { summariseAnalysis, type QuoteSummary } from '../core/library/summary.js';
import { describeFsError } from './fs-errors.js';

export { describeFsError } from './fs-errors.js';

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
/** The first buffer for a file whose stat says 0 bytes (a /proc file). */
const UNKNOWN_SIZE_CHUNK_BYTES = 16 * 1024;
const MAX_CHUNK_BYTES = 4 * 1024 * 1024;

/** The library that ships with the app, next to `dist/` and `source/` alike. */
export const BUNDLED_LIBRARY = fileURLToPath(new URL('../../articles', import.meta.url));

export function isArticleFileName(name: string): boolean {
	return !name.startsWith('.') && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());
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
		const reading = new ChunkedRead(checked(await handle.stat(), limit), limit);
		let chunk: Buffer | null = reading.nextChunk();
		while (chunk) chunk = reading.took((await handle.read(chunk, 0, chunk.length, null)).bytesRead);
		return reading.bytes();
	} finally {
		await handle.close();
	}
}

/**
 * readArticleFile without the event loop, for a command that reads many files and does nothing else
 * meanwhile (`quotes --json`): six awaits a file cost more than the reading.
 */
export function readArticleFileSync(path: string, limit = MAX_ARTICLE_BYTES): Uint8Array {
	const descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const reading = new ChunkedRead(checked(fstatSync(descriptor), limit), limit);
		let chunk: Buffer | null = reading.nextChunk();
		while (chunk) chunk = reading.took(readSync(descriptor, chunk, 0, chunk.length, null));
		return reading.bytes();
	} finally {
		closeSync(descriptor);
	}
}

/**
 * A file read into as few buffers as it needs. A file with a size is read to that size, as Node's
 * readFileSync reads one (into one buffer, with no read to find the end); a file whose stat says 0 (a /proc
 * file) is read until a read finds nothing, into buffers that double. The limit holds either way.
 */
class ChunkedRead {
	private readonly full: Buffer[] = [];
	private total = 0;
	private buffer: Buffer;
	private filled = 0;
	/** The size stat gave, or 0 when it gave none. */
	private readonly size: number;

	constructor(
		info: Stats,
		private readonly limit: number,
	) {
		this.size = info.size;
		// A small file's buffer comes from Node's shared pool; a fresh one per file cost more than the read.
		this.buffer = Buffer.allocUnsafe(info.size > 0 ? info.size : Math.min(UNKNOWN_SIZE_CHUNK_BYTES, limit + 1));
	}

	/** Where the next read goes. */
	nextChunk(): Buffer {
		return this.buffer.subarray(this.filled);
	}

	/** Counts what the last read put in; where the next read goes, or null when the file is read. */
	took(bytesRead: number): Buffer | null {
		if (bytesRead === 0) return null;
		this.total += bytesRead;
		if (this.total > this.limit) throw tooLarge(this.limit);
		this.filled += bytesRead;
		if (this.size > 0 && this.total === this.size) return null;
		if (this.filled === this.buffer.length) {
			this.full.push(this.buffer);
			this.buffer = Buffer.allocUnsafe(Math.min(this.buffer.length * 2, MAX_CHUNK_BYTES));
			this.filled = 0;
		}
		return this.nextChunk();
	}

	bytes(): Uint8Array {
		const last = this.buffer.subarray(0, this.filled);
		return this.full.length === 0 ? last : Buffer.concat([...this.full, last], this.total);
	}
}

/** The file read and parsed, without the quote summary: what the library index analyses itself. */
export async function readArticle(path: string, readFile: ReadFile = readArticleFile): Promise<Omit<LoadedArticle, 'summary'>> {
	const absolute = resolve(path);
	// Checked before opening too: a device or FIFO is refused without touching it.
	const info = checked(await stat(absolute));
	// The parsers load when a file is first read: the library's first frame reads none.
	const [bytes, parsers] = await Promise.all([readFile(absolute), parsersFor([absolute])]);
	return { path: absolute, article: parseWith(parsers, absolute, bytes), mtimeMs: info.mtimeMs, size: info.size };
}

export interface ArticleParsers {
	readonly parseArticle: typeof import('../core/article/article.js').parseArticle;
	/** Loaded only when some file is Markdown. */
	readonly parseMarkup?: typeof import('../core/article/markdown.js').parseMarkup;
}

const isMarkdownPath = (path: string): boolean => /\.(md|markdown)$/i.test(path);

/** The parsers these files need: Markdown's only when one of them is Markdown. */
export async function parsersFor(paths: readonly string[]): Promise<ArticleParsers> {
	const [{ parseArticle }, markdown] = await Promise.all([
		import('../core/article/article.js'),
		paths.some(isMarkdownPath) ? import('../core/article/markdown.js') : undefined,
	]);
	return markdown ? { parseArticle, parseMarkup: markdown.parseMarkup } : { parseArticle };
}

function parseWith(parsers: ArticleParsers, path: string, bytes: Uint8Array) {
	if (!isMarkdownPath(path)) return parsers.parseArticle(bytes);
	if (!parsers.parseMarkup) throw new Error(`Markdown's parser was not loaded for ${path}`);
	return parsers.parseArticle(bytes, { parseMarkup: parsers.parseMarkup });
}

/** readArticle without the event loop (readArticleFileSync), with the parsers parsersFor loaded for it. */
export function readArticleSync(path: string, parsers: ArticleParsers): Omit<LoadedArticle, 'summary'> {
	const absolute = resolve(path);
	const info = checked(statSync(absolute));
	return { path: absolute, article: parseWith(parsers, absolute, readArticleFileSync(absolute)), mtimeMs: info.mtimeMs, size: info.size };
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

/**
 * What path.join gives for a file name readdir returned (no separator, not . or ..) in a resolved folder,
 * without normalising the path again: over 10,000 files join took 18 ms and made 15 MB of garbage.
 */
export function fileInFolder(folder: string, name: string): string {
	return folder.endsWith(sep) ? folder + name : folder + sep + name;
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
				for (const name of names) files.push(fileInFolder(absolute, name));
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
