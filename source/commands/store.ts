import { resolve } from 'node:path';
import { sanitizeInline } from '../core/text/sanitize.js';
import type { Relocation } from '../library/anchoring.js';
import { BUNDLED_LIBRARY } from '../library/load.js';
import { NewerFormatError, StoreError, StoreLockedError, openStore, type Store } from '../store/index.js';
import { CommandError, type CommandIO } from './io.js';

/** Opens the store for a command: the `--config-dir` value, else MARGINALIA_CONFIG_DIR, else ~/.config/marginalia. */
export async function openStoreForCommand(io: CommandIO, configDir: string | undefined): Promise<Store> {
	try {
		const { store, warning } = await openStore({
			configDir: configDir === undefined ? undefined : resolve(io.cwd, configDir),
			env: io.env,
			onWarning: (message) => io.stderr(`marginalia: ${message}\n`),
		});
		if (warning) io.stderr(`marginalia: ${warning}\n`);
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
