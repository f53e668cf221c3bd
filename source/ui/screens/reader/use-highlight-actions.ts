import type { LoadedArticle } from '../../../library/load.js';
import type { AnchoredHighlight } from '../../../library/anchoring.js';
import { StoreError, type StoredHighlight } from '../../../store/index.js';
import type { NoteDraft } from '../../../core/annotations/note-draft.js';
import type { TextRange } from '../../../core/text/range.js';
import { describeError, type ReaderStore } from './reader-store.js';
import type { UndoStack } from '../../hooks/use-undo-stack.js';

export interface HighlightActions {
	/** The new highlight, or null when there was one already or it could not be saved (the message says which). */
	add(range: TextRange): StoredHighlight | null;
	/** Deletes it; the reader's U (its undo stack) puts it back. */
	remove(highlight: AnchoredHighlight | undefined): void;
	/** True once the note is stored; false leaves the editor open (the message says why). */
	saveNote(draft: NoteDraft): boolean;
}

/**
 * Every change the reader makes to highlights and notes, each written at once; failures are told in the
 * reader's message line and lose nothing. `changed` is called after each write, so the screen re-reads.
 */
export function useHighlightActions({
	store,
	entry,
	highlights,
	say,
	changed,
	undo,
}: {
	store: ReaderStore;
	entry: LoadedArticle;
	/** As the store has them now: an earlier key of the same chunk may have written one. */
	highlights: () => readonly AnchoredHighlight[];
	say: (message: string | null) => void;
	changed: () => void;
	undo: UndoStack;
}): HighlightActions {
	const { article } = entry;
	const highlightRange = (range: TextRange, note?: string) =>
		store.addHighlight({ file: entry.path, text: article.text, fingerprint: article.fingerprint, ...range, ...(note === undefined ? {} : { note }) });

	return {
		add(range) {
			if (highlights().some((h) => h.start === range.start && h.end === range.end)) {
				say('Already highlighted · a adds a note');
				return null;
			}
			try {
				const highlight = highlightRange(range);
				changed();
				return highlight;
			} catch (error) {
				say(`Not saved: ${describeError(error)}`);
				return null;
			}
		},
		remove(focused) {
			if (!focused) return say('No highlight here');
			try {
				const removed = store.removeHighlight(focused.highlight.id);
				if (removed) {
					undo.push({
						undo: () => {
							store.restoreHighlight(removed);
							changed();
							return 'Highlight restored';
						},
					});
				}
				changed();
				say('Highlight deleted · U undoes');
			} catch (error) {
				say(`Not deleted: ${describeError(error)}`);
			}
		},
		/** A highlight deleted in another window meanwhile is made again with the note: the note is what matters. */
		saveNote(draft) {
			const note = draft.edit.value.trim();
			try {
				if (!draft.highlightId) highlightRange(draft.target, note);
				else {
					try {
						store.setNote(draft.highlightId, note);
					} catch (error) {
						if (!(error instanceof StoreError)) throw error;
						highlightRange(draft.target, note);
					}
				}
			} catch (error) {
				say(`Note not saved (${describeError(error)}): Enter tries again, Esc discards`);
				return false;
			}
			changed();
			say(note === '' ? 'Note removed' : 'Note saved');
			return true;
		},
	};
}
