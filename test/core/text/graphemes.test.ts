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

test('the segmenter is only ever given bounded pieces, however long the word (it grows worse than linearly on Node 20)', () => {
	const segment = Intl.Segmenter.prototype.segment;
	let longest = 0;
	Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, input: string) {
		longest = Math.max(longest, input.length);
		return segment.call(this, input);
	};
	try {
		const word = 'x'.repeat(200_000);
		let count = 0;
		for (const _ of graphemes(word)) count++;
		assert.equal(count, 200_000);
	} finally {
		Intl.Segmenter.prototype.segment = segment;
	}
	assert.ok(longest > 0 && longest <= 1024, `the longest piece was ${longest} characters`);
});
