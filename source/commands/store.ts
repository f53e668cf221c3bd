import { resolve } from 'node:path';
import { sanitizeInline } from '../core/text/sanitize.js';
import type { AnchoredFile, Relocation } from '../library/anchoring.js';
import { BUNDLED_LIBRARY } from '../library/load.js';
import { NewerFormatError, StoreError, StoreLockedError, UnsavedChangeError, openStore, type Store } from '../store/index.js';
import { CommandError, type CommandIO } from './io.js';

/** Opens the store for a command: the `--config-dir` value, else MARGINALIA_CONFIG_DIR, else ~/.config/marginalia. */
export async function openStoreForCommand(io: CommandIO, configDir: string | undefined): Promise<Store> {
	try {
		const { store, warning } = await openStore({
			configDir: configDir === undefined ? undefined : resolve(io.cwd, configDir),
			env: io.env,
			onWarning: (message) => io.stderr(`marginalia: ${sanitizeInline(message)}\n`),
		});
		if (warning) io.stderr(`marginalia: ${sanitizeInline(warning)}\n`);
		return store;
	} catch (error) {
		throw asCommandError(error);
	}
}

export function asCommandError(error: unknown): unknown {
	if (error instanceof StoreError || error instanceof StoreLockedError || error instanceof NewerFormatError) {
		return new CommandError(error.message);
	}
	return error;
}

/**
 * Makes a change and waits until it is on disk: a lock held by another window is waited for; a full disk or
 * a read-only folder is an error (status 1), and the config file keeps what it had.
 */
export async function saveChange<T>(store: Store, change: () => T): Promise<T> {
	let result: T;
	try {
		result = change();
	} catch (error) {
		if (!(error instanceof UnsavedChangeError)) throw asCommandError(error);
		result = error.result as T;
	}
	try {
		await store.flush();
	} catch (error) {
		throw asCommandError(error);
	}
	return result;
}

export function libraryPathsOf(store: Store): string[] {
	return [store.settings().library ?? BUNDLED_LIBRARY];
}

export function reportRelocations(io: CommandIO, relocations: readonly Relocation[]): void {
	for (const { from, to, highlights } of relocations) {
		io.stderr(`marginalia: ${sanitizeInline(from)} is gone; its ${highlights} highlight(s) now refer to ${sanitizeInline(to)}, which has the same text\n`);
	}
}


/** The paths a command was given, else the library: the `library` setting, else the bundled articles. */
export async function pathsOrLibrary(paths: readonly string[], io: CommandIO): Promise<string[]> {
	if (paths.length > 0) return [...paths];
	return libraryPathsOf(await openStoreForCommand(io, undefined));
}

/**
 * Files holding highlights that exist but cannot be read (too large, a FIFO, unreadable): their highlights
 * are listed as saved, and each file is named for the command to report. A file that is simply gone is not
 * a problem: its highlights are orphans.
 */
export function unreadableFiles(files: readonly AnchoredFile[]): string[] {
	return files.filter((file) => !file.loaded && !file.missing).map((file) => `cannot read ${sanitizeInline(file.file)}: ${file.problem ?? 'unknown error'}`);
}
