import { UnsavedChangeError } from '../store/errors.js';
import { describeError } from './describe-error.js';

/**
 * What a change to the store came to. One the store kept in memory because it cannot be saved yet (another
 * window holds the file, the disk is full) is made: it shows, it is saved by the retry or rescued on the way
 * out. So the screen goes on as if it were saved, and says why it is not yet.
 */
export type StoreChange<T> = { readonly made: true; readonly result: T; readonly unsaved: string | null } | { readonly made: false; readonly reason: string };

export function changeStore<T>(change: () => T): StoreChange<T> {
	try {
		return { made: true, result: change(), unsaved: null };
	} catch (error) {
		if (error instanceof UnsavedChangeError) return { made: true, result: error.result as T, unsaved: error.reason };
		return { made: false, reason: describeError(error) };
	}
}

/**
 * The message for a change made: as it is, or saying that it is not saved yet, and why (last: a narrow
 * message line cuts the end). `kept` names the change when it is not saved yet ("Note written", not "Note
 * saved"); by default the message's first part.
 */
export function madeMessage(message: string, unsaved: string | null, kept = message.split(' · ')[0]!): string {
	return unsaved === null ? message : `${kept}${KEPT}${unsaved}`;
}

const KEPT = ', not saved yet but kept: ';

/** For a message that said a change was kept unsaved, the one that says it is saved now; otherwise null. */
export function savedNowMessage(message: string | null): string | null {
	const kept = message?.indexOf(KEPT) ?? -1;
	return kept < 0 ? null : `${message!.slice(0, kept)} · saved now`;
}
