import type { ReaderAction, ReaderState } from '../../../core/reader/state.js';
import { noteKey } from '../../components/note-editor-keys.js';
import { isTyping } from '../../../core/annotations/speaker-pick.js';
import { commandFor, type CommandId } from '../../keys/keymap.js';
import type { Keypress } from '../../keys/keypress.js';
import { KeyPriority } from '../../keys/KeypressProvider.js';
import { useKeypress } from '../../keys/use-keypress.js';

/** Commands the App answers for every screen: the reader leaves them alone while reading. */
const APP_COMMANDS: ReadonlySet<CommandId> = new Set(['help', 'back', 'quit', 'suspend', 'notes', 'people', 'search']);

/**
 * The reader's keys, by the mode in its state as the keys before (in the same chunk) left it. While reading,
 * keys the App answers (q, ?, m, s, Ctrl-C) go on to it; a selection, the speakers panel, the note editor and
 * the find query take every key but Ctrl-C and Ctrl-Z.
 */
export function useReaderKeys({
	stateNow,
	dispatch,
	run,
	saveNote,
	closeNote,
	typeFind,
}: {
	stateNow: { readonly current: ReaderState };
	dispatch: (action: ReaderAction) => void;
	run: (command: CommandId, press: Keypress) => void;
	/** Stores the note being written and closes the editor when that worked. */
	saveNote: () => void;
	/** Closes the editor without saving (nothing changed, or the change was discarded). */
	closeNote: () => void;
	/** A key typed into the find query (/): the query changes and the matches are found again. */
	typeFind: (press: Keypress) => void;
}): void {
	useKeypress(
		(press) => {
			const state = stateNow.current;
			if (state.mode === 'note' && state.note) {
				const result = noteKey(state.note, press);
				switch (result.type) {
					case 'pass':
						return false;
					case 'draft':
						dispatch({ type: 'note', action: result.action });
						return true;
					case 'save':
						saveNote();
						return true;
					case 'close':
						closeNote();
						return true;
					case 'ignore':
						return true;
				}
			}
			if (state.mode === 'pick' && state.pick) {
				// The picker: its keys, and whatever else is typed goes into the name (digits too, once typing).
				const command = press.paste ? undefined : commandFor('pick', press.input, press.key);
				if (command === 'quit' || command === 'suspend') return false;
				if (command && !(command === 'pick.number' && isTyping(state.pick))) run(command, press);
				else dispatch({ type: 'pick', action: { type: 'type', input: press.input, key: press.key } });
				return true;
			}
			if (state.mode === 'find') {
				const command = press.paste ? undefined : commandFor('find', press.input, press.key);
				if (command === 'quit' || command === 'suspend') return false;
				if (command) run(command, press);
				else typeFind(press);
				return true;
			}
			if (press.paste) return state.mode !== 'reader';
			const command = commandFor(state.mode, press.input, press.key);
			if (state.mode !== 'reader') {
				if (command === 'quit' || command === 'suspend') return false;
				if (command) run(command, press);
				return true;
			}
			if (command === 'back' && press.key.escape && state.count !== '') {
				// Esc drops a half-typed count, as in vim and less, and stays.
				dispatch({ type: 'key' });
				return true;
			}
			if (!command || APP_COMMANDS.has(command)) {
				dispatch({ type: 'key' });
				return false;
			}
			run(command, press);
			return true;
		},
		{ priority: KeyPriority.screen },
	);
}
