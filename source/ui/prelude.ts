import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sanitizeInline } from '../core/text/sanitize.js';
import type { Store } from '../store/index.js';
import { isThemeChoice } from './theme.js';
import { describeError } from './describe-error.js';
import { EMPTY_PATH } from '../commands/io.js';

// What the reader needs before it starts, kept apart from Ink and React so that the checks answer at once
// and the store opens while the reader's modules load.

export interface ReaderOptions {
	/** Folders and files given on the command line. */
	readonly paths: readonly string[];
	readonly configDir: string | undefined;
	readonly theme: string | undefined;
}

const NEEDS_TERMINAL =
	"marginalia: the reader needs an interactive terminal; in scripts use 'marginalia list --json' or 'marginalia quotes --json' (see 'marginalia --help')\n";

/** A line to print (status 2) for a --theme that is not one. */
export function themeProblem(options: Pick<ReaderOptions, 'theme'>): string | null {
	if (options.theme === undefined || isThemeChoice(options.theme)) return null;
	return `marginalia: --theme takes auto, dark, light or mono, not '${sanitizeInline(options.theme)}'\nTry 'marginalia --help'.\n`;
}

/** A line to print (status 2) when the reader cannot start: a bad --theme, or no terminal. */
export function readerProblem(options: ReaderOptions): string | null {
	const theme = themeProblem(options);
	if (theme) return theme;
	// '' names nothing (a script's unset variable), though path.resolve would make it the current folder.
	if (options.paths.includes('') || options.configDir === '') return `marginalia: ${EMPTY_PATH}\nTry 'marginalia --help'.\n`;
	if (!process.stdin.isTTY || !process.stdout.isTTY || typeof process.stdin.setRawMode !== 'function') return NEEDS_TERMINAL;
	return null;
}

export interface OpenedAppStore {
	readonly store: Store;
	readonly warning: string | null;
	/** Warnings that arrive while the app runs (a file damaged by another program, moved aside): said on exit. */
	readonly laterWarnings: readonly string[];
}

/**
 * The store keeps highlights, notes and reading positions. If it cannot be opened (a folder that cannot be
 * written, a lock held too long), reading goes on with a store in a temporary folder, and the user is told
 * that nothing will be kept.
 */
export async function openAppStore(configDir: string | undefined): Promise<OpenedAppStore> {
	const { openStore } = await import('../store/index.js');
	const laterWarnings: string[] = [];
	const onWarning = (message: string) => void laterWarnings.push(message);
	// Changes that cannot be saved (a full disk, a lock held elsewhere) are kept and tried again on a timer.
	const options = { onWarning, retryInBackground: true };
	try {
		return { ...(await openStore({ configDir, ...options })), laterWarnings };
	} catch (error) {
		const reason = sanitizeInline(describeError(error));
		const { store } = await openStore({ configDir: mkdtempSync(join(tmpdir(), 'marginalia-unsaved-')), ...options });
		return { store, warning: `Nothing you do now will be kept: ${reason}`, laterWarnings };
	}
}

const rescued = new WeakMap<Store, string>();

/**
 * Unsaved changes written, with everything else in memory, to a new file in the temporary folder (once per
 * store). Returns the message that says where, or why even that failed. Synchronous: it also runs on exit
 * by a signal.
 */
export function rescueUnsaved(store: Store): string | null {
	const reason = store.unsaved();
	if (reason === null) return null;
	const done = rescued.get(store);
	if (done !== undefined) return done;
	const rescue = join(tmpdir(), `marginalia-unsaved-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
	let message: string;
	try {
		writeFileSync(rescue, store.snapshot(), { flag: 'wx', mode: 0o600 });
		message = `Your last changes could not be saved (${sanitizeInline(reason)}). Everything you had, with them, is in ${rescue}.`;
	} catch {
		message = `Your last changes could not be saved (${sanitizeInline(reason)}), nor kept in ${sanitizeInline(tmpdir())}.`;
	}
	rescued.set(store, message);
	return message;
}

/** On the way out: unsaved changes get one more try (waiting a little for another window's lock), else are rescued. */
export async function saveBeforeExit(store: Store): Promise<string | null> {
	if (store.unsaved() === null) return null;
	try {
		await store.flush(2_000);
		return null;
	} catch {
		return rescueUnsaved(store);
	}
}
