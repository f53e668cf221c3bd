import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupHits, hitLabel, hitMarks, hitsInOrder, stepHit } from '../../../source/core/search/results.js';

const hit = (file: string, start: number, score: number, matches = [{ start, end: start + 4 }]) => ({ file, title: file.toUpperCase(), start, end: start + 4, matches, score });

test('hits are grouped by article, the best article first, each article’s hits in text order', () => {
	const groups = groupHits([hit('b', 50, 0.9), hit('a', 10, 0.8), hit('b', 5, 0.4), hit('a', 3, 0.7), hit('c', 1, 0.85)]);
	assert.deepEqual(
		groups.map((group) => [group.title, group.hits.map((h) => h.start)]),
		[
			['B', [5, 50]],
			['C', [1]],
			['A', [3, 10]],
		],
	);
	assert.deepEqual(
		hitsInOrder(groups).map((h) => `${h.file}${h.start}`),
		['b5', 'b50', 'c1', 'a3', 'a10'],
		'n steps down each article in turn',
	);
});

test('a hit is marked by its words, else whole (a note, a name); stepping wraps at both ends', () => {
	assert.deepEqual(hitMarks(hit('a', 3, 1, [{ start: 3, end: 5 }, { start: 9, end: 12 }])), [{ start: 3, end: 5 }, { start: 9, end: 12 }]);
	assert.deepEqual(hitMarks(hit('a', 3, 1, [])), [{ start: 3, end: 7 }]);
	assert.deepEqual(stepHit(1, 3, 1), { index: 2, wrapped: false });
	assert.deepEqual(stepHit(2, 3, 1), { index: 0, wrapped: true });
	assert.deepEqual(stepHit(0, 3, -1), { index: 2, wrapped: true });
	assert.equal(hitLabel(2, 17), 'hit 3 of 17');
	assert.equal(hitLabel(-1, 0), 'no hits');
});
