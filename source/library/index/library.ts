import { statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Article } from '../../core/article/article.js';
import type { StoredQuote } from '../../core/library/corrected-library.js';
import type { Correction } from '../../core/annotations/corrections.js';
import { parseQuery } from '../../core/search/query.js';
import { CandidateIndexBuilder } from '../../core/search/candidate-index.js';
import { termsOf } from '../../core/search/fold.js';
import type { SearchHit, SearchSegment, UnitDescription } from '../../core/search/search.js';
import type { StoredHighlight } from '../../store/index.js';
import { describeFsError, type LibraryListing, type LoadedArticle, type UnreadableFile } from '../load.js';
import { cacheDirectory } from './cache-dir.js';
import type { Markup } from '../../core/article/markdown.js';
import type { ArticleBody, LibraryRow, StoredEntry } from './entry.js';
import { FolderIndex, type FolderUnit } from './folder-index.js';

/** An article of the library as the index has it (no file is read to list it), with its absolute path. */
export type LibraryEntry = LibraryRow;

export interface IndexProgress {
	/** Files read again so far, of those that changed (or are new) since the index was saved. */
	readonly done: number;
	readonly total: number;
	/** The article just read, when one was: a row to show or update. */
	readonly article: LibraryEntry | null;
}

export interface UpdateLibraryOptions {
	readonly onProgress?: (progress: IndexProgress) => void;
	/** Worker threads for reading many files; 0 reads them on this thread, yielding between files. */
	readonly threads?: number;
	readonly signal?: AbortSignal;
}

export interface LibrarySearchOptions {
	readonly limit: number;
	/** Highlights whose notes are searched too (their files must be in the library). */
	readonly notes?: readonly StoredHighlight[];
	/** The reader's speaker corrections: `by:` finds the quotes they give the speaker, not those they take away. */
	readonly corrections?: readonly Correction[];
	readonly signal?: AbortSignal;
}

/** A note found by search: the highlight it belongs to. */
export interface NoteUnit extends UnitDescription {
	readonly highlight: StoredHighlight;
}

export type LibraryUnit = FolderUnit | NoteUnit;

interface Selection {
	readonly index: FolderIndex;
	/** Null: the whole folder. */
	names: Set<string> | null;
}

/**
 * The articles under some folders and files, through their cached index. Opening reads only the cached
 * entries (rows are there at once); `update` reads again what changed; `search` searches them and the
 * notes.
 */
export class Library {
	private readonly selections: Selection[] = [];
	private unreadableFiles: UnreadableFile[] = [];
	private readonly listProblems: string[] = [];
	/** Said once each: the index could not be saved; a damaged or old index was rebuilt. */
	readonly warnings: string[] = [];

	private constructor(readonly cacheDir: string) {}

	static open(paths: readonly string[], options: { cacheDir?: string; env?: NodeJS.ProcessEnv } = {}): Library {
		const library = new Library(options.cacheDir ?? cacheDirectory(options.env));
		const byFolder = new Map<string, Selection>();
		for (const given of paths) {
			const absolute = resolve(given);
			let folder: string;
			let name: string | null = null;
			try {
				if (statSync(absolute).isDirectory()) folder = absolute;
				else [folder, name] = [dirname(absolute), basename(absolute)];
			} catch (error) {
				library.listProblems.push(`Cannot open ${absolute}: ${describeFsError(error)}`);
				continue;
			}
			let selection = byFolder.get(folder);
			if (!selection) {
				selection = { index: new FolderIndex(folder, library.cacheDir), names: new Set() };
				byFolder.set(folder, selection);
				library.selections.push(selection);
			}
			if (name === null) selection.names = null;
			else selection.names?.add(name);
		}
		return library;
	}

	/** The articles as the index has them now: at once from the cache, then as `update` reads files. */
	rows(): readonly LibraryEntry[] {
		return this.selections.flatMap(({ index, names }) => index.rows().filter((row) => names === null || names.has(row.name)));
	}

	private selected(): { index: FolderIndex; entry: StoredEntry }[] {
		return this.selections.flatMap(({ index, names }) => index.entries().flatMap((entry) => (names === null || names.has(entry.name) ? [{ index, entry }] : [])));
	}

