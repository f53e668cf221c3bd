import { readFileSync } from 'node:fs';

/** Bumped when what the index files hold changes shape. */
const FORMAT = 6;

function appVersion(): string {
	try {
		const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
		return typeof manifest.version === 'string' ? manifest.version : 'unknown';
	} catch {
		return 'unknown';
	}
}

/**
 * Written into every index file; a file with another is old (or newer) and is rebuilt. The app's version
 * is part of it because a new quote engine counts quotes and speakers differently.
 */
export const INDEX_VERSION = `${FORMAT}/${appVersion()}`;
