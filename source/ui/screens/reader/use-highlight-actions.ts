import type { LoadedArticle } from '../../../library/load.js';
import type { AnchoredHighlight } from '../../../library/anchoring.js';
import { StoreError, UnsavedChangeError, type StoredHighlight } from '../../../store/index.js';
import type { NoteDraft } from '../../../core/annotations/note-draft.js';
import type { TextRange } from '../../../core/text/range.js';
import type { ReaderStore } from './reader-store.js';
import { changeStore, madeMessage } from '../../store-change.js';
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
			const added = changeStore(() => highlightRange(range));
			if (!added.made) {
				say(`Not saved: ${added.reason}`);
				return null;
			}
			changed();
			say(madeMessage('Highlighted · a adds a note · x deletes', added.unsaved));
			return added.result;
		},
		remove(focused) {
			if (!focused) return say('No highlight here');
			const deleted = changeStore(() => store.removeHighlight(focused.highlight.id));
			if (!deleted.made) return say(`Not deleted: ${deleted.reason}`);
			const removed = deleted.result;
			if (removed) {
				undo.push({
					undo: () => {
						const restored = changeStore(() => store.restoreHighlight(removed));
						if (!restored.made) throw new Error(restored.reason);
						changed();
						return madeMessage('Highlight restored', restored.unsaved);
					},
				});
			}
			changed();
			say(madeMessage('Highlight deleted · U undoes', deleted.unsaved));
		},
		/** A highlight deleted in another window meanwhile is made again with the note: the note is what matters. */
		saveNote(draft) {
			const note = draft.edit.value.trim();
			const saved = changeStore(() => {
				if (!draft.highlightId) return highlightRange(draft.target, note);
				try {
					return store.setNote(draft.highlightId, note);
				} catch (error) {
					// Kept unsaved is made; only a highlight that is gone is made again.
					if (!(error instanceof StoreError) || error instanceof UnsavedChangeError) throw error;
					return highlightRange(draft.target, note);
				}
			});
			if (!saved.made) {
				say(`Note not saved (${saved.reason}): Enter tries again, Esc discards`);
				return false;
			}
			changed();
			say(note === '' ? madeMessage('Note removed', saved.unsaved) : madeMessage('Note saved', saved.unsaved, 'Note written'));
			return true;
		},
	};
}
