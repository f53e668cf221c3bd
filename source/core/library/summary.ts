import type { Article } from '../article/article.js';
import { analyseQuotes, type QuoteAnalysis } from '../quotes/index.js';

export interface QuoteSummary {
	/** Direct and partial quotes: someone's words. */
	readonly quotes: number;
	/** Most quoted first, counting only the quotes the engine is sure of: a guess never makes someone "most quoted". */
	readonly speakers: ReadonlyArray<{ readonly name: string; readonly quotes: number }>;
}

/** Who is quoted in an article and how often, for the library list and `list --json`. */
export function summariseQuotes(article: Article): QuoteSummary {
	return summariseAnalysis(analyseQuotes(article));
}

export function summariseAnalysis(analysis: QuoteAnalysis): QuoteSummary {
	const speech = analysis.quotes.filter((quote) => quote.kind === 'direct' || quote.kind === 'partial');
	return {
		quotes: speech.length,
		speakers: analysis.speakers
			.map(({ name, quotes, unsure }) => ({ name, quotes: quotes - unsure }))
			.filter((speaker) => speaker.quotes > 0)
			.sort((a, b) => b.quotes - a.quotes),
	};
}
