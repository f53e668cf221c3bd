import { randomUUID } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { CandidateScratch } from '../../core/search/candidates.js';
import type { SearchSegment, UnitDescription } from '../../core/search/search.js';
import { yieldToEventLoop } from '../../core/search/yield.js';
import { unitText, unitTextStart, type SearchUnit } from '../../core/search/units.js';
import { describeFsError, fileInFolder, findArticleFiles, notAFileReason, type UnreadableFile } from '../load.js';
import { analyseFiles } from './analyse-pool.js';
import { isAnalysed, type AnalysedFile } from './analyse-result.js';
import { folderCacheDirectory } from './cache-dir.js';
import { decodeBody, searchSpeakers, type ArticleBody, type IndexedArticle, type LibraryRow, type StoredEntry } from './entry.js';
import { LibraryFile, UnusableIndexError, writeLibraryFile } from './library-file.js';
import { articleOfUnit, buildFolderSearchIndex, readFolderSearchIndex, writeFolderSearchIndex, type FolderSearchIndex } from './search-file.js';

export interface UpdateOptions {
	/** Called once the files to read again are known, then after each is read: `done` of `total`. */
	readonly onProgress?: (progress: { done: number; total: number; article: IndexedArticle | null }) => void;
	readonly threads?: number;
	readonly signal?: AbortSignal;
}

export interface UpdateResult {
	/** Files that could not be read (not regular files, unreadable, too large). */
	readonly unreadable: readonly UnreadableFile[];
	/** Why nothing could be listed (an empty folder). */
	readonly problems: readonly string[];
	/** Said once: the index could not be saved (it is kept in memory for now). */
	readonly warning: string | null;
}

export type { LibraryRow };

/** Which quotes of the library a `by:` search may find, when the reader's corrections decide who spoke them. */
export interface QuotePicker {
	/** From the entry alone: may any quote of this article be one of those asked for? */
	mayQuote(entry: StoredEntry): boolean;
	/** Of an article's search units, the quotes asked for. */
	picks(entry: StoredEntry, body: ArticleBody): (unit: SearchUnit) => boolean;
}

/** A unit of a folder's index, described for ranking, with the entry it belongs to. */
export interface FolderUnit extends UnitDescription {
	readonly entry: StoredEntry;
}

const STAT_SLICE = 256;
const FILE_NAMES = new Intl.Collator();
/** Up to this many changed articles (or a tenth of the library) are searched in a small index of their own. */
const MAX_DELTA_ARTICLES = 64;
const BODY_CACHE_SIZE = 256;

/**
 * The library index of one folder, kept in the cache: entries read without touching the articles, brought
 * up to date by reading again only the files whose size or modification time changed.
 */
/** A candidate index that covers part of the folder, with the entries of its articles (null: changed since). */
interface SearchPart {
	readonly search: FolderSearchIndex;
	readonly covered: (StoredEntry | null)[];
}

export class FolderIndex {
	private file: LibraryFile | null = null;
	private entryList: readonly StoredEntry[] = [];
	/** Bodies kept in memory when the index could not be saved. */
	private unsaved: Map<string, Uint8Array> | null = null;
	private generation = '';
	/** The saved candidate index, and one over the articles that changed since; for `searchGeneration`. */
	private main: FolderSearchIndex | null = null;
	private delta: FolderSearchIndex | null = null;
	private searchGeneration = '';
	private segmentsFor: { key: string; segments: SearchSegment<FolderUnit>[] } | null = null;
	private partsFor: { generation: string; main: FolderSearchIndex | null; entries: readonly StoredEntry[]; parts: SearchPart[] } | null = null;
	private segmentsPending: { key: string; promise: Promise<{ segments: SearchSegment<FolderUnit>[]; warning: string | null }> } | null = null;
	private readonly scratches = new WeakMap<FolderSearchIndex, CandidateScratch>();
	private readonly bodies = new Map<string, ReturnType<typeof decodeBody>>();
	/**
	 * Articles the update under way has read, before they are written into the index, and their bodies:
	 * a screen lists them and opens them while the rest are read.
	 */
	private readonly readSoFar = new Map<string, StoredEntry>();
	private readonly readBodies = new Map<StoredEntry, Uint8Array>();
	private byName: { list: readonly StoredEntry[]; map: Map<string, StoredEntry> } | null = null;
	/** Why the cached index was not used (damaged, old), if it was not. */
	discarded: string | null;
	/** Set when a body turned out damaged: the index is rebuilt at the next update. */
	private damaged: string | null = null;

