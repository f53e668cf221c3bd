import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import envPaths from 'env-paths';
import { BUNDLED_LIBRARY } from '../load.js';

/** Where Marginalia keeps what it makes: MARGINALIA_DATA_DIR, else the system's data folder (~/.local/share/marginalia on Linux). */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
	const given = env.MARGINALIA_DATA_DIR;
	return given ? resolve(given) : envPaths('marginalia', { suffix: '' }).data;
}

/** The library `add` and `refresh` start when none is set. */
export function defaultLibraryFolder(env: NodeJS.ProcessEnv = process.env): string {
	return join(dataDirectory(env), 'articles');
}

/** The bundled sample articles ship with the program: an update would replace them, so nothing is written there. */
export class BundledLibraryError extends Error {
	constructor() {
		super('the bundled articles folder holds the samples and is replaced on update; give another folder with --to DIR');
	}
}

function sameFolder(a: string, b: string): boolean {
	const real = (path: string) => {
		try {
			return realpathSync(path);
		} catch {
			return resolve(path);
		}
	};
	return real(a) === real(b);
}

export interface Destination {
	readonly dir: string;
	/** True when no library was set: the folder becomes the `library` setting once something is written to it. */
	readonly becomesLibrary: boolean;
}

/**
 * Where imported articles go (DESIGN, "Library, config and cache locations"): `--to`, else the `library`
 * setting, else the data folder's `articles/`, which then becomes the setting. Never the bundled articles.
 */
export function importDestination(options: { to?: string; library?: string; cwd: string; env: NodeJS.ProcessEnv }): Destination {
	if (options.to !== undefined) {
		const dir = resolve(options.cwd, options.to);
		if (sameFolder(dir, BUNDLED_LIBRARY)) throw new BundledLibraryError();
		return { dir, becomesLibrary: false };
	}
	if (options.library && !sameFolder(options.library, BUNDLED_LIBRARY)) return { dir: resolve(options.library), becomesLibrary: false };
	return { dir: defaultLibraryFolder(options.env), becomesLibrary: true };
}

/**
 * Once an import has written to a library nobody chose (the data folder), it becomes the `library` setting,
 * so that the reader opens it. Returns true when the setting changed.
 */
export function adoptLibrary(store: { setSetting(key: 'library', value: string): void }, destination: Destination): boolean {
	if (!destination.becomesLibrary) return false;
	store.setSetting('library', destination.dir);
	return true;
}
