import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../../source/core/article/article.js';
import { analyseQuotes } from '../../../source/core/quotes/index.js';
import { summariseAnalysis } from '../../../source/core/library/summary.js';

test('"most quoted" counts only the quotes the engine is sure of', () => {
	const article = parseArticle(
		[
			'Harbour plan splits the council',
			'“We will not sign this agreement,” said Maria Lopez, the port director. “Not this year, not ever.”',
			'The Harbour Board was blunt in its findings: “Further discussion of the dredging plan is unnecessary.”',
		].join('\n\n'),
	);
	const guessed = analyseQuotes(article).quotes.find((quote) => quote.text.startsWith('Further discussion'));
	assert.equal(guessed?.speaker, 'Harbour Board');
	assert.equal(guessed?.sure, false, 'a colon after a body’s sentence is a guess');
	const summary = summariseAnalysis(analyseQuotes(article));
	assert.equal(summary.quotes, 3);
	assert.deepEqual(summary.speakers, [{ name: 'Maria Lopez', quotes: 2 }]);
});