	unreadable(): readonly UnreadableFile[] {
		return this.unreadableFiles;
	}

	/** Why nothing could be listed, when nothing could: as `listLibrary` says it. */
	problem(): string | null {
		const any = this.selections.some(({ index, names }) => (names === null ? index.rows().length > 0 : index.rows().some((entry) => names.has(entry.name))));
		if (any || this.unreadableFiles.length > 0) return null;
		return this.listProblems.join('; ') || 'No articles given';
	}

	/** Brings the index up to date with the files: only changed, new and removed files cost anything. */
	async update(options: UpdateLibraryOptions = {}): Promise<void> {
		this.unreadableFiles = [];
		let doneBefore = 0;
		let totalBefore = 0;
		for (const { index, names } of this.selections) {
			let total = 0;
			const result = await index.update(names === null ? null : [...names], {
				threads: options.threads,
				signal: options.signal,
				onProgress: ({ done, total: folderTotal, article }) => {
					total = folderTotal;
					options.onProgress?.({
						done: doneBefore + done,
						total: totalBefore + folderTotal,
						article: article ? { ...article, path: join(index.folder, article.name) } : null,
					});
				},
			});
			doneBefore += total;
			totalBefore += total;
			const discarded = index.discarded && `the library index in ${this.cacheDir} could not be used (${index.discarded}); it was built again`;
			if (discarded && !this.warnings.includes(discarded)) this.warnings.push(discarded);
			this.unreadableFiles.push(...result.unreadable);
			for (const problem of result.problems) if (!this.listProblems.includes(problem)) this.listProblems.push(problem);
			if (result.warning) this.warnings.push(result.warning);
		}
	}

	/** `update` as a stream of progress, for a screen that fills in rows while the index is built. */
	async *updates(options: Omit<UpdateLibraryOptions, 'onProgress'> = {}): AsyncGenerator<IndexProgress> {
		const pending: IndexProgress[] = [];
		let wake: (() => void) | null = null;
		let finished = false;
		let failure: unknown = null;
		const running = this.update({
			...options,
			onProgress: (progress) => {
				pending.push(progress);
				wake?.();
			},
		}).then(
			() => {
				finished = true;
				wake?.();
			},
			(error: unknown) => {
				failure = error ?? new Error('update failed');
				finished = true;
				wake?.();
			},
		);
		while (!finished || pending.length > 0) {
			if (pending.length === 0) await new Promise<void>((resolve) => (wake = resolve));
			wake = null;
			while (pending.length > 0) yield pending.shift()!;
		}
		await running;
		if (failure) throw failure;
	}

	/** The library as the app's screens take it today (`listLibrary`'s shape): each article's text is read from the cache when first needed. */
	listing(): LibraryListing {
		const articles = this.selections.flatMap(({ index, names }) =>
			index.rows().flatMap((row) => (names === null || names.has(row.name) ? [lazyLoadedArticle(row, () => index.bodyOf(row.name, row.size, row.mtimeMs))] : [])),
		);
		return { articles, unreadable: [...this.unreadableFiles], problem: this.problem() };
	}

	/**
	 * An article's text and every quote in text order, as the index has them (no file is read); null when the
	 * article is not in the library or its stored text cannot be read now.
	 */
	quotesIn(path: string): { text: string; quotes: StoredQuote[] } | null {
		const absolute = resolve(path);
		const selection = this.selections.find(({ index, names }) => dirname(absolute) === index.folder && (names === null || names.has(basename(absolute))));
		const entry = selection?.index.entryNamed(basename(absolute));
		if (!selection || !entry) return null;
		try {
			const body = selection.index.body(entry);
			return { text: body.text, quotes: body.quotes.map((quote) => ({ ...quote, speaker: quote.speaker === null ? null : (entry.speakers[quote.speaker]?.name ?? null) })) };
		} catch {
			return null; // damaged: read again at the next update
		}
	}

