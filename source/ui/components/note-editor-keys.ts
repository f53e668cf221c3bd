import type { NoteDraft, NoteDraftAction } from '../../core/annotations/note-draft.js';
import { isChanged } from '../../core/annotations/note-draft.js';
import type { EditAction } from '../../core/text/edit.js';
import { commandFor } from '../keys/keymap.js';
import type { Keypress } from '../keys/keypress.js';

/** What a key does to a note being written. */
export type NoteKeyResult =
	| { readonly type: 'draft'; readonly action: NoteDraftAction }
	| { readonly type: 'save' }
	/** Close without saving: nothing changed, or the change was discarded. */
	| { readonly type: 'close' }
	/** Not the editor's: Ctrl-C and Ctrl-Z go on to the App (the draft is kept on the way out). */
	| { readonly type: 'pass' }
	| { readonly type: 'ignore' };

const edit = (action: EditAction): NoteKeyResult => ({ type: 'draft', action: { type: 'edit', action } });

const EDITING: Partial<Record<string, EditAction>> = {
	'note.deleteWord': { type: 'delete-word-back' },
	'note.deleteLine': { type: 'delete-line-back' },
	'note.lineStart': { type: 'line-start' },
	'note.lineEnd': { type: 'line-end' },
};

/** The note editor's keys, shared by every screen that writes notes (the reader, the notes screen). */
export function noteKey(draft: NoteDraft, { input, key, paste }: Keypress): NoteKeyResult {
	if (paste) return edit({ type: 'insert', text: input });
	if (draft.confirming) {
		const command = commandFor('unsaved', input, key);
		if (command === 'quit' || command === 'suspend') return { type: 'pass' };
		if (command === 'unsaved.save') return { type: 'save' };
		if (command === 'unsaved.discard') return { type: 'close' };
		if (command === 'unsaved.keepEditing') return { type: 'draft', action: { type: 'keep-editing' } };
		return { type: 'ignore' };
	}
	const command = commandFor('note', input, key);
	if (command === 'quit' || command === 'suspend') return { type: 'pass' };
	if (command === 'note.save') return { type: 'save' };
	if (command === 'note.newline') return edit({ type: 'insert', text: '\n' });
	if (command === 'note.cancel') return isChanged(draft) ? { type: 'draft', action: { type: 'confirm' } } : { type: 'close' };
	const editing = command ? EDITING[command] : undefined;
	if (editing) return edit(editing);
	if (key.backspace || key.delete) return edit({ type: key.backspace || input === '' ? 'delete-back' : 'delete-forward' });
	if (key.leftArrow) return edit({ type: 'left' });
	if (key.rightArrow) return edit({ type: 'right' });
	if (key.upArrow) return edit({ type: 'up' });
	if (key.downArrow) return edit({ type: 'down' });
	if (key.ctrl || key.meta || key.tab || input === '') return { type: 'ignore' };
	return edit({ type: 'insert', text: input });
}
