import { correctsSameQuote, type CorrectionInput, type Store, type StoredCorrection } from '../../store/index.js';
import { changeStore } from '../store-change.js';

/** What the screens write of speaker corrections. */
export type CorrectionStore = Pick<Store, 'corrections' | 'addCorrection' | 'removeCorrection' | 'restoreCorrection'>;

export interface CorrectionsChanged {
	/** Takes the change back; returns why that is not saved yet (kept in memory, saved when it can be), or null. */
	readonly takeBack: () => string | null;
	/** Why the change is not saved yet (kept in memory, saved when it can be), or null when it is. */
	readonly unsaved: string | null;
}

/**
 * Removes and adds corrections as one change, and returns what takes it back: the added ones removed, the
 * removed ones and those the new ones replaced (a quote corrected again) put back. A failure part way takes
 * back what was done and throws; a step kept unsaved is a step made.
 */
export function changeCorrections(store: CorrectionStore, change: { remove?: readonly StoredCorrection[]; add?: readonly CorrectionInput[] }): CorrectionsChanged {
	const added: StoredCorrection[] = [];
	const removed: StoredCorrection[] = [];
	let unsaved: string | null = null;
	const step = <T>(write: () => T): T => {
		const outcome = changeStore(write);
		if (!outcome.made) throw new Error(outcome.reason);
		unsaved = outcome.unsaved ?? unsaved;
		return outcome.result;
	};
	const takeBack = () => {
		unsaved = null;
		for (const correction of [...added].reverse()) step(() => store.removeCorrection(correction.id));
		for (const correction of [...removed].reverse()) step(() => store.restoreCorrection(correction));
		return unsaved;
	};
	try {
		for (const correction of change.remove ?? []) {
			const gone = step(() => store.removeCorrection(correction.id));
			if (gone) removed.push(gone);
		}
		for (const input of change.add ?? []) {
			const replaced = input.kind === 'set' ? store.corrections(input.file).filter((earlier) => correctsSameQuote(earlier, input)) : [];
			added.push(step(() => store.addCorrection(input)));
			removed.push(...replaced);
		}
	} catch (error) {
		takeBack();
		throw error;
	}
	return { takeBack, unsaved };
}
