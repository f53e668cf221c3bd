import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';

/** A lock older than this was left by a process that died; proper-lockfile then takes it over. */
const STALE_AFTER_MS = 10_000;
/** How long to wait for another process before giving up. Changes hold the lock for milliseconds. */
const GIVE_UP_AFTER_MS = 15_000;
const FIRST_RETRY_MS = 5;
const LONGEST_RETRY_MS = 100;

export class StoreLockedError extends Error {}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
	Atomics.wait(sleeper, 0, 0, ms);
}

/**
 * Runs `action` holding `<file>.lock` (a folder beside the file, proper-lockfile's scheme). The sync API
 * has no retries of its own, so they are done here, with a growing, jittered delay.
 */
export function withFileLock<T>(file: string, action: () => T, giveUpAfterMs = GIVE_UP_AFTER_MS): T {
	mkdirSync(dirname(file), { recursive: true });
	const giveUpAt = Date.now() + giveUpAfterMs;
	let delay = FIRST_RETRY_MS;
	let release: () => void;
	for (;;) {
		try {
			release = lockfile.lockSync(file, { realpath: false, stale: STALE_AFTER_MS });
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
			if (Date.now() >= giveUpAt) {
				throw new StoreLockedError(`the config file ${file} stayed locked by another Marginalia for ${giveUpAfterMs / 1000} s`);
			}
			sleepSync(delay / 2 + Math.random() * delay);
			delay = Math.min(LONGEST_RETRY_MS, delay * 2);
		}
	}
	try {
		return action();
	} finally {
		release();
	}
}
