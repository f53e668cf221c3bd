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

// A quote within a quote (“He called it ‘a farce,’ ” she said) lies wholly inside it; otherwise two quotes never share
// a character: an unclosed mark before another quote (“unclosed “We will win,” she said) is a stray mark, not a quote
// around that one.
test('property: quotes never overlap (but a quote wholly inside another)', () => {
	fc.assert(
		fc.property(newsLike, (raw) => {
			const article = parseArticle(raw);
			const around: Quote[] = [];
			for (const quote of inTextOrder(analyseQuotes(article).quotes)) {
				while (around.length > 0 && around.at(-1)!.closeEnd <= quote.openStart) around.pop();
				const parent = around.at(-1);
				assert.ok(!parent || quote.closeEnd <= parent.closeEnd, `a quote at ${quote.openStart}–${quote.closeEnd} crosses the one at ${parent?.openStart}–${parent?.closeEnd}`);
				around.push(quote);
			}
		}),
		FEW_RUNS,
	);
});

test('an unclosed mark before a quote of its own family is a stray mark, not a quote around it', () => {
	for (const raw of ['„ "It is over," Lavrov said.', '“unclosed “We will not back down,” Lavrov said.']) {
		const { quotes } = analyseQuotes(parseArticle(raw));
		assert.equal(quotes.length, 1, raw);
		assert.equal(quotes[0]!.speaker, 'Lavrov', raw);
	}
});
