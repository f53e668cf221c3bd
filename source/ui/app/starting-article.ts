import { orderLibrary, type LibrarySort } from '../../core/library/order.js';
import type { LoadedArticle } from '../../library/load.js';
import type { Store } from '../../store/index.js';

/** The library opens on the article read last; with none read, on the top of the list as sorted. */
export function startingArticle(articles: readonly LoadedArticle[], store: Pick<Store, 'position'>, sort: LibrarySort): number {
	let latest: { index: number; updated: string } | null = null;
	articles.forEach(({ path }, index) => {
		const updated = store.position(path)?.updated;
		if (updated && (!latest || updated > latest.updated)) latest = { index, updated };
	});
	if (latest) return (latest as { index: number }).index;
	const rows = articles.map(({ article, summary, mtimeMs }) => ({
		title: article.title,
		source: article.source,
		date: article.date,
		modified: mtimeMs,
		lastRead: null,
		speakers: summary.speakers.map((speaker) => speaker.name),
	}));
	return orderLibrary(rows, sort, '')[0] ?? 0;
}
