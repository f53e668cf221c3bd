import type { Store } from '../../../store/index.js';

/** What the reader needs of the store: positions, highlights and notes, speaker corrections. */
export type ReaderStore = Pick<
	Store,
	| 'position'
	| 'setPosition'
	| 'highlights'
	| 'addHighlight'
	| 'setNote'
	| 'removeHighlight'
	| 'restoreHighlight'
	| 'reload'
	| 'draft'
	| 'keepDraft'
	| 'dropDraft'
	| 'corrections'
	| 'addCorrection'
	| 'removeCorrection'
	| 'restoreCorrection'
	| 'watchSaving'
>;

/** Re-reads the store; a lock held too long elsewhere just means reading on with what is in memory. */
export function reloadQuietly(store: Pick<Store, 'reload'>): void {
	try {
		store.reload();
	} catch {
		// Nothing is lost: the next change re-reads the file under the lock anyway.
	}
}
