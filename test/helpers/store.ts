import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../source/store/index.js';
import { temporaryFolder } from './temp.js';

export interface TempStore {
	readonly store: Store;
	readonly dir: string;
}

/**
 * A real store in a new temporary config folder: tests never touch the user's config. `retryInBackground`
 * as the app opens it: a change kept unsaved is tried again on a timer.
 */
export async function tempStore(dir = temporaryFolder('marginalia-test-'), options: { retryInBackground?: boolean } = {}): Promise<TempStore> {
	const { store } = await openStore({ configDir: dir, ...options });
	return { store, dir };
}

export interface Recorded {
	readonly copied: string[];
	readonly opened: string[];
	readonly copy: (text: string) => { via: string };
	readonly openUrl: (url: string) => { via: string };
}

/** Stand-ins for the clipboard and the browser that remember what they were given. */
export function recorder(): Recorded {
	const copied: string[] = [];
	const opened: string[] = [];
	return {
		copied,
		opened,
		copy: (text) => {
			copied.push(text);
			return { via: 'the test clipboard' };
		},
		openUrl: (url) => {
			opened.push(url);
			return { via: 'the test browser' };
		},
	};
}

/** Another live Marginalia holding the config's lock, as while it saves; returns what lets go of it. */
export function holdLockAsAnotherWindow(store: Store): () => void {
	const lock = `${store.path}.lock`;
	mkdirSync(lock);
	writeFileSync(join(lock, 'owner'), JSON.stringify({ pid: process.pid, host: hostname(), token: 'another window' }));
	return () => rmSync(lock, { recursive: true });
}

/** Resolves once the store's retry has saved what it kept; fails after a few seconds. */
export async function savedByRetry(store: Store): Promise<void> {
	const began = Date.now();
	while (store.unsaved() !== null) {
		if (Date.now() - began > 5_000) throw new Error(`still not saved 5 s after the lock was free: ${store.unsaved()}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}
