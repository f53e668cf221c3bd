import type { QuoteAnalysis } from '../quotes/index.js';

export interface QuoteSummary {
	/** Direct and partial quotes: someone's words. */
	readonly quotes: number;
	/** Most quoted first, counting only the quotes the engine is sure of: a guess never makes someone "most quoted". */
	readonly speakers: ReadonlyArray<{ readonly name: string; readonly quotes: number }>;
	/** Not counted yet: a large article opened before the library index had read it. */
	readonly pending?: boolean;
}

/** Who is quoted in an article and how often (its analysis), for the library list and `list --json`. */
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
