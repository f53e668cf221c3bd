import { openStore, type Store } from '../../source/store/index.js';
import { temporaryFolder } from './temp.js';

export interface TempStore {
	readonly store: Store;
	readonly dir: string;
}

/** A real store in a new temporary config folder: tests never touch the user's config. */
export async function tempStore(dir = temporaryFolder('marginalia-test-')): Promise<TempStore> {
	const { store } = await openStore({ configDir: dir });
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
