import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticle } from '../../source/core/article/article.js';
import { analyseQuotes, type Quote } from '../../source/core/quotes/index.js';
import { FEW_RUNS, hostileText } from '../helpers/arbitraries.js';

/** Text that looks like news around its quotes: names, verbs, every kind of mark, and hostile text between. */
const newsLike = fc
	.array(
		fc.oneof(
			hostileText,
			fc.constantFrom('“We will not back down,” Lavrov said.', '"It is over," she said.', '«Non», a dit Macron.', 'Peskov said: “No.”', '‘Scare’ quotes', '“unclosed', 'closed”', '\n\n', '\n', ' '),
		),
		{ maxLength: 30 },
	)
	.map((pieces) => pieces.join(' '));

const inTextOrder = (quotes: readonly Quote[]) => [...quotes].sort((a, b) => a.openStart - b.openStart || a.closeEnd - b.closeEnd);

test('property: the quote engine never throws, and its quotes and mentions lie inside the text', () => {
	fc.assert(
		fc.property(newsLike, (raw) => {
			const article = parseArticle(raw);
			const { quotes, speakers } = analyseQuotes(article);
			for (const quote of quotes) {
				assert.ok(0 <= quote.openStart && quote.openStart <= quote.start && quote.start <= quote.end, JSON.stringify(quote));
				assert.ok(quote.end <= quote.closeEnd && quote.closeEnd <= article.text.length, JSON.stringify(quote));
				assert.equal(quote.text, article.text.slice(quote.start, quote.end));
			}
			assert.ok(speakers.every((speaker) => speaker.mentions.every((m) => 0 <= m.start && m.start < m.end && m.end <= article.text.length)));
		}),
		FEW_RUNS,
	);
});

// Fails today: an unclosed mark before another quote in the same paragraph (“unclosed “We will not back
// down,” Lavrov said.) gives two quotes, one inside the other. The fix belongs inside core/quotes/ (marks),
// which the quote engineer owns; this property stays a todo until then.
test('property: quotes never overlap', { todo: 'core/quotes: an unclosed mark before another quote yields nested, overlapping quotes' }, () => {
	fc.assert(
		fc.property(newsLike, (raw) => {
			const article = parseArticle(raw);
			let previousEnd = 0;
			for (const quote of inTextOrder(analyseQuotes(article).quotes)) {
				assert.ok(quote.openStart >= previousEnd, `quotes overlap at ${quote.openStart} (the previous ended at ${previousEnd})`);
				previousEnd = quote.closeEnd;
			}
		}),
		FEW_RUNS,
	);
});
