import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTEXT_LENGTH, InvalidRangeError, selectorsFor } from '../../../source/core/annotations/selectors.js';

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(4);

test('selectors: exact, 32-character prefix and suffix, and the position', () => {
	const start = text.indexOf('lazy', 60);
	const selectors = selectorsFor(text, start, start + 8);
	assert.equal(selectors.exact, 'lazy dog');
	assert.equal(selectors.prefix, text.slice(start - CONTEXT_LENGTH, start));
	assert.equal(selectors.prefix.length, 32);
	assert.equal(selectors.suffix, text.slice(start + 8, start + 8 + 32));
	assert.deepEqual([selectors.start, selectors.end], [start, start + 8]);
});

test('selectors: context is cut short at the ends of the text', () => {
	assert.equal(selectorsFor(text, 0, 3).prefix, '');
	assert.equal(selectorsFor(text, text.length - 4, text.length).suffix, '');
});

test('selectors: a context boundary never splits a surrogate pair', () => {
	const emoji = '😀';
	const withPair = `${emoji}${'a'.repeat(31)}HIGHLIGHT${'b'.repeat(31)}${emoji}`;
	const start = withPair.indexOf('HIGHLIGHT');
	const selectors = selectorsFor(withPair, start, start + 9);
	assert.equal(selectors.prefix, 'a'.repeat(31));
	assert.equal(selectors.suffix, 'b'.repeat(31));
});

test('selectors: empty or outside ranges are refused', () => {
	assert.throws(() => selectorsFor(text, 5, 5), InvalidRangeError);
	assert.throws(() => selectorsFor(text, -1, 5), InvalidRangeError);
	assert.throws(() => selectorsFor(text, 0, text.length + 1), InvalidRangeError);
});
