import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupTerms, typoBudget } from '../../../source/core/search/vocabulary.js';

const VOCABULARY = ['confrontation', 'nato', 'nation', 'national', 'note', 'peacekeepers', 'peacekeeping', 'the', 'troop', 'troops', 'zakharova'].sort();

const found = (word: string, maxEdits: number, prefix = false) =>
	lookupTerms(VOCABULARY, word, { maxEdits, prefix }).map((match) => `${VOCABULARY[match.index]}:${match.edits}${match.prefix ? 'p' : ''}`);

test('a typo or two by length: none under four letters, one under eight, two from eight', () => {
	assert.deepEqual([typoBudget('the'), typoBudget('nato'), typoBudget('troopss'), typoBudget('zakarova')], [0, 1, 1, 2]);
});

test('whole words within the edits: a letter missing, added, changed, or two swapped', () => {
	assert.deepEqual(found('zakarova', 2), ['zakharova:1']);
	assert.deepEqual(found('troosp', 1), ['troop:1', 'troops:1'], 'a swap is one edit, as is a letter too many');
	assert.deepEqual(found('nato', 1), ['nato:0'], 'note is two edits away');
	assert.deepEqual(found('nate', 1), ['nato:1', 'note:1']);
	assert.deepEqual(found('confrontaton', 2), ['confrontation:1']);
	assert.deepEqual(found('the', 0), ['the:0']);
	assert.deepEqual(found('xyzzy', 2), []);
});

test('with prefixes, the words a query word begins (within the edits given for beginnings)', () => {
	const begins = (word: string, prefixEdits: number) =>
		lookupTerms(VOCABULARY, word, { maxEdits: 1, prefix: true, prefixEdits }).map((match) => `${VOCABULARY[match.index]}:${match.edits}${match.prefix ? 'p' : ''}`);
	assert.deepEqual(begins('peacek', 0), ['peacekeepers:0p', 'peacekeeping:0p']);
	assert.deepEqual(begins('peaxek', 0), [], 'a typo in a short beginning finds nothing');
	assert.deepEqual(begins('peaxek', 1), ['peacekeepers:1p', 'peacekeeping:1p']);
	assert.deepEqual(found('peacek', 1, true), ['peacekeepers:0p', 'peacekeeping:0p']);
	assert.deepEqual(found('natio', 1, true), ['nation:1', 'national:0p', 'nato:1']);
});

test('the trie walk finds exactly what comparing every word (and each of its beginnings) would', () => {
	let seed = 7;
	const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	const letters = 'abcde';
	const word = () => Array.from({ length: 2 + Math.floor(random() * 6) }, () => letters[Math.floor(random() * letters.length)]).join('');
	const vocabulary = [...new Set(Array.from({ length: 400 }, word))].sort();
	for (let i = 0; i < 60; i++) {
		const query = word();
		for (const maxEdits of [0, 1, 2]) {
			const expected = vocabulary.flatMap((term, index) => (distance(term, query) <= maxEdits ? [index] : []));
			assert.deepEqual(
				lookupTerms(vocabulary, query, { maxEdits, prefix: false }).map((match) => match.index),
				expected,
				`${query} within ${maxEdits}`,
			);
			const begun = vocabulary.flatMap((term, index) => {
				if (distance(term, query) <= maxEdits) return [];
				const best = Math.min(...Array.from({ length: term.length + 1 }, (_, end) => distance(term.slice(0, end), query)));
				return best <= maxEdits ? [`${index}:${best}`] : [];
			});
			assert.deepEqual(
				lookupTerms(vocabulary, query, { maxEdits, prefix: true }).flatMap((match) => (match.prefix ? [`${match.index}:${match.edits}`] : [])),
				begun,
				`${query} begins, within ${maxEdits}`,
			);
		}
	}
});

/** Optimal string alignment distance, the plain way. */
function distance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i]![j] = Math.min(rows[i]![j]!, rows[i - 2]![j - 2]! + 1);
		}
	}
	return rows[a.length]![b.length]!;
}
