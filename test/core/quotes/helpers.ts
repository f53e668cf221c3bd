import assert from 'node:assert/strict';
import { parseArticle } from '../../../source/core/article/article.js';
import { analyseQuotes, type Quote, type QuoteAnalysis } from '../../../source/core/quotes/index.js';

const HEADLINE = 'Reservoir levels fall as the dry spell drags on';

/** Quotes and speakers of an article made of the paragraphs under a fixed headline. */
export function analyse(...paragraphs: string[]): QuoteAnalysis {
	return analyseQuotes(parseArticle(`${HEADLINE}\n\n${paragraphs.join('\n\n')}\n`));
}

/** The one quote whose text contains `fragment`. */
export function only(analysis: QuoteAnalysis, fragment: string): Quote {
	const found = analysis.quotes.filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote containing ${JSON.stringify(fragment)}; got ${JSON.stringify(analysis.quotes.map((quote) => quote.text))}`);
	return found[0]!;
}
