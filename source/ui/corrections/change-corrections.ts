import { correctsSameQuote, type CorrectionInput, type Store, type StoredCorrection } from '../../store/index.js';

/** What the screens write of speaker corrections. */
export type CorrectionStore = Pick<Store, 'corrections' | 'addCorrection' | 'removeCorrection' | 'restoreCorrection'>;

/**
 * Removes and adds corrections as one change, and returns what takes it back: the added ones removed, the
 * removed ones and those the new ones replaced (a quote corrected again) put back. A failure part way takes
 * back what was done and throws.
 */
export function changeCorrections(store: CorrectionStore, change: { remove?: readonly StoredCorrection[]; add?: readonly CorrectionInput[] }): () => void {
	const added: StoredCorrection[] = [];
	const removed: StoredCorrection[] = [];
	const undo = () => {
		for (const correction of [...added].reverse()) store.removeCorrection(correction.id);
		for (const correction of [...removed].reverse()) store.restoreCorrection(correction);
	};
	try {
		for (const correction of change.remove ?? []) {
			const gone = store.removeCorrection(correction.id);
			if (gone) removed.push(gone);
		}
		for (const input of change.add ?? []) {
			const replaced = input.kind === 'set' ? store.corrections(input.file).filter((earlier) => correctsSameQuote(earlier, input)) : [];
			added.push(store.addCorrection(input));
			removed.push(...replaced);
		}
	} catch (error) {
		undo();
		throw error;
	}
	return undo;
}
