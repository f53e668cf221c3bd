import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../store/index.js';
import { isThemeChoice } from './theme.js';

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
	return `marginalia: --theme takes auto, dark, light or mono, not '${options.theme}'\nTry 'marginalia --help'.\n`;
}

/** A line to print (status 2) when the reader cannot start: a bad --theme, or no terminal. */
export function readerProblem(options: ReaderOptions): string | null {
	const theme = themeProblem(options);
	if (theme) return theme;
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
	try {
		return { ...(await openStore({ configDir, onWarning })), laterWarnings };
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		const { store } = await openStore({ configDir: mkdtempSync(join(tmpdir(), 'marginalia-unsaved-')), onWarning });
		return { store, warning: `Nothing you do now will be kept: ${reason}`, laterWarnings };
	}
}
