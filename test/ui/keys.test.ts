import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Key } from 'ink';
import { splitKeypresses } from '../../source/ui/hooks/use-keys.js';
import { editQuery } from '../../source/ui/components/FilterLine.js';

const none: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
	super: false, hyper: false, capsLock: false, numLock: false,
};
const named = (pairs: Array<[string, Key]>) => pairs.map(([input, key]) => [input, Object.keys(key).filter((k) => key[k as keyof Key] === true).join('+')]);

test('keys that arrive in one chunk are handed over one at a time, Enter, Tab and Ctrl keys included', () => {
	assert.deepEqual(named(splitKeypresses('jj\r\t\u0003\n', none)), [
		['j', ''],
		['j', ''],
		['', 'return'],
		['', 'tab'],
		['c', 'ctrl'],
		['\n', ''],
	]);
	assert.deepEqual(named(splitKeypresses('G', none)), [['G', '']], 'a single key passes as it is');
	assert.deepEqual(splitKeypresses('', { ...none, pageDown: true }), [['', { ...none, pageDown: true }]], 'named keys are not split');
});

test('a filter is typed into state: characters added, Backspace removes one, control keys ignored', () => {
	assert.equal(editQuery('zak', 'h', none), 'zakh');
	assert.equal(editQuery('zakh', '', { ...none, delete: true }), 'zak');
	assert.equal(editQuery('😀', '', { ...none, backspace: true }), '', 'a whole emoji at once');
	assert.equal(editQuery('zak', 'c', { ...none, ctrl: true }), 'zak');
	assert.equal(editQuery('zak', '\u001b', none), 'zak');
});
