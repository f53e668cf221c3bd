import { useMemo } from 'react';
import { dateValue, filterLibrary, sortedIndexes, titleOrder, type LibrarySort, type SortKeys } from '../../core/library/order.js';
import type { LoadedArticle } from '../../library/load.js';
import type { ReadingPosition } from '../../store/index.js';

/** What ordering the library reads of the store: every reading position at once. */
export interface PositionsSource {
	positions(): ReadonlyMap<string, ReadingPosition>;
}

/**
 * Kept per list of articles (the App's state keeps one array until the library changes): ten thousand
 * titles are sorted once, and a path finds its article without a scan.
 */
const titleOrders = new WeakMap<readonly LoadedArticle[], readonly number[]>();
const pathIndexes = new WeakMap<readonly LoadedArticle[], ReadonlyMap<string, number>>();

function titleOrderOf(articles: readonly LoadedArticle[]): readonly number[] {
	let order = titleOrders.get(articles);
	if (!order) titleOrders.set(articles, (order = titleOrder(articles.length, (index) => articles[index]!.article.title)));
	return order;
}

export function pathIndexOf(articles: readonly LoadedArticle[]): ReadonlyMap<string, number> {
	let index = pathIndexes.get(articles);
	if (!index) pathIndexes.set(articles, (index = new Map(articles.map((entry, at) => [entry.path, at]))));
	return index;
}

function sortKeys(articles: readonly LoadedArticle[], positions: ReadonlyMap<string, ReadingPosition>): SortKeys {
	const paths = pathIndexOf(articles);
	const lastRead = new Map<number, string>();
	for (const [file, position] of positions) {
		const index = paths.get(file);
		if (index !== undefined) lastRead.set(index, position.updated);
	}
	return {
		byTitle: titleOrderOf(articles),
		lastRead,
		dateOf: (index) => dateValue(articles[index]!.article.date, articles[index]!.mtimeMs),
	};
}

/** The library opens on the article read last; with none read, on the top of the list as sorted. */
export function startingArticle(articles: readonly LoadedArticle[], store: PositionsSource, sort: LibrarySort): number {
	const keys = sortKeys(articles, store.positions());
	let latest: { index: number; updated: string } | null = null;
	for (const [index, updated] of keys.lastRead) if (!latest || updated > latest.updated) latest = { index, updated };
	return latest?.index ?? sortedIndexes(keys, sort)[0] ?? 0;
}

/**
 * The articles' indexes in the order the library shows them: sorted, or filtered by `query`. Reading
 * positions change outside React: `refreshes` says when to read them again.
 */
export function useLibraryOrder(
	articles: readonly LoadedArticle[],
	store: PositionsSource,
	sort: LibrarySort,
	query: string,
	refreshes: number,
	/** Feed titles by address, for `feed:name`. */
	feedNames: ReadonlyMap<string, string>,
): readonly number[] {
	const keys = useMemo(() => sortKeys(articles, store.positions()), [articles, store, refreshes]);
	return useMemo(() => {
		const sorted = sortedIndexes(keys, sort);
		if (query.trim() === '') return sorted;
		return filterLibrary(
			sorted,
			(index) => {
				const { article, summary } = articles[index]!;
				return {
					title: article.title,
					source: article.source,
					speakers: summary.speakers.map((speaker) => speaker.name),
					feed: article.feed ? `${feedNames.get(article.feed) ?? ''} ${article.feed}` : null,
				};
			},
			query,
		);
	}, [keys, articles, sort, query, feedNames]);
}
