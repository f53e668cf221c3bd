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

/**
 * What sorting needs, without an object per article: a library of thousands is sorted by title once, and
 * the other orders are made from that one and the few articles that were read.
 */
export interface SortKeys {
	/** Every article's index, in title order (`titleOrder`). */
	readonly byTitle: readonly number[];
	/** When the reader last left an article (ISO 8601), by index: only the articles read are in it. */
	readonly lastRead: ReadonlyMap<number, string>;
	/** The article's own date, else its file's modification time (ms since 1970). */
	dateOf(index: number): number;
}

// One collator for every comparison: localeCompare with options builds one per call (10,000 titles: seconds).
const TITLES = new Intl.Collator(undefined, { sensitivity: 'base' });

/** The indexes of `count` articles in title order: one collator sort. */
export function titleOrder(count: number, titleOf: (index: number) => string): number[] {
	const titles = Array.from({ length: count }, (_, index) => titleOf(index));
	return titles.map((_, index) => index).sort((a, b) => TITLES.compare(titles[a]!, titles[b]!) || a - b);
}

/** Each article's place in title order, to break ties without comparing titles again. */
function titleRanks(byTitle: readonly number[]): Int32Array {
	const ranks = new Int32Array(byTitle.length);
	byTitle.forEach((index, rank) => (ranks[index] = rank));
	return ranks;
}

/** The indexes of every article in the order `sort` asks for. */
export function sortedIndexes(keys: SortKeys, sort: LibrarySort): readonly number[] {
	const { byTitle, lastRead } = keys;
	switch (sort) {
		case 'title':
			return byTitle;
		case 'recent': {
			// Recently read first, then the unread ones by title.
			const ranks = titleRanks(byTitle);
			const read = [...lastRead.keys()].filter((index) => index < byTitle.length);
			read.sort((a, b) => (lastRead.get(b)! < lastRead.get(a)! ? -1 : lastRead.get(b)! > lastRead.get(a)! ? 1 : ranks[a]! - ranks[b]!));
			return read.length === 0 ? byTitle : [...read, ...byTitle.filter((index) => !lastRead.has(index))];
		}
		case 'date': {
			const ranks = titleRanks(byTitle);
			const dates = Float64Array.from(byTitle, (_, index) => keys.dateOf(index));
			return [...byTitle].sort((a, b) => dates[b]! - dates[a]! || ranks[a]! - ranks[b]!);
		}
	}
}

export function dateValue(date: string | null, modified: number): number {
	return date ? Date.parse(date) || modified : modified;
}

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

type FilteredRow = Pick<LibraryRow, 'title' | 'source' | 'speakers' | 'feed'>;

/**
 * Of `sorted` (article indexes in the order shown), those that `query` keeps: `feed:name` keeps the articles
 * of the feeds whose title or address contains the name, in their order; the other words match title, source
 * and speakers fuzzily, best first.
 */
export function filterLibrary(sorted: readonly number[], rowOf: (index: number) => FilteredRow, query: string): number[] {
	const { feeds, words } = parseLibraryQuery(query);
	const inFeeds = (row: FilteredRow) => feeds.every((name) => row.feed?.toLowerCase().includes(name) === true);
	const candidates = feeds.length === 0 ? [...sorted] : sorted.filter((index) => inFeeds(rowOf(index)));
	if (words === '') return candidates;
	const rows = new Map(candidates.map((index) => [index, rowOf(index)]));
	const fuse = new Fuse(candidates, {
		keys: [
			{ name: 'title', weight: 3, getFn: (index) => rows.get(index)!.title },
			{ name: 'source', weight: 1, getFn: (index) => rows.get(index)!.source ?? '' },
			{ name: 'speakers', weight: 2, getFn: (index) => [...rows.get(index)!.speakers] },
		],
		ignoreLocation: true,
		threshold: 0.3,
	});
	return fuse.search(words).map((result) => result.item);
}

/**
 * The indexes of the rows to show, in order: all of them sorted, or, with a query, the fuzzy matches on
 * title, source and speakers, best first. `feed:name` keeps the articles of the feeds whose title or address
 * contains the name (the other words still match fuzzily among them).
 */
export function orderLibrary(rows: readonly LibraryRow[], sort: LibrarySort, query: string): number[] {
	const lastRead = new Map<number, string>();
	rows.forEach((row, index) => row.lastRead && lastRead.set(index, row.lastRead));
	const keys: SortKeys = {
		byTitle: titleOrder(rows.length, (index) => rows[index]!.title),
		lastRead,
		dateOf: (index) => dateValue(rows[index]!.date, rows[index]!.modified),
	};
	const sorted = sortedIndexes(keys, sort);
	return query.trim() === '' ? [...sorted] : filterLibrary(sorted, (index) => rows[index]!, query);
}
