import { render } from 'ink';
import meow from 'meow';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUNDLED_LIBRARY, listLibrary } from '../library/load.js';
import { App } from './App.js';
import { TerminalSession } from './terminal.js';
import { themeFromEnv } from './theme.js';
import { memoryPositions, type ReadingPositions } from './reading-positions.js';

const NEEDS_TERMINAL =
	"marginalia: the reader needs an interactive terminal; in scripts use 'marginalia list --json' or 'marginalia quotes --json' (see 'marginalia --help')\n";

export interface OpenedPositions {
	readonly positions: ReadingPositions;
	readonly library: string | undefined;
	readonly warning: string | null;
}

/** The store keeps reading positions; if it cannot be opened at all, read on and say that nothing is kept. */
async function openPositions(configDir: string | undefined): Promise<OpenedPositions> {
	try {
		const { openStore } = await import('../store/index.js');
		const { store, warning } = await openStore({ configDir });
		return { positions: store, library: store.settings().library, warning };
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return { positions: memoryPositions(), library: undefined, warning: `Reading positions will not be saved: ${reason}` };
	}
}

/** The interactive reader: `marginalia [DIR|FILE...]`. Returns the exit status. */
export async function runReader(argv: readonly string[], help: string): Promise<number> {
	const cli = meow(help, {
		importMeta: import.meta,
		argv: [...argv],
		allowUnknownFlags: false,
		flags: { configDir: { type: 'string' } },
	});

	if (!process.stdin.isTTY || !process.stdout.isTTY || typeof process.stdin.setRawMode !== 'function') {
		process.stderr.write(NEEDS_TERMINAL);
		return 2;
	}

	const { positions, library, warning } = await openPositions(cli.flags.configDir);
	const paths = cli.input.length > 0 ? cli.input : [library ?? BUNDLED_LIBRARY];
	const listing = await listLibrary(paths);
	const singleFile = cli.input.length === 1 && isFile(cli.input[0]!) && listing.articles.length === 1;

	const session = new TerminalSession({ stdin: process.stdin, stdout: process.stdout });
	session.installGuards((message) => process.stderr.write(`marginalia: unexpected error: ${message}\n`));
	session.enter();
	const instance = render(
		<App
			listing={listing}
			positions={positions}
			theme={themeFromEnv(process.env)}
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
	return 0;
}

function isFile(path: string): boolean {
	try {
		return statSync(resolve(path)).isFile();
	} catch {
		return false;
	}
}
