import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTyping, openPick, pickChoice, pickReducer, shownOptions, type PickOption, type SpeakerPick } from '../../../source/core/annotations/speaker-pick.js';

const NO_KEY = { backspace: false, delete: false, ctrl: false, meta: false };
const type = (pick: SpeakerPick, text: string) => [...text].reduce((state, input) => pickReducer(state, { type: 'type', input, key: NO_KEY }), pick);
const named = (name: string): PickOption => ({ label: name, choice: { kind: 'name', name } });
const SPEAKERS = [named('Sergey Lavrov'), named('Maria Zakharova'), { label: 'Nobody (not a quote)', choice: { kind: 'nobody' } } as PickOption];

test('reassign: Enter takes the row under the cursor; a number takes that row', () => {
	const pick = openPick('reassign', '“…”', SPEAKERS, { cursor: 1 });
	assert.deepEqual(pickChoice(pick), { kind: 'name', name: 'Maria Zakharova' });
	assert.deepEqual(pickChoice(pick, 0), { kind: 'name', name: 'Sergey Lavrov' });
	assert.deepEqual(pickChoice(pickReducer(pick, { type: 'move', by: 1 })), { kind: 'nobody' });
});

test('reassign: typing chooses a new name, digits included once typing; backspace back to nothing returns to the list', () => {
	const pick = type(openPick('reassign', '“…”', SPEAKERS), 'Amon Murwira 2');
	assert.equal(isTyping(pick), true);
	assert.deepEqual(pickChoice(pick), { kind: 'name', name: 'Amon Murwira 2' });
	const erased = [...'Amon Murwira 2'].reduce((state) => pickReducer(state, { type: 'type', input: '', key: { ...NO_KEY, backspace: true } }), pick);
	assert.equal(erased.typed, '');
	assert.equal(pickChoice(erased), null, 'the typed row chooses nothing while empty');
	assert.deepEqual(pickChoice(pickReducer(erased, { type: 'move', by: 1 })), { kind: 'name', name: 'Sergey Lavrov' }, 'the cursor wraps to the top');
});

test('merge: typing filters the list fuzzily and Enter takes the best match', () => {
	const pick = type(openPick('merge', 'Lavrov', [named('Sergey Lavrov'), named('Maria Zakharova'), named('Dmitry Peskov')]), 'zakarova');
	assert.deepEqual(shownOptions(pick).map((option) => option.label), ['Maria Zakharova']);
	assert.deepEqual(pickChoice(pick), { kind: 'name', name: 'Maria Zakharova' });
	assert.equal(pickChoice(type(pick, 'xxxx')), null, 'nothing matches: nothing to choose');
});

test('rename: starts from the spelling now; Ctrl-U clears it; an empty name chooses nothing', () => {
	const pick = openPick('rename', 'Sergey Lavrov', [], { typed: 'Sergey Lavrov' });
	assert.deepEqual(pickChoice(type(pickReducer(pick, { type: 'clear' }), 'Sergei  Lavrov ')), { kind: 'name', name: 'Sergei Lavrov' });
	assert.equal(pickChoice(pickReducer(pick, { type: 'clear' })), null);
});