	constructor(
		readonly folder: string,
		private readonly cacheRoot: string,
	) {
		let discarded: string | null = null;
		try {
			this.file = LibraryFile.open(this.libraryPath, folder);
		} catch (error) {
			discarded = (error as Error).message;
		}
		if (this.file) {
			this.entryList = this.file.entries;
			this.generation = this.file.generation;
		}
		this.discarded = discarded;
	}

	private get cacheFolder(): string {
		return folderCacheDirectory(this.cacheRoot, this.folder);
	}

	private get libraryPath(): string {
		return join(this.cacheFolder, 'library.idx');
	}

	private get searchPath(): string {
		return join(this.cacheFolder, 'search.idx');
	}

	entries(): readonly StoredEntry[] {
		return this.entryList;
	}

	/** The entry of a file of this folder, if the index has one (or the update under way has read it). */
	entryNamed(name: string): StoredEntry | undefined {
		if (this.byName?.list !== this.entryList) this.byName = { list: this.entryList, map: new Map(this.entryList.map((entry) => [entry.name, entry])) };
		return this.readSoFar.get(name) ?? this.byName.map.get(name);
	}

	/**
	 * The entries as library rows; while an update reads files, the articles read so far are among them (new
	 * ones added, changed ones replaced).
	 */
	rows(): readonly StoredEntry[] {
		const reading = this.readSoFar;
		if (reading.size === 0) return this.entryList;
		// Two sorted runs: the sort merges them in one pass.
		return [...this.entryList.filter((row) => !reading.has(row.name)), ...[...reading.values()].sort((a, b) => FILE_NAMES.compare(a.name, b.name))].sort((a, b) =>
			FILE_NAMES.compare(a.name, b.name),
		);
	}

	/**
	 * The body of the article listed as `name` with this size and modification time: from the index, or read
	 * by the update under way. Throws when the index no longer has that version of the file.
	 */
	bodyOf(name: string, size: number, mtimeMs: number): ReturnType<typeof decodeBody> {
		const entry = this.entryNamed(name);
		if (!entry || entry.size !== size || entry.mtimeMs !== mtimeMs) throw new Error('the file changed since it was listed');
		return this.body(entry);
	}

	pathOf(entry: Pick<StoredEntry, 'name'>): string {
		return fileInFolder(this.folder, entry.name);
	}

	/**
	 * The entry's text and units; UnusableIndexError when the cache is damaged there. `keep: false` reads it
	 * without keeping it for next time (a search reads hundreds, once each).
	 */
	body(entry: StoredEntry, { keep = true }: { keep?: boolean } = {}): ReturnType<typeof decodeBody> {
		const key = `${entry.name}\u0000${entry.mtimeMs}\u0000${entry.size}`;
		const known = this.bodies.get(key);
		if (known) return known;
		let body: ReturnType<typeof decodeBody>;
		try {
			body = decodeBody(this.bodyBytes(entry));
		} catch (error) {
			// Damage inside the file: what it says cannot be trusted; the next update reads every article again.
			this.damaged = `the stored text of ${entry.name} is damaged (${(error as Error).message})`;
			throw new UnusableIndexError(this.damaged);
		}
		if (!keep) return body;
		if (this.bodies.size >= BODY_CACHE_SIZE) this.bodies.delete(this.bodies.keys().next().value!);
		this.bodies.set(key, body);
		return body;
	}

