import { readFile } from 'node:fs/promises';
import { CandidateIndexBuilder, decodeCandidateIndex, encodeCandidateIndex, type CandidateIndex } from '../../core/search/candidate-index.js';
import { unitTerms } from '../../core/search/units.js';
import { searchSpeakers, type ArticleBody, type StoredEntry } from './entry.js';
import { UnusableIndexError } from './library-file.js';
import { INDEX_VERSION } from './version.js';
import { writeFileWhole } from './write-file.js';

/** Which version of an article a search index holds: one whose file changed since is not searched there. */
export type ArticleStamp = readonly [name: string, size: number, mtimeMs: number];

/** A candidate index over some of a folder's articles; units are numbered article by article. */
export interface FolderSearchIndex {
	readonly index: CandidateIndex;
	/** The first unit of each article, and one past the last unit: article i has units firstUnit[i]…firstUnit[i+1]-1. */
	readonly firstUnit: Uint32Array;
	readonly articles: readonly ArticleStamp[];
}

interface SearchMeta {
	readonly version: string;
	readonly articles: readonly ArticleStamp[];
}

/** Work done between looks at the event loop while building, so an app keeps drawing. */
const SLICE_MS = 8;

export async function buildFolderSearchIndex(
	entries: readonly StoredEntry[],
	bodyOf: (entry: StoredEntry) => ArticleBody,
	pause: () => Promise<void>,
): Promise<FolderSearchIndex> {
	const builder = new CandidateIndexBuilder();
	const firstUnit = new Uint32Array(entries.length + 1);
	let sliceStart = performance.now();
	const articles: ArticleStamp[] = [];
	for (const [position, entry] of entries.entries()) {
		firstUnit[position] = builder.unitCount;
		let body: ArticleBody;
		try {
			body = bodyOf(entry);
		} catch {
			// Unreadable here: no units, and a stamp no file has, so it is searched anew once it can be read.
			articles.push([entry.name, -1, -1]);
			continue;
		}
		articles.push([entry.name, entry.size, entry.mtimeMs]);
		const speakers = searchSpeakers(entry);
		for (const unit of body.units) {
			const { terms, speakerTerms } = unitTerms(unit, body.text, entry.title, speakers);
			builder.addUnit(unit.kind, terms, speakerTerms);
		}
		if (performance.now() - sliceStart > SLICE_MS) {
			await pause();
			sliceStart = performance.now();
		}
	}
	firstUnit[entries.length] = builder.unitCount;
	return { index: builder.build(), firstUnit, articles };
}

export function writeFolderSearchIndex(path: string, search: FolderSearchIndex): void {
	const meta: SearchMeta = { version: INDEX_VERSION, articles: search.articles };
	writeFileWhole(path, [encodeCandidateIndex(search.index, meta, { 'article.firstUnit': search.firstUnit })]);
}

/** The stored index; null if there is none or another version wrote it; UnusableIndexError if damaged. */
export async function readFolderSearchIndex(path: string): Promise<FolderSearchIndex | null> {
	let bytes: Uint8Array;
	try {
		// Read off the event loop: megabytes, and an app may be drawing.
		bytes = await readFile(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw new UnusableIndexError((error as Error).message);
	}
	try {
		const { index, meta, extra } = decodeCandidateIndex(bytes);
		const { version, articles } = (meta ?? {}) as Partial<SearchMeta>;
		if (version !== INDEX_VERSION) return null;
		if (!Array.isArray(articles) || !articles.every(isStamp)) throw new Error('no article list');
		const firstUnit = extra('article.firstUnit');
		if (firstUnit.length !== articles.length + 1 || firstUnit[articles.length] !== index.unitKinds.length) throw new Error('units and articles disagree');
		return { index, firstUnit, articles };
	} catch (error) {
		throw new UnusableIndexError(`the search index is damaged: ${(error as Error).message}`);
	}
}

function isStamp(value: unknown): value is ArticleStamp {
	return Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && typeof value[1] === 'number' && typeof value[2] === 'number';
}

/** The article a unit belongs to (binary search over firstUnit). */
export function articleOfUnit(firstUnit: Uint32Array, unit: number): number {
	let low = 0;
	let high = firstUnit.length - 2;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (firstUnit[middle]! <= unit) low = middle;
		else high = middle - 1;
	}
	return low;
}
