import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CandidateIndexBuilder, decodeCandidateIndex, encodeCandidateIndex, kindOf, type CandidateIndex, type HitKind } from '../../../source/core/search/candidate-index.js';
import { findCandidates } from '../../../source/core/search/candidates.js';
import { termsOf } from '../../../source/core/search/fold.js';
import { parseQuery } from '../../../source/core/search/query.js';
import { DamagedFileError } from '../../../source/core/search/sections.js';

const UNITS: { kind: HitKind; text: string; speaker?: string }[] = [
	{ kind: 'title', text: 'Russia warns peacekeepers in Ukraine would trigger direct confrontation' },
	{ kind: 'text', text: 'Maria Zakharova said the deployment would lead to a clash between Russia and NATO.' },
	{ kind: 'quote', text: 'We will view the presence of these troops on Ukrainian soil', speaker: 'Sergey Lavrov' },
	{ kind: 'quote', text: 'Troops should be sent against this threat', speaker: 'Emmanuel Macron' },
	{ kind: 'text', text: 'Peacekeepers could only be deployed with the consent of all parties.' },
	{ kind: 'speaker', text: 'Maria Zakharova' },
];

function build(): CandidateIndex {
	const builder = new CandidateIndexBuilder();
	for (const unit of UNITS) builder.addUnit(unit.kind, termsOf(unit.text), unit.speaker ? termsOf(unit.speaker) : []);
	return builder.build();
}

const found = (index: CandidateIndex, query: string, allowed?: Uint8Array) =>
	findCandidates(index, parseQuery(query), 10, allowed)
		.candidates.map((candidate) => candidate.unit)
		.sort((a, b) => a - b);

test('every word must be in one unit, each with a typo or two', () => {
	const index = build();
	assert.deepEqual(found(index, 'zakarova'), [1, 5]);
	assert.deepEqual(found(index, 'peacekeepers ukraine'), [0], 'the words apart in two units are no hit');
	assert.deepEqual(found(index, 'peacekeeprs'), [0, 4]);
	assert.deepEqual(found(index, 'nothing-like-it'), []);
});

test('by: keeps quotes whose speaker matches (fuzzily); -word drops units that have it', () => {
	const index = build();
	assert.deepEqual(found(index, 'by:lavrov troops'), [2]);
	assert.deepEqual(found(index, 'by:lavrof'), [2]);
	assert.deepEqual(found(index, 'troops'), [2, 3]);
	assert.deepEqual(found(index, 'troops -ukrainian'), [3]);
	assert.deepEqual(found(index, 'russia -nato'), [0]);
});

test('a phrase needs its words in the unit (its order is checked on the text); allowed limits the units', () => {
	const index = build();
	assert.deepEqual(found(index, '"direct confrontation"'), [0]);
	assert.deepEqual(found(index, '"consent of all"'), [4]);
	assert.deepEqual(found(index, 'peacekeepers', Uint8Array.from([0, 0, 0, 0, 1, 0])), [4]);
});

test('the best guesses come first: a title over a long paragraph with the same word', () => {
	const index = build();
	const ranked = findCandidates(index, parseQuery('peacekeepers'), 10).candidates;
	assert.equal(kindOf(index, ranked[0]!.unit), 'title');
	assert.equal(findCandidates(index, parseQuery('peacekeepers'), 1).candidates.length, 1, 'at most the limit');
});

test('encoded and decoded, the index finds the same; damaged bytes are an error, not a wrong answer', () => {
	const index = build();
	const bytes = encodeCandidateIndex(index, { built: 'test' }, { extra: Uint32Array.from([1, 2, 3]) });
	const decoded = decodeCandidateIndex(bytes);
	assert.deepEqual(decoded.meta, { built: 'test' });
	assert.deepEqual([...decoded.extra('extra')], [1, 2, 3]);
	for (const query of ['zakarova', 'by:lavrov troops', 'russia -nato']) assert.deepEqual(found(decoded.index, query), found(index, query));
	assert.throws(() => decodeCandidateIndex(bytes.subarray(0, bytes.length - 40)), DamagedFileError);
	assert.throws(() => decodeCandidateIndex(new TextEncoder().encode('not an index at all')), DamagedFileError);
	const wrongHeader = bytes.slice();
	wrongHeader[12] = 0x78; // the header's opening brace
	assert.throws(() => decodeCandidateIndex(wrongHeader), DamagedFileError);
});
