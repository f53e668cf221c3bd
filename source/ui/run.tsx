import { render } from 'ink';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUNDLED_LIBRARY } from '../library/load.js';
import { Library } from '../library/index/library.js';
import { indexProgress } from '../commands/progress.js';
import { App } from './app/App.js';
import { loadScreens } from './app/screen-modules.js';
import { TerminalSession } from './terminal.js';
import { chooseTheme } from './theme.js';
import { copyToClipboard, openUrl } from './clipboard.js';
import { rescueUnsaved, saveBeforeExit, type OpenedAppStore, type ReaderOptions } from './prelude.js';
import { sanitizeInline } from '../core/text/sanitize.js';
import { relocateMissingFiles } from '../library/relocate.js';
import { readLargeUnindexed, reloadForReading } from '../library/unindexed.js';
import { indexQuoteSource } from '../library/index/quote-source.js';
import { LibraryImports } from '../library/import/library-imports.js';

/** The interactive reader: `marginalia [DIR|FILE...]`, its flags checked and its store open. Returns the exit status. */
export async function runReader(options: ReaderOptions, { store, warning, laterWarnings }: OpenedAppStore): Promise<number> {
	const paths = options.paths.length > 0 ? [...options.paths] : [store.settings().library ?? BUNDLED_LIBRARY];
	// The library index: the first frame shows the rows it has cached; the App then checks the files and reads
	// again those that changed, rows filling in. One file given is read first, to open it straight away.
	const library = Library.open(paths);
	const oneFile = options.paths.length === 1 && isFile(options.paths[0]!);
	// One file given opens in the reader: its screen loads while the file is read.
	const readerLoaded = oneFile ? loadScreens() : null;
	// One large file the index has not read yet opens at once, its quotes not counted: the App's check of the
	// files reads it for the index meanwhile (off this thread).
	const unindexed = oneFile ? await readLargeUnindexed(library, options.paths[0]!) : null;
	if (oneFile && !unindexed) {
		const progress = indexProgress({ stderr: (chunk) => process.stderr.write(chunk), stderrIsTerminal: process.stderr.isTTY === true });
		await library.update({ onProgress: progress.report }).finally(progress.done);
	}
	const listing = unindexed ? { articles: [unindexed], unreadable: [], problem: null } : library.listing();
	// Highlights of a renamed or moved file follow it, found again by the fingerprint of its text.
	await relocateMissingFiles(store, paths).catch(() => []);
	const singleFile = oneFile && listing.articles.length === 1;
	// The reader is the first frame: its screen is loaded before it (else just after the library's first frame).
	if (singleFile) await readerLoaded;

	const session = new TerminalSession({ stdin: process.stdin, stdout: process.stdout });
	session.installGuards();
	session.enter();
	// Ended by a signal with changes not saved (a full disk): they are written somewhere, and it is said where.
	let ended = false;
	process.once('exit', () => {
		const message = ended ? null : rescueUnsaved(store);
		if (message) process.stderr.write(`marginalia: ${sanitizeInline(message)}\n`);
	});
	const instance = render(
		<App
			listing={listing}
			library={library}
			store={store}
			theme={chooseTheme(process.env, options.theme ?? store.settings().theme)}
			copy={(text) => copyToClipboard(text, process.stdout)}
			openUrl={openUrl}
			loadNotes={async () => (await import('../library/notes.js')).loadNotes(store, paths)}
			quoteSource={indexQuoteSource(library)}
			refreshArticle={reloadForReading}
			notice={warning}
			openAtStart={singleFile ? 0 : undefined}
			session={session}
			imports={new LibraryImports({ store, paths, cwd: process.cwd(), env: process.env })}
		/>,
		{ exitOnCtrlC: false, patchConsole: false },
	);
	await session.runUntilExit(instance);
	const unsaved = await saveBeforeExit(store);
	ended = true;
	// Said again once the screen is back, so it stays in the scrollback.
	for (const message of [warning, ...laterWarnings, ...library.warnings, unsaved]) if (message) process.stderr.write(`marginalia: ${sanitizeInline(message)}\n`);
	if (unsaved) return 1;
	return 0;
}

function isFile(path: string): boolean {
	try {
		return statSync(resolve(path)).isFile();
	} catch {
		return false;
	}
}
