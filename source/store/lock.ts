import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreLockedError } from './errors.js';

export { StoreLockedError } from './errors.js';

/**
 * `<file>.lock`, a folder made with mkdir (atomic everywhere, network file systems included), holding an
 * `owner` file that names the process. Changes hold it for milliseconds, so a lock is abandoned, and taken
 * over, when its owner is a process of this machine that is gone, when it is older than STALE_AFTER_MS,
 * or when it is dated that far in the future (a clock set back, a copied folder).
 *
 * `tryLock` answers at once, `tryLockWithin` waits on the thread for at most a few tens of milliseconds (the
 * time another window's change holds the lock), and `withFileLockAsync` waits with timers.
 * Two processes taking over the same abandoned lock within microseconds could both succeed, the same
 * window proper-lockfile leaves; it needs a dead owner and two writers racing for it at once.
 */
const STALE_AFTER_MS = 10_000;
/** A lock folder with no owner file yet is being made; past this it was left by a crash between the two steps. */
const OWNERLESS_GRACE_MS = 1_000;
/** How long to wait for another process before giving up. */
const GIVE_UP_AFTER_MS = 15_000;
const FIRST_RETRY_MS = 5;
const LONGEST_RETRY_MS = 200;

interface Owner {
	readonly pid: number;
	readonly host: string;
	readonly token: string;
}

export type Release = () => void;

function lockFolder(file: string): string {
	return `${file}.lock`;
}

function readOwner(folder: string): Owner | null {
	try {
		const owner = JSON.parse(readFileSync(`${folder}/owner`, 'utf8')) as Partial<Owner>;
		return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.token === 'string' ? (owner as Owner) : null;
	} catch {
		return null;
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists, it is someone else's.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

interface Judgement {
	/** Why the lock may be taken over, or null while it is held. */
	readonly reason: 'gone' | 'stale' | 'dated in the future' | 'no owner' | 'owner gone' | null;
	/** The owner's token as judged: taking over moves exactly that lock, no other. */
	readonly token: string | null;
}

function judge(folder: string, now: number): Judgement {
	let modified: number;
	try {
		modified = statSync(folder).mtimeMs;
	} catch {
		return { reason: 'gone', token: null };
	}
	const owner = readOwner(folder);
	const token = owner?.token ?? null;
	if (now - modified > STALE_AFTER_MS) return { reason: 'stale', token };
	if (modified - now > STALE_AFTER_MS) return { reason: 'dated in the future', token };
	if (owner === null) return { reason: now - modified > OWNERLESS_GRACE_MS ? 'no owner' : null, token };
	if (owner.host === hostname() && !isRunning(owner.pid)) return { reason: 'owner gone', token };
	return { reason: null, token };
}

/** Why the lock at `folder` may be taken over, or null while it is held. */
export function abandonedBecause(folder: string, now = Date.now()): Judgement['reason'] {
	return judge(folder, now).reason;
}

/**
 * Moves an abandoned lock out of the way (a rename: of two racing processes only one moves it) and deletes
 * it. If what was moved is not the lock judged (another process took over and locked again in between), it
 * is put back.
 */
function breakLock(folder: string, judged: string | null): void {
	const aside = `${folder}.abandoned-${randomBytes(4).toString('hex')}`;
	try {
		renameSync(folder, aside);
	} catch {
		return;
	}
	if ((readOwner(aside)?.token ?? null) !== judged) {
		try {
			renameSync(aside, folder);
			return;
		} catch {
			// A new lock is already in place: the one moved was taken over anyway.
		}
	}
	rmSync(aside, { recursive: true, force: true });
}

/**
 * Takes the lock on `file` if it is free (or abandoned) and returns its release; null when another live
 * process holds it. Never waits. Throws when the lock cannot be made at all (a read-only folder).
 */
export function tryLock(file: string): Release | null {
	const folder = lockFolder(file);
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			mkdirSync(folder);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const { reason, token } = judge(folder, Date.now());
			if (reason === null) return null;
			// Released meanwhile: try again, but never rename what may already be someone else's new lock.
			if (reason !== 'gone') breakLock(folder, token);
			continue;
		}
		const owner: Owner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
		try {
			writeFileSync(`${folder}/owner`, JSON.stringify(owner));
		} catch (error) {
			rmSync(folder, { recursive: true, force: true });
			throw error;
		}
		return () => {
			// Taken over meanwhile (we were stopped for longer than STALE_AFTER_MS): the lock is no longer ours.
			if (readOwner(folder)?.token === owner.token) rmSync(folder, { recursive: true, force: true });
		};
	}
	return null;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * `tryLock`, trying again for up to `withinMs` while a live process holds the lock. A change holds it for
 * milliseconds, so two windows changing things at the same instant both save at once; a lock held longer
 * (a writer stopped with Ctrl-Z) costs this wait once, and is left to the caller's retry on timers.
 */
export function tryLockWithin(file: string, withinMs: number): Release | null {
	const began = Date.now();
	let delay = 1;
	for (;;) {
		const release = tryLock(file);
		const left = withinMs - (Date.now() - began);
		if (release || left <= 0) return release;
		Atomics.wait(pause, 0, 0, Math.min(delay, left));
		delay = Math.min(16, delay * 2);
	}
}

function lockedMessage(file: string, waitedMs: number): string {
	return waitedMs > 0
		? `the config file ${file} stayed locked by another Marginalia for ${Math.round(waitedMs / 1000)} s`
		: `the config file ${file} is being written by another Marginalia`;
}

/** Runs `action` holding the lock, or throws StoreLockedError at once if another process holds it. */
export function withFileLock<T>(file: string, action: () => T): T {
	const release = tryLock(file);
	if (!release) throw new StoreLockedError(lockedMessage(file, 0));
	try {
		return action();
	} finally {
		release();
	}
}

/** Runs `action` holding the lock, waiting for it (on timers, never blocking the thread) up to `giveUpAfterMs`. */
export async function withFileLockAsync<T>(file: string, action: () => T, giveUpAfterMs = GIVE_UP_AFTER_MS): Promise<T> {
	const began = Date.now();
	let delay = FIRST_RETRY_MS;
	for (;;) {
		const release = tryLock(file);
		if (release) {
			try {
				return action();
			} finally {
				release();
			}
		}
		if (Date.now() - began >= giveUpAfterMs) throw new StoreLockedError(lockedMessage(file, giveUpAfterMs));
		await sleep(delay / 2 + Math.random() * delay);
		delay = Math.min(LONGEST_RETRY_MS, delay * 2);
	}
}
