import Fuse from 'fuse.js';

export type LibrarySort = 'recent' | 'date' | 'title';

export const LIBRARY_SORTS: readonly LibrarySort[] = ['recent', 'date', 'title'];

/** What the library list is ordered and filtered by, one per article. */
export interface LibraryRow {
	readonly title: string;
	readonly source: string | null;
	/** The article's own date (front matter), ISO 8601. */
	readonly date: string | null;
	/** When the file last changed, as a fallback for `date`. */
	readonly modified: number;
	/** When the reader last left it, ISO 8601; null if never opened. */
	readonly lastRead: string | null;
	readonly speakers: readonly string[];
	/** The feed it came from: the feed's title and address, what `feed:name` in the filter matches. */
	readonly feed?: string | null;
}

// One collator for every comparison: localeCompare with options builds one per call (10,000 titles: seconds).
const TITLES = new Intl.Collator(undefined, { sensitivity: 'base' });
const byTitle = (a: LibraryRow, b: LibraryRow) => TITLES.compare(a.title, b.title);
const dateOf = (row: LibraryRow) => (row.date ? Date.parse(row.date) || row.modified : row.modified);

const COMPARE: Readonly<Record<LibrarySort, (a: LibraryRow, b: LibraryRow) => number>> = {
	// Recently read first, then the unread ones by title.
	recent: (a, b) => (b.lastRead ?? '').localeCompare(a.lastRead ?? '') || byTitle(a, b),
	date: (a, b) => dateOf(b) - dateOf(a) || byTitle(a, b),
	title: byTitle,
};

export function nextSort(sort: LibrarySort): LibrarySort {
	return LIBRARY_SORTS[(LIBRARY_SORTS.indexOf(sort) + 1) % LIBRARY_SORTS.length]!;
}

const FEED_TERM = /(?:^|\s)feed:(?:"([^"]*)"?|(\S*))/gi;

/** A library filter: `feed:name` (or `feed:"two words"`) terms, and the words matched fuzzily. */
export function parseLibraryQuery(query: string): { feeds: string[]; words: string } {
	const feeds: string[] = [];
	const words = query.replace(FEED_TERM, (_, quoted: string | undefined, bare: string | undefined) => {
		const name = (quoted ?? bare ?? '').trim().toLowerCase();
		if (name !== '') feeds.push(name);
		return ' ';
	});
	return { feeds, words: words.trim() };
}

/**
 * The indexes of the rows to show, in order: all of them sorted, or, with a query, the fuzzy matches on
 * title, source and speakers, best first. `feed:name` keeps the articles of the feeds whose title or address
 * contains the name (the other words still match fuzzily among them).
 */
export function orderLibrary(rows: readonly LibraryRow[], sort: LibrarySort, query: string): number[] {
	const { feeds, words: trimmed } = parseLibraryQuery(query);
	const inFeeds = (row: LibraryRow) => feeds.every((name) => row.feed?.toLowerCase().includes(name) === true);
	const indexes = rows.flatMap((row, index) => (feeds.length === 0 || inFeeds(row) ? [index] : []));
	if (trimmed === '') return indexes.sort((a, b) => COMPARE[sort](rows[a]!, rows[b]!));
	const fuse = new Fuse(indexes, {
		keys: [
			{ name: 'title', weight: 3, getFn: (index) => rows[index]!.title },
			{ name: 'source', weight: 1, getFn: (index) => rows[index]!.source ?? '' },
			{ name: 'speakers', weight: 2, getFn: (index) => [...rows[index]!.speakers] },
		],
		ignoreLocation: true,
		threshold: 0.3,
	});
	return fuse.search(trimmed).map((result) => result.item);
}