	private bodyBytes(entry: StoredEntry): Uint8Array {
		const read = this.readBodies.get(entry);
		if (read) return read;
		const kept = this.unsaved?.get(entry.name);
		if (kept) return kept;
		if (!this.file) throw new UnusableIndexError('no index file');
		return this.file.bodyBytes(entry);
	}

	/**
	 * Reads again the files that changed: `names` (files of this folder), or with null every article file
	 * in the folder, when files gone from it are dropped too.
	 */
	async update(names: readonly string[] | null, options: UpdateOptions = {}): Promise<UpdateResult> {
		if (this.damaged) {
			this.discarded = this.damaged;
			this.damaged = null;
			this.entryList = [];
			this.segmentsFor = null;
			this.main = null;
		}
		const listed = names === null ? await findArticleFiles([this.folder]) : { files: names.map((name) => fileInFolder(this.folder, name)), problems: [] };
		const unreadable: UnreadableFile[] = [];
		const present = new Map<string, { size: number; mtimeMs: number }>();
		for (let position = 0; position < listed.files.length; position++) {
			const path = listed.files[position]!;
			try {
				const info = statSync(path);
				if (!info.isFile()) unreadable.push({ path, reason: notAFileReason(info) });
				else present.set(path.slice(path.lastIndexOf(sep) + 1), { size: info.size, mtimeMs: info.mtimeMs });
			} catch (error) {
				unreadable.push({ path, reason: describeFsError(error) });
			}
			if (position % STAT_SLICE === STAT_SLICE - 1) await yieldToEventLoop();
		}
		const known = new Map(this.entryList.map((entry) => [entry.name, entry]));
		const stale = [...present].filter(([name, info]) => {
			const entry = known.get(name);
			return !entry || entry.size !== info.size || entry.mtimeMs !== info.mtimeMs;
		});
		const gone = names === null ? this.entryList.filter((entry) => !present.has(entry.name)) : [];
		const unreadableNames = new Set(unreadable.map((file) => basename(file.path)));
		const dropped = this.entryList.filter((entry) => unreadableNames.has(entry.name));
		if (stale.length === 0 && gone.length === 0 && dropped.length === 0) return { unreadable, problems: listed.problems, warning: null };

		const analysed = new Map<string, AnalysedFile>();
		let done = 0;
		options.onProgress?.({ done, total: stale.length, article: null });
		try {
			await analyseFiles(
				stale.map(([name]) => fileInFolder(this.folder, name)),
				(result) => {
					if (isAnalysed(result)) {
						analysed.set(result.article.name, result);
						const entry: StoredEntry = { ...result.article, path: this.pathOf(result.article), body: [0, result.body.byteLength] };
						this.readSoFar.set(result.article.name, entry);
						this.readBodies.set(entry, result.body);
					} else unreadable.push({ path: result.path, reason: result.problem });
					options.onProgress?.({ done: ++done, total: stale.length, article: isAnalysed(result) ? result.article : null });
				},
				{ threads: options.threads, signal: options.signal },
			);
			const warning = this.replace(names === null, present, analysed, unreadableOf(unreadable));
			return { unreadable, problems: listed.problems, warning };
		} finally {
			this.readSoFar.clear();
			this.readBodies.clear();
		}
	}

