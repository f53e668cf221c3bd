import { sanitizeInline } from '../core/text/sanitize.js';
import { adoptLibrary, BundledLibraryError, importDestination, type Destination } from '../library/import/destination.js';
import { DEFAULT_LIMITS, type FetchLimits } from '../library/import/fetch.js';
import type { Store } from '../store/index.js';
import { openStoreForCommand } from './store.js';
import { CommandError, EMPTY_PATH, UsageError, type CommandIO } from './io.js';

/** The options `add` and `refresh` share, for node:util parseArgs. */
export const IMPORT_OPTIONS = {
	to: { type: 'string' },
	timeout: { type: 'string' },
	json: { type: 'boolean', default: false },
	'config-dir': { type: 'string' },
} as const;

const MAX_TIMEOUT_SECONDS = 600;

/** `--timeout SECONDS` (fractions allowed) as fetch limits. */
export function fetchLimits(timeout: string | undefined): FetchLimits {
	if (timeout === undefined) return DEFAULT_LIMITS;
	const seconds = Number(timeout);
	if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
		throw new UsageError(`--timeout takes a number of seconds from 0 to ${MAX_TIMEOUT_SECONDS}, not ${sanitizeInline(timeout)}`);
	}
	return { ...DEFAULT_LIMITS, timeoutMs: Math.round(seconds * 1000) };
}

export interface LibraryTarget extends Destination {
	readonly store: Store | null;
}

/** Where to write: `--to`, else the library setting, else the data folder (which becomes the setting once used). */
export async function libraryTarget(io: CommandIO, options: { to?: string | undefined; configDir?: string | undefined; needStore?: boolean }): Promise<LibraryTarget> {
	if (options.to === '') throw new UsageError(EMPTY_PATH);
	const store = options.to === undefined || options.needStore ? await openStoreForCommand(io, options.configDir) : null;
	try {
		const destination = importDestination({
			...(options.to === undefined ? {} : { to: options.to }),
			...(store?.settings().library ? { library: store.settings().library! } : {}),
			cwd: io.cwd,
			env: io.env,
		});
		return { ...destination, store };
	} catch (error) {
		if (error instanceof BundledLibraryError) throw new CommandError(error.message);
		throw error;
	}
}

/** Once something was written to a library nobody chose, it becomes the `library` setting; the user is told. */
export function adoptLibraryAndSay(io: CommandIO, target: LibraryTarget): void {
	if (target.store && adoptLibrary(target.store, target)) io.stderr(`marginalia: your library is now ${sanitizeInline(target.dir)} (the library setting)\n`);
}

/** The library marks what an import added as new until it is opened; without the store (`--to`) nothing is marked. */
export function markNewArticles(io: CommandIO, target: LibraryTarget, files: readonly string[]): void {
	if (!target.store || files.length === 0) return;
	try {
		target.store.markArrived(files);
	} catch (error) {
		io.stderr(`marginalia: the new articles are not marked as new in the library: ${sanitizeInline(error instanceof Error ? error.message.split('\n')[0]! : String(error))}\n`);
	}
}
