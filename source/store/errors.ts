/** A change that cannot be made: an unknown or deleted highlight, a range outside the text. */
export class StoreError extends Error {}

/** The config file cannot be written (a full disk, a read-only folder): what is in memory is not on disk. */
export class StoreWriteError extends StoreError {}

/**
 * The change was made, in memory, but could not be saved yet: it is kept and saved with the next change,
 * by `flush`, or (in the app) by a retry on a timer. `result` is what the method would have returned.
 */
export class UnsavedChangeError extends StoreError {
	constructor(
		readonly reason: string,
		readonly result: unknown,
	) {
		super(`${reason}; the change is kept, and saved as soon as it can be`);
	}
}

/** Another process held the lock for longer than we wait. */
export class StoreLockedError extends Error {}