	/** The new entry list written whole; on failure it is kept in memory and the reason returned. */
	private replace(complete: boolean, present: ReadonlyMap<string, unknown>, analysed: ReadonlyMap<string, AnalysedFile>, unreadable: ReadonlySet<string>): string | null {
		const next = new Map<string, { article: IndexedArticle; body: Uint8Array }>();
		for (const entry of this.entryList) {
			if ((complete && !present.has(entry.name)) || unreadable.has(entry.name) || analysed.has(entry.name)) continue;
			const { body: _place, path: _path, ...article } = entry;
			next.set(entry.name, { article, body: this.bodyBytes(entry) });
		}
		for (const [name, { article, body }] of analysed) next.set(name, { article, body });
		const articles = [...next.values()].sort((a, b) => FILE_NAMES.compare(a.article.name, b.article.name));
		this.bodies.clear();
		try {
			mkdirSync(this.cacheFolder, { recursive: true });
			writeLibraryFile(this.libraryPath, this.folder, articles);
			const reopened = LibraryFile.open(this.libraryPath, this.folder);
			if (!reopened) throw new Error('the index file vanished after writing');
			this.file?.close();
			this.file = reopened;
			this.unsaved = null;
			this.entryList = reopened.entries;
			this.generation = reopened.generation;
			return null;
		} catch (error) {
			this.unsaved = new Map(articles.map(({ article, body }) => [article.name, body]));
			let offset = 0;
			this.entryList = articles.map(({ article, body }) => ({ ...article, path: this.pathOf(article), body: [(offset += body.byteLength) - body.byteLength, body.byteLength] as const }));
			this.generation = randomUUID();
			return `the library index could not be saved in ${this.cacheFolder} (${describeFsError(error)}); it is kept until you quit`;
		}
	}

	/**
	 * This folder as search segments: the saved candidate index, less the articles that changed since it
	 * was built, and a small one built now over those. Past a tenth of the library changed, the saved one is
	 * built again. With `only`, the units of those articles alone; with `quotes`, only the quotes it picks (by:
	 * as the reader's corrections have it).
	 */
	async searchSegments(only?: ReadonlySet<string>, quotes?: QuotePicker): Promise<{ segments: SearchSegment<FolderUnit>[]; warning: string | null }> {
		const key = `${this.generation}\u0000${only ? [...only].join('\u0000') : ''}`;
		// by: with corrections picks its own quotes: those segments are made for the one search.
		if (quotes) {
			const { parts, warning } = await this.searchParts();
			return { segments: parts.map(({ search, covered }) => this.segment(search, covered, only, quotes)), warning };
		}
		if (this.segmentsFor?.key === key) return { segments: this.segmentsFor.segments, warning: null };
		// A search typed key by key asks again before the first build is done: it waits for that one.
		if (this.segmentsPending?.key !== key) {
			const pending = this.makeSearchSegments(key, only).finally(() => {
				if (this.segmentsPending?.promise === pending) this.segmentsPending = null;
			});
			this.segmentsPending = { key, promise: pending };
		}
		return this.segmentsPending.promise;
	}

	private async makeSearchSegments(key: string, only: ReadonlySet<string> | undefined): Promise<{ segments: SearchSegment<FolderUnit>[]; warning: string | null }> {
		const { parts, warning } = await this.searchParts();
		const segments = parts.map(({ search, covered }) => this.segment(search, covered, only));
		this.segmentsFor = { key, segments };
		return { segments, warning };
	}

