import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAll, findOccurrence, normaliseForMatching } from '../../../source/core/annotations/find.js';

const ARTICLE = [
	'“We see no room for compromise,” Lavrov said — and he meant it.',
	'',
	'The minister’s remarks came after  talks\nin Moscow. «Nothing has changed», an aide said… later.',
	'“We see no room for compromise,” he repeated.',
].join('\n');

function at(text: string, range: { start: number; end: number } | undefined): string | undefined {
	return range && text.slice(range.start, range.end);
}

test('find: straight quotes match curly and guillemet quotes', () => {
	assert.equal(at(ARTICLE, findOccurrence(ARTICLE, '"We see no room for compromise,"')), '“We see no room for compromise,”');
	assert.equal(at(ARTICLE, findOccurrence(ARTICLE, '"Nothing has changed"')), '«Nothing has changed»');
});

test('find: apostrophes and dashes are normalised', () => {
	assert.equal(at(ARTICLE, findOccurrence(ARTICLE, "minister's remarks")), 'minister’s remarks');
	assert.equal(at(ARTICLE, findOccurrence(ARTICLE, 'said - and he')), 'said — and he');
});

test('find: any run of spaces and line breaks matches one space, and the range covers the original run', () => {
	const found = findOccurrence(ARTICLE, 'after talks in Moscow');
	assert.equal(at(ARTICLE, found), 'after  talks\nin Moscow');
});

test('find: typed dots match an ellipsis', () => {
	assert.equal(at(ARTICLE, findOccurrence(ARTICLE, 'aide said... later')), 'aide said… later');
});

test('find: the Nth occurrence, in reading order; none past the last', () => {
	const all = findAll(ARTICLE, '"We see no room');
	assert.equal(all.length, 2);
	assert.deepEqual(findOccurrence(ARTICLE, '"We see no room', 2), all[1]);
	assert.ok(all[1]!.start > all[0]!.start);
	assert.equal(findOccurrence(ARTICLE, '"We see no room', 3), undefined);
	assert.equal(findOccurrence(ARTICLE, '"We see no room', 0), undefined);
});

test('find: surrounding white space in the query is ignored; empty queries find nothing', () => {
	assert.equal(at(ARTICLE, findOccurrence(ARTICLE, '  Moscow.\n')), 'Moscow.');
	assert.deepEqual(findAll(ARTICLE, '   '), []);
});

test('find: matching is case-sensitive and text not there is not found', () => {
	assert.equal(findOccurrence(ARTICLE, 'lavrov said'), undefined);
	assert.equal(findOccurrence(ARTICLE, 'Putin'), undefined);
});

test('find: the normalised form maps every character back to the original', () => {
	const { text, starts, ends } = normaliseForMatching('a’ \n b…');
	assert.equal(text, "a' b...");
	assert.deepEqual([...starts], [0, 1, 2, 5, 6, 6, 6]);
	assert.deepEqual([...ends], [1, 2, 5, 6, 7, 7, 7]);
});
