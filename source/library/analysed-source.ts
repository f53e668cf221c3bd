import { isSure } from '../core/annotations/corrected-analysis.js';
import type { Article } from '../core/article/article.js';
import type { ArticleSummary, QuoteSource, StoredQuote } from '../core/library/corrected-library.js';
import { countSpeakers } from '../core/library/people.js';
import { analyseQuotes } from '../core/quotes/index.js';
import type { LoadedArticle } from './load.js';

interface Analysed {
	readonly summary: ArticleSummary;
	readonly quotes: readonly StoredQuote[];
}

/**
 * Articles loaded without the library index, as a source of quotes: each analysed by the quote engine the
 * first time it is asked for (a few articles given on the command line, the tests' small libraries).
 */
export function analysedQuoteSource(articles: () => readonly LoadedArticle[]): QuoteSource {
	const analysed = new WeakMap<Article, Analysed>();
	const analyse = ({ path, article }: LoadedArticle): Analysed => {
		const known = analysed.get(article);
		if (known) return known;
		const analysis = analyseQuotes(article);
		const quotes = analysis.quotes.map(({ start, end, speaker, kind, ...rest }) => ({ start, end, speaker, kind, sure: isSure(rest) }));
		const aliases = new Map(analysis.speakers.map((speaker) => [speaker.name, speaker.aliases]));
		const speakers = countSpeakers(quotes, (name) => aliases.get(name) ?? []);
		const summary = { file: path, title: article.title, source: article.source, date: article.date, quotes: quotes.filter((quote) => quote.kind === 'direct' || quote.kind === 'partial').length, speakers };
		const made = { summary, quotes };
		analysed.set(article, made);
		return made;
	};
	return {
		articles: () => articles().map((entry) => analyse(entry).summary),
		quotesIn(path) {
			const entry = articles().find((candidate) => candidate.path === path);
			return entry ? { text: entry.article.text, quotes: analyse(entry).quotes } : null;
		},
	};
}
