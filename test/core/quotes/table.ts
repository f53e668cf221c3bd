import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../source/core/article/article.js';
import { analyseQuotes, type QuoteKind, type RuleName } from '../../../source/core/quotes/index.js';

const HEADLINE = 'Reservoir levels fall as the dry spell drags on';

/**
 * One case of a pattern: the article's paragraphs (under a fixed headline unless `headline` is given), a
 * fragment of the one quote the case is about, and the exact speaker expected (null: nobody).
 */
export interface QuoteCase {
	readonly text: string | readonly string[];
	readonly quote: string;
	readonly speaker: string | null;
	readonly kind?: QuoteKind;
	readonly rule?: RuleName;
	readonly sure?: boolean;
	readonly headline?: string;
}

/** A table of cases for one pattern: each is a test that the quote is found and has exactly that speaker. */
export function quoteTable(pattern: string, cases: readonly QuoteCase[]): void {
	describe(pattern, () => {
		for (const entry of cases) {
			test(`“${entry.quote}” → ${entry.speaker ?? 'nobody'}`, () => {
				const paragraphs = typeof entry.text === 'string' ? [entry.text] : entry.text;
				const article = parseArticle(`${entry.headline ?? HEADLINE}\n\n${paragraphs.join('\n\n')}\n`);
				const { quotes } = analyseQuotes(article);
				const found = quotes.filter((quote) => quote.text.includes(entry.quote));
				assert.equal(found.length, 1, `one quote containing ${JSON.stringify(entry.quote)}; got ${JSON.stringify(quotes.map((quote) => quote.text))}`);
				const quote = found[0]!;
				assert.equal(article.text.slice(quote.start, quote.end), quote.text);
				assert.equal(quote.speaker, entry.speaker);
				if (entry.kind !== undefined) assert.equal(quote.kind, entry.kind);
				if (entry.rule !== undefined) assert.equal(quote.rule, entry.rule);
				if (entry.sure !== undefined) assert.equal(quote.sure, entry.sure);
			});
		}
	});
}
