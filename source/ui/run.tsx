import { render } from 'ink';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUNDLED_LIBRARY, listLibrary, reloadIfChanged } from '../library/load.js';
import { App } from './App.js';
import { TerminalSession } from './terminal.js';
import { chooseTheme, isThemeChoice } from './theme.js';
import { copyToClipboard, openUrl } from './clipboard.js';
import type { Store } from '../store/index.js';
import { relocateMissingFiles } from '../library/anchoring.js';
import { loadNotes } from '../library/notes.js';

const NEEDS_TERMINAL =
	"marginalia: the reader needs an interactive terminal; in scripts use 'marginalia list --json' or 'marginalia quotes --json' (see 'marginalia --help')\n";

interface OpenedAppStore {
	readonly store: Store;
	readonly warning: string | null;
}

/**
 * The store keeps highlights, notes and reading positions. If it cannot be opened (a folder that cannot be
 * written, a lock held too long), reading goes on with a store in a temporary folder, and the user is told
 * that nothing will be kept.
 */
async function openAppStore(configDir: string | undefined): Promise<OpenedAppStore> {
	const { openStore } = await import('../store/index.js');
	try {
		return await openStore({ configDir });
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		const { store } = await openStore({ configDir: mkdtempSync(join(tmpdir(), 'marginalia-unsaved-')) });
		return { store, warning: `Nothing you do now will be kept: ${reason}` };
	}
}

export interface ReaderOptions {
	/** Folders and files given on the command line. */
	readonly paths: readonly string[];
	readonly configDir: string | undefined;
	readonly theme: string | undefined;
}

/** The interactive reader: `marginalia [DIR|FILE...]`, its flags already parsed. Returns the exit status. */
export async function runReader(options: ReaderOptions): Promise<number> {
	if (options.theme !== undefined && !isThemeChoice(options.theme)) {
		process.stderr.write(`marginalia: --theme takes auto, dark, light or mono, not '${options.theme}'\nTry 'marginalia --help'.\n`);
		return 2;
	}
	if (!process.stdin.isTTY || !process.stdout.isTTY || typeof process.stdin.setRawMode !== 'function') {
		process.stderr.write(NEEDS_TERMINAL);
		return 2;
	}

	const { store, warning } = await openAppStore(options.configDir);
	const paths = options.paths.length > 0 ? [...options.paths] : [store.settings().library ?? BUNDLED_LIBRARY];
	const listing = await listLibrary(paths);
	// Highlights of a renamed or moved file follow it, found again by the fingerprint of its text.
	await relocateMissingFiles(store, paths).catch(() => []);
	const singleFile = options.paths.length === 1 && isFile(options.paths[0]!) && listing.articles.length === 1;

	const session = new TerminalSession({ stdin: process.stdin, stdout: process.stdout });
	session.installGuards((message) => process.stderr.write(`marginalia: unexpected error: ${message}\n`));
	session.enter();
	const instance = render(
		<App
			listing={listing}
			store={store}
			theme={chooseTheme(process.env, options.theme ?? store.settings().theme)}
			copy={(text) => copyToClipboard(text, process.stdout)}
			openUrl={openUrl}
			loadNotes={() => loadNotes(store, paths)}
			refreshArticle={reloadIfChanged}
			notice={warning}
			openAtStart={singleFile ? 0 : undefined}
			session={session}
		/>,
		{ exitOnCtrlC: false, patchConsole: false },
	);
	try {
		await instance.waitUntilExit();
	} finally {
		session.runExitHooks();
		instance.unmount();
		session.restore();
	}
	// Said again once the screen is back, so it stays in the scrollback.
	if (warning) process.stderr.write(`marginalia: ${warning}\n`);
	return 0;
}

function isFile(path: string): boolean {
	try {
		return statSync(resolve(path)).isFile();
	} catch {
		return false;
	}
}
