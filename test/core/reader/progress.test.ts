import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readingTimeLabel, wordCountLabel } from '../../../source/core/reader/progress.js';

test('progress: word counts and reading times fit their 7-column cells with a space to spare, into the millions', () => {
	const cases: [number, string, string][] = [
		[344, '344', '1 min'],
		[12_345, '12,345', '54 min'],
		[99_999, '99,999', '7 h'],
		[123_456, '123k', '9 h'],
		[2_345_678, '2.3M', '170 h'],
		[45_000_000, '45M', '3261 h'],
		[10_000_000_000, '10000M', '9999 h'],
	];
	for (const [words, count, time] of cases) {
		assert.equal(wordCountLabel(words), count, `${words} words`);
		assert.equal(readingTimeLabel(words), time, `${words} words`);
	}
	for (let words = 1; words < 1e12; words = Math.ceil(words * 1.7)) {
		assert.ok(readingTimeLabel(words).length <= 6, readingTimeLabel(words));
		if (words < 1e9) assert.ok(wordCountLabel(words).length <= 6, wordCountLabel(words));
	}
});
