import Fuse from 'fuse.js';
import { editQuery, type TypingKey } from '../text/typed.js';

/** What the reader chose for a speaker: a name (one listed or typed), nobody (not a quote), or the engine's. */
export type SpeakerChoice = { readonly kind: 'name'; readonly name: string } | { readonly kind: 'nobody' } | { readonly kind: 'engine' };

export interface PickOption {
	readonly label: string;
	readonly choice: SpeakerChoice;
	/** Said dimly after the label: "now", "3 quotes". */
	readonly note?: string;
}

/**
 * - reassign (R on a quote): the article's speakers, nobody, back to the engine's; or a name typed.
 * - merge (M on a speaker): the others to merge it into; typing filters them.
 * - rename (E on a speaker): the name typed, starting from its spelling now.
 */
export type PickPurpose = 'reassign' | 'merge' | 'rename';

/** A picker of speakers as pure state, so that keys typed right after the key that opened it are kept. */
export interface SpeakerPick {
	readonly purpose: PickPurpose;
	/** Who or what is corrected: the quote's words, the speaker's name. */
	readonly subject: string;
	readonly options: readonly PickOption[];
	/** A new speaker's name (reassign), a filter (merge), the new spelling (rename). */
	readonly typed: string;
	/** Row of `shownOptions`; for reassign, the row after the options is the typed name. */
	readonly cursor: number;
}

export type PickAction = { readonly type: 'move'; readonly by: 1 | -1 } | { readonly type: 'type'; readonly input: string; readonly key: TypingKey } | { readonly type: 'clear' };

export function openPick(purpose: PickPurpose, subject: string, options: readonly PickOption[], start: { cursor?: number; typed?: string } = {}): SpeakerPick {
	return { purpose, subject, options, typed: start.typed ?? '', cursor: Math.max(0, Math.min(start.cursor ?? 0, options.length - (purpose === 'reassign' ? 0 : 1))) };
}

/** The options as shown: a merge's filtered by what is typed (fuzzily, best first). */
export function shownOptions(pick: SpeakerPick): readonly PickOption[] {
	const typed = pick.typed.trim();
	if (pick.purpose !== 'merge' || typed === '') return pick.options;
	return new Fuse(pick.options, { keys: ['label'], ignoreLocation: true, threshold: 0.35 }).search(typed).map((result) => result.item);
}

/** Rows the cursor moves over: the options shown, and for reassign the typed name after them. */
function rowCount(pick: SpeakerPick): number {
	return shownOptions(pick).length + (pick.purpose === 'reassign' ? 1 : 0);
}

export function pickReducer(pick: SpeakerPick, action: PickAction): SpeakerPick {
	switch (action.type) {
		case 'move': {
			const rows = rowCount(pick);
			return rows === 0 ? pick : { ...pick, cursor: (pick.cursor + action.by + rows) % rows };
		}
		case 'clear':
			return { ...pick, typed: '', cursor: pick.purpose === 'merge' ? 0 : pick.cursor };
		case 'type': {
			const typed = editQuery(pick.typed, action.input.replace(/[\r\n\t]+/g, ' '), action.key);
			if (typed === pick.typed) return pick;
			// Typing a name for a quote chooses it; typing a merge's filter starts at its best match.
			const cursor = pick.purpose === 'reassign' ? (typed === '' ? pick.cursor : pick.options.length) : pick.purpose === 'merge' ? 0 : pick.cursor;
			return { ...pick, typed, cursor };
		}
	}
}

/** True while a typed name is under way: digits and letters then belong to it. */
export function isTyping(pick: SpeakerPick): boolean {
	return pick.purpose === 'rename' || pick.typed !== '';
}

/** What Enter (or a row's number) chooses; null when there is nothing to choose (an empty name, no match). */
export function pickChoice(pick: SpeakerPick, row: number = pick.cursor): SpeakerChoice | null {
	const typed = pick.typed.replace(/\s+/g, ' ').trim();
	if (pick.purpose === 'rename') return typed === '' ? null : { kind: 'name', name: typed };
	const shown = shownOptions(pick);
	if (pick.purpose === 'reassign' && row === shown.length) return typed === '' ? null : { kind: 'name', name: typed };
	return shown[row]?.choice ?? null;
}
