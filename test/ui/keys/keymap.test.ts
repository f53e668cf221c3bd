import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Key } from 'ink';
import { bindingsFor, chordId, commandFor, KEYMAP, MODE_TITLES, type Mode } from '../../../source/ui/keys/keymap.js';
import { keysMarkdown } from '../../../source/ui/keys/keys-markdown.js';

const MODES = Object.keys(MODE_TITLES) as Mode[];

test('no key is bound twice in one mode (global keys count in every mode)', () => {
	for (const mode of MODES) {
		const seen = new Map<string, string>();
		for (const binding of bindingsFor(mode)) {
			for (const chord of binding.chords) {
				const id = chordId(chord);
				assert.ok(!seen.has(id), `${mode}: "${id}" is bound to both ${seen.get(id)} and ${binding.command}`);
				seen.set(id, binding.command);
			}
		}
	}
});

test('the duplicate check finds a key bound twice', () => {
	const ids = [...bindingsFor('reader'), { ...KEYMAP[0]!, chords: [{ input: 'j' }] }].flatMap((b) => b.chords.map(chordId));
	assert.notEqual(new Set(ids).size, ids.length);
});

const noKey: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
	super: false, hyper: false, capsLock: false, numLock: false,
};

test('keys resolve to commands per mode', () => {
	assert.equal(commandFor('reader', ' ', noKey), 'reader.pageForward');
	assert.equal(commandFor('reader', '', { ...noKey, pageDown: true }), 'reader.pageForward');
	assert.equal(commandFor('library', 'j', noKey), 'library.down');
	assert.equal(commandFor('reader', 'j', noKey), 'reader.lineDown');
	assert.equal(commandFor('reader', '', { ...noKey, escape: true, meta: true }), 'back');
	assert.equal(commandFor('reader', 'c', { ...noKey, ctrl: true }), 'quit');
	assert.equal(commandFor('reader', 'z', { ...noKey, ctrl: true }), 'suspend');
	assert.equal(commandFor('reader', 'j', { ...noKey, ctrl: true }), undefined, 'Ctrl-J is not j');
	assert.equal(commandFor('help', 'j', noKey), 'help.down');
	assert.equal(commandFor('help', 'x', noKey), undefined);
	assert.equal(commandFor('note', 'c', { ...noKey, ctrl: true }), 'quit', 'Ctrl-C quits even from the note editor');
	assert.equal(commandFor('note', '', { ...noKey, return: true, meta: true }), 'note.newline');
	assert.equal(commandFor('note', '\n', noKey), 'note.newline');
	assert.equal(commandFor('note', '', { ...noKey, return: true }), 'note.save');
	assert.equal(commandFor('select', 'q', noKey), 'select.cancel');
	assert.equal(commandFor('help', 'q', noKey), 'help.close');
});

test('the README key table is the one the keymap generates', () => {
	const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
	const table = /<!-- keys:start -->\n([\s\S]*?)\n<!-- keys:end -->/.exec(readme)?.[1];
	assert.equal(table, keysMarkdown(), 'run: npx tsx scripts/keys-table.ts and paste between the keys markers');
});
