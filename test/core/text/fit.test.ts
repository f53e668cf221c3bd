import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fit, truncate } from '../../../source/core/text/fit.js';

test('truncate cuts to the width with an ellipsis, counting wide characters as two', () => {
	assert.equal(truncate('short', 10), 'short');
	assert.equal(truncate('exactly ten', 11), 'exactly ten');
	assert.equal(truncate('a little too long', 10), 'a little …');
	assert.equal(truncate('東京都庁舎', 5), '東京…');
	assert.equal(truncate('anything', 0), '');
	assert.equal(fit('ab', 4), 'ab  ');
	assert.equal(fit('ab', 4, true), '  ab');
});

test('truncate cuts a very long text the same way (it reads only the start of it)', () => {
	const long = `“${'word '.repeat(100_000)}”`;
	assert.equal(truncate(long, 12), '“word word …');
	assert.equal(truncate(`${'👩‍👩‍👧‍👦'.repeat(50)}x`, 6), '👩‍👩‍👧‍👦👩‍👩‍👧‍👦…');
});
