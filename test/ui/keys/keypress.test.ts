import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_KEY, splitChunk, type Keypress } from '../../../source/ui/keys/keypress.js';

const named = (presses: Keypress[]) => presses.map(({ input, key }) => [input, Object.keys(key).filter((k) => key[k as keyof typeof key] === true).join('+')]);

test('keys that arrive in one chunk are handed over one at a time, Enter, Tab, Backspace and Ctrl keys included', () => {
	assert.deepEqual(named(splitChunk('jj\r\t\u0003\n\u007f', NO_KEY)), [
		['j', ''],
		['j', ''],
		['', 'return'],
		['', 'tab'],
		['c', 'ctrl'],
		['\n', ''],
		['', 'backspace+delete'],
	]);
	assert.deepEqual(named(splitChunk('G', NO_KEY)), [['G', '']], 'a single key passes as it is');
	assert.deepEqual(splitChunk('', { ...NO_KEY, pageDown: true }), [{ input: '', key: { ...NO_KEY, pageDown: true }, paste: false }], 'named keys are not split');
});

test('Esc with a key right behind it (ESC q, read by Ink as Alt-q) is Esc, then the key; Alt-Enter stays Alt-Enter', () => {
	assert.deepEqual(named(splitChunk('q', { ...NO_KEY, meta: true })), [
		['', 'escape+meta'],
		['q', ''],
	]);
	assert.deepEqual(named(splitChunk('', { ...NO_KEY, meta: true, return: true })), [['', 'return+meta']]);
});
