import assert from 'node:assert/strict';
import { test } from 'node:test';
import { graphemes } from '../../../source/core/text/graphemes.js';

const whole = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map(({ segment, index }) => ({ segment, index }));

test('graphemes are those of the whole string, also where a piece ends inside a cluster', () => {
	const family = '👨‍👩‍👧‍👦';
	for (const lead of [0, 1, 505, 509, 510, 511, 512, 513]) {
		const text = `${'a'.repeat(lead)}${family}e\u0301${family.repeat(300)}🇫🇷x`;
		assert.deepEqual([...graphemes(text)], whole(text), `lead ${lead}`);
	}
});

test('a grapheme longer than a piece is still returned whole-or-cut, never lost', () => {
	const text = `a${'\u0301'.repeat(2000)}b`;
	const joined = [...graphemes(text)].map((g) => g.segment).join('');
	assert.equal(joined, text);
});

test('empty text has no graphemes', () => {
	assert.deepEqual([...graphemes('')], []);
});
