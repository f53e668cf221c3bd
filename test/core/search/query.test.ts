import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSearchable, parseQuery } from '../../../source/core/search/query.js';

test('words are folded terms: case, accents and punctuation around them do not matter', () => {
	assert.deepEqual(parseQuery('  Zakharova  Café, ').words, ['zakharova', 'cafe']);
});

test('"a phrase" in straight or curly marks; an unclosed mark runs to the end', () => {
	const query = parseQuery('troops "direct  Confrontation" “coalition of the willing”');
	assert.deepEqual(query.words, ['troops']);
	assert.deepEqual(
		query.phrases.map((phrase) => [phrase.text, phrase.terms]),
		[
			['direct confrontation', ['direct', 'confrontation']],
			['coalition of the willing', ['coalition', 'of', 'the', 'willing']],
		],
	);
	assert.deepEqual(parseQuery('"no end here').phrases[0]!.terms, ['no', 'end', 'here']);
});

test('words joined by punctuation stand side by side: a phrase', () => {
	assert.deepEqual(parseQuery('peace-keeping').phrases[0]!.terms, ['peace', 'keeping']);
	assert.deepEqual(parseQuery('peace-keeping').words, []);
});

test('by:name keeps the name (quoted for several words); -word and -"phrase" exclude', () => {
	const query = parseQuery('by:Lavrov troops BY:"Maria Zakharova" -NATO -"direct clash"');
	assert.deepEqual(query.speakers, [['lavrov'], ['maria', 'zakharova']]);
	assert.deepEqual(query.words, ['troops']);
	assert.deepEqual(query.excluded.map((phrase) => phrase.terms), [['nato'], ['direct', 'clash']]);
});

test('a lone dash, an empty by: and single letters ask for nothing', () => {
	const query = parseQuery('- by: a');
	assert.deepEqual(query, { words: [], phrases: [], speakers: [], excluded: [] });
	assert.equal(isSearchable(query), false);
	assert.equal(isSearchable(parseQuery('-nato')), false, 'exclusions alone find nothing');
	assert.equal(isSearchable(parseQuery('by:lavrov')), true);
	assert.deepEqual(parseQuery('2025 x').words, ['2025'], 'numbers are terms, single letters are not');
});
