import { editText, type EditAction, type EditState } from '../text/edit.js';
import type { TextRange } from '../text/range.js';

/**
 * A note being written: what it is on, the note as saved, and the text as typed. Kept in the screen's pure
 * state (not in a component), so keys typed right after `a` reach it and a redraw loses nothing.
 */
export interface NoteDraft {
	/** The highlight's words, or the quote or sentence a new highlight will cover. */
	readonly target: TextRange;
	readonly highlightId: string | null;
	/** The note as stored ('' when there is none yet). */
	readonly saved: string;
	readonly edit: EditState;
	/** Esc on a changed note asks: save, discard or keep editing. */
	readonly confirming: boolean;
	/** Opened with a draft kept from before (a signal, a crash, a closed terminal). */
	readonly restored: boolean;
}

export type NoteDraftAction =
	| { readonly type: 'edit'; readonly action: EditAction }
	| { readonly type: 'confirm' }
	| { readonly type: 'keep-editing' };

/** Opens the editor on `saved`, or on a kept draft when there is one that differs. */
export function openDraft(target: TextRange, highlightId: string | null, saved: string, kept: string | null = null): NoteDraft {
	const text = kept !== null && kept !== saved ? kept : saved;
	return { target, highlightId, saved, edit: { value: text, cursor: text.length }, confirming: false, restored: text !== saved };
}

/** Whether closing now would lose typing. */
export function isChanged(draft: NoteDraft): boolean {
	return draft.edit.value.trim() !== draft.saved.trim();
}

export function noteDraftReducer(draft: NoteDraft, action: NoteDraftAction): NoteDraft {
	switch (action.type) {
		case 'edit':
			return { ...draft, edit: editText(draft.edit, action.action), confirming: false };
		case 'confirm':
			return { ...draft, confirming: true };
		case 'keep-editing':
			return { ...draft, confirming: false };
	}
}
