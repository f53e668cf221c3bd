import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isChanged, noteDraftReducer, openDraft } from '../../../source/core/annotations/note-draft.js';
import { editText } from '../../../source/core/text/edit.js';

test('a draft opens on the saved note, or on a kept draft that differs, and knows when it changed', () => {
	const fresh = openDraft({ start: 0, end: 5 }, 'id', 'saved');
	assert.deepEqual([fresh.edit.value, fresh.restored, isChanged(fresh)], ['saved', false, false]);
	const restored = openDraft({ start: 0, end: 5 }, 'id', 'saved', 'saved and more');
	assert.deepEqual([restored.edit.value, restored.restored, isChanged(restored)], ['saved and more', true, true]);
	const asking = noteDraftReducer(restored, { type: 'confirm' });
	assert.equal(asking.confirming, true);
	assert.equal(noteDraftReducer(asking, { type: 'edit', action: { type: 'insert', text: '!' } }).confirming, false);
});

test('Ctrl-W deletes the word before the cursor, Ctrl-U the line up to it', () => {
	const state = { value: 'one two three', cursor: 13 };
	assert.deepEqual(editText(state, { type: 'delete-word-back' }), { value: 'one two ', cursor: 8 });
	assert.deepEqual(editText({ value: 'one two ', cursor: 8 }, { type: 'delete-word-back' }), { value: 'one ', cursor: 4 });
	assert.deepEqual(editText({ value: 'first\nsecond', cursor: 12 }, { type: 'delete-line-back' }), { value: 'first\n', cursor: 6 });
});
