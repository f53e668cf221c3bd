import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LARGE_FILE_BYTES } from './large-file.js';
import type { Library } from './index/library.js';
import { loadArticle, readArticle, type LoadedArticle } from './load.js';

const NOT_COUNTED = { quotes: 0, speakers: [], pending: true } as const;

/**
 * A large article file the library index does not have as it is now, read and parsed without analysing its
 * quotes, to open in the reader at once (the reader analyses what it shows): indexing it first would take
 * seconds. Null when the index has it, when it is small (indexing it is quick), or when it cannot be read
 * (the index says why).
 */
export async function readLargeUnindexed(library: Pick<Library, 'rows'>, path: string): Promise<LoadedArticle | null> {
	const absolute = resolve(path);
	try {
		const info = await stat(absolute);
		if (!info.isFile() || info.size <= LARGE_FILE_BYTES) return null;
		const row = library.rows().find((known) => known.path === absolute);
		if (row && row.size === info.size && row.mtimeMs === info.mtimeMs) return null;
		return { ...(await readArticle(absolute)), summary: NOT_COUNTED };
	} catch {
		return null;
	}
}

/**
 * The article as the reader and the notes take it: a large one without its quotes counted (seconds of work
 * the reader does not need: it analyses what it shows), a small one as `loadArticle` gives it.
 */
export async function loadForReading(path: string): Promise<LoadedArticle> {
	const info = await stat(path);
	if (info.size <= LARGE_FILE_BYTES) return loadArticle(path);
	return { ...(await readArticle(path)), summary: NOT_COUNTED };
}

/** The article read again if its file changed since `entry` was read (as `reloadIfChanged`), a large one not counted. */
export async function reloadForReading(entry: LoadedArticle): Promise<LoadedArticle | null> {
	const info = await stat(entry.path);
	if (info.mtimeMs === entry.mtimeMs && info.size === entry.size) return null;
	return loadForReading(entry.path);
}
