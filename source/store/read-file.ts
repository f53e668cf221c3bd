import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sanitizeInline } from '../core/text/sanitize.js';
import { StoreError } from './errors.js';
import { fileKind } from './write-file.js';

/**
 * Whether the config file exists. Anything but a regular file there (a FIFO would hang the read, a device
 * never end) is an error, and is never read or replaced.
 */
export function configFileExists(path: string): boolean {
	let stats;
	try {
		stats = statSync(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
		throw error;
	}
	if (!stats.isFile()) throw new StoreError(`the config file ${sanitizeInline(path)} is ${fileKind(stats)}, not a regular file`);
	return true;
}

/**
 * Temporary files of writers killed mid-write (`config.json.tmp-…`, ours and `atomically`'s). Called under
 * the lock, when no writer can be writing one.
 */
export function removeLeftoverTemporaryFiles(path: string): void {
	const prefix = `${basename(path)}.tmp-`;
	let names: string[];
	try {
		names = readdirSync(dirname(path));
	} catch {
		return;
	}
	for (const name of names) {
		if (name.startsWith(prefix)) rmSync(join(dirname(path), name), { force: true });
	}
}
