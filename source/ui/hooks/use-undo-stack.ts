import { useRef } from 'react';
import { describeError } from '../describe-error.js';

/** One change a screen can take back: `undo` does it and says what it did; it throws when it could not. */
export interface UndoEntry {
	readonly undo: () => string;
}

export interface UndoStack {
	push(entry: UndoEntry): void;
	/** Takes back the latest change and says so; a failed undo stays on the stack to try again. */
	undo(say: (message: string) => void): void;
}

/** A screen's last changes, newest on top: U takes back the latest, whatever it was (a delete, a correction). */
export function useUndoStack(): UndoStack {
	const entries = useRef<UndoEntry[]>([]);
	return useRef<UndoStack>({
		push: (entry) => void entries.current.push(entry),
		undo(say) {
			const last = entries.current.pop();
			if (!last) return say('Nothing to undo');
			try {
				say(last.undo());
			} catch (error) {
				entries.current.push(last);
				say(`Not undone: ${describeError(error)}`);
			}
		},
	}).current;
}
