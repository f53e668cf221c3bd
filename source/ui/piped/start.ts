import { sanitizeInline } from '../../core/text/sanitize.js';
import { openAppStore, themeProblem, type ReaderOptions } from '../prelude.js';
import { openTerminalInput } from './terminal-input.js';

// Light on purpose: the CLI imports this on every start of the reader; the import code loads only for a pipe.

/** `curl -s URL | marginalia` (no paths, input not a terminal) and `marginalia -`. */
export function wantsPipedReader(paths: readonly string[], stdin: { readonly isTTY?: boolean }): boolean {
	return (paths.length === 1 && paths[0] === '-') || (paths.length === 0 && stdin.isTTY !== true);
}

/**
 * The article on standard input, in the reader, with keys from the terminal. Returns the exit status, or
 * null when there is nothing to read this way (no terminal for the screen or keys, nothing piped in): the
 * reader's usual start-up then says what it needs.
 */
export async function readFromPipe(options: ReaderOptions): Promise<number | null> {
	const dash = options.paths.length === 1;
	const problem = themeProblem(options);
	if (problem) {
		process.stderr.write(problem);
		return 2;
	}
	if (!process.stdout.isTTY) return null;
	const terminal = openTerminalInput();
	if (!terminal) return null;
	const [{ readPipedArticle }, { ImportError }] = await Promise.all([import('../../library/import/piped.js'), import('../../library/import/add.js')]);
	let piped;
	try {
		piped = await readPipedArticle(process.stdin);
	} catch (error) {
		terminal.destroy();
		if (!(error instanceof ImportError)) throw error;
		const message = error.message.startsWith('standard input') ? error.message : `standard input: ${error.message}`;
		process.stderr.write(`marginalia: ${sanitizeInline(message)}\n`);
		return 1;
	}
	if (!piped) {
		terminal.destroy();
		if (!dash) return null;
		process.stderr.write("marginalia: nothing was piped in for '-': try curl -s URL | marginalia\n");
		return 2;
	}
	const [{ runPipedReader }, opened] = await Promise.all([import('./run-piped.js'), openAppStore(options.configDir)]);
	return runPipedReader(options, opened, piped, terminal);
}