	/** The query over the text, quotes, speakers and titles of the library, and the notes given: best first. */
	async search(query: string, options: LibrarySearchOptions): Promise<SearchHit<LibraryUnit>[]> {
		// The ranking (fuse.js) and re-anchoring load with the first search, not with the library.
		const [{ searchSegments }, { anchorHighlight }] = await Promise.all([import('../../core/search/search.js'), import('../../core/annotations/anchor.js')]);
		const segments: SearchSegment<LibraryUnit>[] = [];
		const byNames = options.corrections && options.corrections.length > 0 ? parseQuery(query).speakers : [];
		const picker = byNames.length > 0 ? (await import('./corrected-by.js')).correctedQuotePicker(byNames, options.corrections!) : undefined;
		for (const { index, names } of this.selections) {
			const found = await index.searchSegments(names ?? undefined, picker);
			if (found.warning && !this.warnings.includes(found.warning)) this.warnings.push(found.warning);
			segments.push(...found.segments);
		}
		if (options.notes && options.notes.length > 0) segments.push(this.notesSegment(options.notes, anchorHighlight));
		return searchSegments(segments, query, { limit: options.limit, signal: options.signal });
	}

	private notesSegment(highlights: readonly StoredHighlight[], anchor: AnchorHighlight): SearchSegment<NoteUnit> {
		const rows = new Map(this.selected().map(({ index, entry }) => [entry.path, { index, entry }]));
		const noted = highlights.filter((highlight) => highlight.note.trim() !== '' && rows.has(highlight.file));
		const builder = new CandidateIndexBuilder();
		for (const highlight of noted) builder.addUnit('note', termsOf(highlight.note));
		return {
			index: builder.build(),
			describe: async (units) =>
				units.map((unit) => {
					const highlight = noted[unit]!;
					const { index, entry } = rows.get(highlight.file)!;
					return { file: highlight.file, title: entry.title, kind: 'note', text: highlight.note, textStart: null, range: anchorIn(index, entry, highlight, anchor), highlight };
				}),
		};
	}
}

type AnchorHighlight = typeof import('../../core/annotations/anchor.js').anchorHighlight;

/** Where the highlight is in the article as the index has it now; its saved offsets if not found. */
function anchorIn(index: FolderIndex, entry: StoredEntry, highlight: StoredHighlight, anchor: AnchorHighlight): { start: number; end: number } {
	try {
		const { start, end } = anchor(index.body(entry).text, highlight);
		return { start, end };
	} catch {
		return { start: highlight.start, end: highlight.end };
	}
}

/**
 * An Article whose text, paragraphs and fingerprint are read from the index when first asked for: the
 * library list shows thousands of rows without reading them; the reader asks for one. (A class, so that
 * ten thousand of them cost ten thousand small objects, not forty thousand closures.)
 */
class IndexedArticleText implements Article {
	readonly title: string;
	readonly titleDerived: boolean;
	readonly source: string | null;
	readonly byline: string | null;
	readonly date: string | null;
	readonly url: string | null;
	readonly feed: string | null;
	readonly words: number;
	#body: ArticleBody | null = null;

	constructor(
		row: LibraryEntry,
		private readonly readBody: () => ArticleBody,
	) {
		({ title: this.title, titleDerived: this.titleDerived, source: this.source, byline: this.byline, date: this.date, url: this.url, feed: this.feed, words: this.words } = row);
	}

	private load(): ArticleBody {
		if (this.#body) return this.#body;
		try {
			this.#body = this.readBody();
		} catch (error) {
			const text = `This article could not be read from the library index (${describeFsError(error)}). Open it again after restarting Marginalia.`;
			this.#body = { text, fingerprint: '', dek: null, paragraphs: [{ start: 0, end: text.length, kind: 'body' }], units: [], quotes: [] };
		}
		return this.#body;
	}

	get text(): string {
		return this.load().text;
	}

	get paragraphs(): ArticleBody['paragraphs'] {
		return this.load().paragraphs;
	}

	get fingerprint(): string {
		return this.load().fingerprint;
	}

	get dek(): string | null {
		return this.load().dek;
	}

	get markup(): Markup | undefined {
		return this.load().markup;
	}
}

function lazyLoadedArticle(row: LibraryEntry, readBody: () => ArticleBody): LoadedArticle {
	return { path: row.path, article: new IndexedArticleText(row, readBody), summary: { quotes: row.quotes, speakers: row.speakers }, mtimeMs: row.mtimeMs, size: row.size };
}
