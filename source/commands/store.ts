import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sanitizeInline } from '../core/text/sanitize.js';
import type { AnchoredFile, Relocation } from '../library/anchoring.js';
import { BUNDLED_LIBRARY } from '../library/load.js';
import type { Store, StoredCorrection, StoredHighlight } from '../store/index.js';
import { StoreError, StoreLockedError, UnsavedChangeError } from '../store/errors.js';
import { NewerFormatError, STORE_FORMAT_VERSION, parseStoreFile } from '../store/format.js';
import { configDirectory } from '../store/location.js';
import { CommandError, givenPath, type CommandIO } from './io.js';

/** Opens the store for a command: the `--config-dir` value, else MARGINALIA_CONFIG_DIR, else ~/.config/marginalia. */
export async function openStoreForCommand(io: CommandIO, configDir: string | undefined): Promise<Store> {
	// The store's writing half (locks, the validator, atomic writes) loads here: a read-only command that
	// finds the file in today's format (storeSnapshot) never needs it.
	const { openStore } = await import('../store/index.js');
	try {
		const { store, warning } = await openStore({
			configDir: configDir === undefined ? undefined : givenPath(io.cwd, configDir),
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

/** What a read-only command needs of the store. */
export interface StoreSnapshot {
	readonly highlights: readonly StoredHighlight[];
	/** Speaker corrections, oldest first. */
	readonly corrections: readonly StoredCorrection[];
	readonly libraryPaths: readonly string[];
}

const isHighlight = (value: unknown): value is StoredHighlight => {
	const highlight = value as Partial<StoredHighlight> | null;
	return (
		!!highlight &&
		typeof highlight.id === 'string' &&
		typeof highlight.file === 'string' &&
		typeof highlight.exact === 'string' &&
		typeof highlight.prefix === 'string' &&
		typeof highlight.suffix === 'string' &&
		typeof highlight.note === 'string' &&
		Number.isInteger(highlight.start) &&
		Number.isInteger(highlight.end)
	);
};

const isName = (value: unknown) => typeof value === 'string' && value !== '';

const isCorrection = (value: unknown): value is StoredCorrection => {
	const correction = value as Partial<StoredCorrection> | null;
	if (!correction || typeof correction.id !== 'string' || typeof correction.created !== 'string') return false;
	if (correction.kind === 'merge' || correction.kind === 'rename') return isName(correction.from) && isName(correction.to);
	return correction.kind === 'set' && isHighlight({ ...correction, note: '' }) && (correction.to === null || isName(correction.to));
};

const byCreation = (a: StoredCorrection, b: StoredCorrection) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id);

/**
 * The highlights, corrections and library of the store, read straight from its file when it is in today's format,
 * without taking the lock (a read-only command changes nothing). Anything else (no file
 * yet is fine; an old format, damage) goes through the store, which migrates or sets damage aside.
 */
export async function storeSnapshot(io: CommandIO): Promise<StoreSnapshot> {
	const file = join(configDirectory({ env: io.env }), 'config.json');
	let text: string | null = null;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { highlights: [], corrections: [], libraryPaths: [BUNDLED_LIBRARY] };
	}
	if (text !== null) {
		try {
			const data = parseStoreFile(text);
			const version = (data as { __internal__?: { migrations?: { version?: unknown } } }).__internal__?.migrations?.version;
			const highlights = Object.values(data.highlights ?? {});
			const corrections = Object.values(data.corrections ?? {});
			const library = data.settings?.library;
			if (version === STORE_FORMAT_VERSION && highlights.every(isHighlight) && corrections.every(isCorrection) && (library === undefined || typeof library === 'string')) {
				return { highlights, corrections: corrections.sort(byCreation), libraryPaths: [library ?? BUNDLED_LIBRARY] };
			}
		} catch {
			// Damaged or newer: the store says so properly below.
		}
	}
	const store = await openStoreForCommand(io, undefined);
	return { highlights: store.highlights(), corrections: store.corrections(), libraryPaths: libraryPathsOf(store) };
}

/**
 * Files holding highlights that exist but cannot be read (too large, a FIFO, unreadable): their highlights
 * are listed as saved, and each file is named for the command to report. A file that is simply gone is not
 * a problem: its highlights are orphans.
 */
export function unreadableFiles(files: readonly AnchoredFile[]): string[] {
	return files.filter((file) => !file.loaded && !file.missing).map((file) => `cannot read ${sanitizeInline(file.file)}: ${file.problem ?? 'unknown error'}`);
}
