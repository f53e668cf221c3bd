// The library's filter (`/`): fuzzy, by fuse.js, which the app loads after its first frame (order.ts sorts without it).
import Fuse from 'fuse.js';
import { dateValue, parseLibraryQuery, sortedIndexes, titleOrder, type LibraryRow, type LibrarySort, type SortKeys } from './order.js';

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
