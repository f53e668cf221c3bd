import type { ArticleSummary, QuoteSource } from '../../core/library/corrected-library.js';
import type { Library, LibraryEntry } from './library.js';

/** The library index as a source of quotes: every article's speakers from the index, an article's quotes from its stored body. */
export function indexQuoteSource(library: Pick<Library, 'rows' | 'quotesIn'>): QuoteSource {
	return {
		articles: () => library.rows().map(summaryOf),
		quotesIn: (path) => library.quotesIn(path),
	};
}

export function summaryOf(row: LibraryEntry): ArticleSummary {
	return { file: row.path, title: row.title, source: row.source, date: row.date, quotes: row.quotes, speakers: row.speakers };
}
