import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editQuery } from '../../../source/ui/components/FilterLine.js';
import { NO_KEY } from '../../../source/ui/keys/keypress.js';

test('a filter is typed into state: characters added, Backspace removes one, control keys ignored', () => {
	assert.equal(editQuery('zak', 'h', NO_KEY), 'zakh');
	assert.equal(editQuery('zakh', '', { ...NO_KEY, delete: true }), 'zak');
	assert.equal(editQuery('😀', '', { ...NO_KEY, backspace: true }), '', 'a whole emoji at once');
	assert.equal(editQuery('zak', 'c', { ...NO_KEY, ctrl: true }), 'zak');
	assert.equal(editQuery('zak', '\u001b', NO_KEY), 'zak');
});
