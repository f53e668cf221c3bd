import { render } from 'ink';
import type { ReadStream } from 'node:tty';
import { sanitizeInline } from '../../core/text/sanitize.js';
import { LibraryImports } from '../../library/import/library-imports.js';
import type { PipedArticle } from '../../library/import/piped.js';
import { loadNotes } from '../../library/notes.js';
import type { Store } from '../../store/index.js';
import { App } from '../app/App.js';
import { loadScreens } from '../app/screen-modules.js';
import { copyToClipboard, openUrl } from '../clipboard.js';
import type { OpenedAppStore, ReaderOptions } from '../prelude.js';
import { TerminalSession } from '../terminal.js';
import { chooseTheme } from '../theme.js';
import { pipedEntry } from './piped-entry.js';
import { PIPED_PATH } from './use-piped-save.js';

/** The store, except that the piped article (no file yet) keeps no reading position. */
function withoutPositionOf(store: Store, path: string): Store {
	return new Proxy(store, {
		get(target, property) {
			if (property === 'setPosition') return (file: string, position: Parameters<Store['setPosition']>[1]) => (file === path ? undefined : target.setPosition(file, position));
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
}

/** The reader on an article read from a pipe; keys come from `terminal`. Returns the exit status. */
export async function runPipedReader(options: ReaderOptions, { store, warning, laterWarnings }: OpenedAppStore, piped: PipedArticle, terminal: ReadStream): Promise<number> {
	const imports = new LibraryImports({ store, paths: [], cwd: process.cwd(), env: process.env });
	const { entry, saver } = pipedEntry(piped, imports);

	// The reader is the first frame.
	await loadScreens();
	const session = new TerminalSession({ stdin: terminal, stdout: process.stdout });
	session.installGuards();
	session.enter();
	const instance = render(
		<App
			listing={{ articles: [entry], unreadable: [], problem: null }}
			store={withoutPositionOf(store, PIPED_PATH)}
			theme={chooseTheme(process.env, options.theme ?? store.settings().theme)}
			copy={(text) => copyToClipboard(text, process.stdout)}
			openUrl={openUrl}
			loadNotes={() => loadNotes(store, [imports.destination().dir])}
			notice={warning}
			openAtStart={0}
			session={session}
			piped={saver}
		/>,
		{ stdin: terminal, exitOnCtrlC: false, patchConsole: false },
	);
	try {
		await session.runUntilExit(instance);
	} finally {
		terminal.destroy();
	}
	for (const message of [warning, ...laterWarnings]) if (message) process.stderr.write(`marginalia: ${sanitizeInline(message)}\n`);
	return 0;
}
