import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findInArticle, matchLabel, stepMatch } from '../../../source/core/search/find-in-article.js';

const TEXT = 'A direct\nconfrontation between Russia and NATO.\n\n“Direct   confrontation,” she said. Café, CAFÉ and cafe.';

test('finds every match on the text with white space, case, accents and quote marks folded', () => {
	const matches = findInArticle(TEXT, 'direct confrontation');
	assert.deepEqual(
		matches.map(({ start, end }) => TEXT.slice(start, end)),
		['direct\nconfrontation', 'Direct   confrontation'],
		'a phrase broken across a line is found, offsets cover the original text',
	);
	assert.deepEqual(
		findInArticle(TEXT, 'cafe').map(({ start, end }) => TEXT.slice(start, end)),
		['Café', 'CAFÉ', 'cafe'],
	);
	assert.deepEqual(findInArticle(TEXT, '"direct').length, 1, 'a typed straight mark finds a curly one');
	assert.deepEqual(findInArticle(TEXT, '   '), []);
});

test('n and N step from the focus, wrapping around; the status line says which', () => {
	const matches = [{ start: 10, end: 12 }, { start: 50, end: 52 }, { start: 90, end: 92 }];
	assert.equal(stepMatch(matches, 10, 1), 1);
	assert.equal(stepMatch(matches, 95, 1), 0, 'past the last: the first');
	assert.equal(stepMatch(matches, 50, -1), 0);
	assert.equal(stepMatch(matches, 5, -1), 2, 'before the first: the last');
	assert.equal(stepMatch([], 0, 1), -1);
	assert.equal(matchLabel(2, 12), 'match 3 of 12');
	assert.equal(matchLabel(-1, 0), 'no match');
});