	/** The candidate indexes that cover the folder now, each with the entries of its articles (null: changed since). */
	private async searchParts(): Promise<{ parts: SearchPart[]; warning: string | null }> {
		// by: with corrections asks for every search: matching 10,000 entries to the index costs 25 ms each time.
		const kept = this.partsFor;
		if (kept && kept.generation === this.generation && kept.main === this.main && kept.entries === this.entryList) return { parts: kept.parts, warning: null };
		if (this.searchGeneration !== this.generation) {
			this.searchGeneration = this.generation;
			this.delta = null;
			if (!this.main && !this.unsaved) {
				try {
					this.main = await readFolderSearchIndex(this.searchPath);
				} catch {
					this.main = null; // damaged: built again below
				}
			}
		}
		let warning: string | null = null;
		let covered = this.main ? this.coveredBy(this.main) : null;
		const missing = (positions: readonly (StoredEntry | null)[]) => {
			const seen = new Set(positions.flatMap((entry) => (entry ? [entry.name] : [])));
			return this.entryList.filter((entry) => !seen.has(entry.name));
		};
		if (!this.main || !covered || missing(covered).length > Math.max(MAX_DELTA_ARTICLES, this.entryList.length / 10)) {
			this.main = await buildFolderSearchIndex(this.entryList, (entry) => this.body(entry, { keep: false }), yieldToEventLoop);
			covered = this.coveredBy(this.main);
			this.delta = null;
			if (!this.unsaved) {
				try {
					writeFolderSearchIndex(this.searchPath, this.main);
				} catch (error) {
					warning = `the search index could not be saved in ${this.cacheFolder} (${describeFsError(error)})`;
				}
			}
		}
		const parts = [{ search: this.main, covered }];
		const changed = missing(covered);
		if (changed.length > 0) {
			this.delta ??= await buildFolderSearchIndex(changed, (entry) => this.body(entry, { keep: false }), yieldToEventLoop);
			parts.push({ search: this.delta, covered: this.coveredBy(this.delta) });
		}
		this.partsFor = { generation: this.generation, main: this.main, entries: this.entryList, parts };
		return { parts, warning };
	}

	/** For each article of a search index, its entry now, or null if the file changed since. */
	private coveredBy(search: FolderSearchIndex): (StoredEntry | null)[] {
		const current = new Map(this.entryList.map((entry) => [entry.name, entry]));
		return search.articles.map(([name, size, mtimeMs]) => {
			const entry = current.get(name);
			return entry && entry.size === size && entry.mtimeMs === mtimeMs ? entry : null;
		});
	}

	private segment(search: FolderSearchIndex, entries: readonly (StoredEntry | null)[], only: ReadonlySet<string> | undefined, quotes?: QuotePicker): SearchSegment<FolderUnit> {
		const allowed = new Uint8Array(search.index.unitKinds.length);
		entries.forEach((entry, position) => {
			if (!entry || (only && !only.has(entry.name))) return;
			const [first, end] = [search.firstUnit[position]!, search.firstUnit[position + 1]!];
			if (!quotes) return allowed.fill(1, first, end);
			if (!quotes.mayQuote(entry)) return;
			let body: ReturnType<typeof decodeBody>;
			try {
				body = this.body(entry);
			} catch {
				return; // damaged: left out now, read again at the next update
			}
			const picked = quotes.picks(entry, body);
			for (let unit = first; unit < end; unit++) if (picked(body.unit(unit - first))) allowed[unit] = 1;
		});
		return {
			index: search.index,
			allowed,
			speakersAllowed: quotes !== undefined,
			scratch: (this.scratches.get(search) ?? this.scratches.set(search, new CandidateScratch(search.index.unitKinds.length)).get(search))!,
			describe: async (units) => {
				// Bodies read for this batch only: a query reads hundreds, and keeping them in the shared cache
				// (for the reader) made each survive a collection or two before it was dropped: more time in the
				// garbage collector than in reading them.
				const read = new Map<StoredEntry, ReturnType<typeof decodeBody>>();
				return units.map((unit) => {
					const position = articleOfUnit(search.firstUnit, unit);
					const entry = entries[position]!;
					let body: ReturnType<typeof decodeBody>;
					try {
						body = read.get(entry) ?? this.body(entry, { keep: false });
					} catch {
						return null; // damaged: left out now, read again at the next update
					}
					read.set(entry, body);
					const local = body.unit(unit - search.firstUnit[position]!);
					const speakers = searchSpeakers(entry);
					return {
						file: entry.path,
						title: entry.title,
						kind: local.kind,
						text: unitText(local, body.text, entry.title, speakers),
						textStart: unitTextStart(local, body.text, entry.title),
						range: { start: local.start, end: local.end },
						entry,
					};
				});
			},
		};
	}
}

function unreadableOf(files: readonly UnreadableFile[]): Set<string> {
	return new Set(files.map((file) => basename(file.path)));
}
