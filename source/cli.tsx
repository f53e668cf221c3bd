#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { COMMANDS } from './commands/index.js';
import { CommandError, UsageError, processIO, usageErrorFrom } from './commands/io.js';
import { sanitizeInline } from './core/text/sanitize.js';
import { describeFsError } from './library/fs-errors.js';
import { openAppStore, readerProblem } from './ui/prelude.js';

const COMMAND_LIST = Object.values(COMMANDS)
	.map((entry) => `    $ marginalia ${entry.usage}\n        ${entry.summary}`)
	.join('\n');

export const HELP = `
  Read and annotate news in the terminal.

  Usage
    $ marginalia [DIR|FILE...]
        the library and the reader (default: the library setting, else the bundled articles)
    $ marginalia -
        read one article from standard input (curl -s URL | marginalia), keys from the terminal
${COMMAND_LIST}

  Options
    --config-dir DIR   keep highlights, notes and settings in DIR (also MARGINALIA_CONFIG_DIR)
    MARGINALIA_DATA_DIR=DIR   where add and refresh start a library when none is set (DIR/articles)
    --theme NAME       auto, dark, light or mono (also the theme setting; NO_COLOR means mono)
    --help             show this help
    --version          show the version

  In the reader press ? for the keys.
`;

const VALUE_FLAGS = new Set(['--config-dir', '--configDir', '--theme']);
const SWITCHES = new Set(['--help', '--version']);

/** The first flag the reader does not know, said as such (parseArgs' own message is long and quotes it twice). */
function unknownFlag(argv: readonly string[]): string | null {
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--') return null;
		if (!arg.startsWith('-') || arg === '-') continue;
		const name = arg.split('=', 1)[0]!;
		if (VALUE_FLAGS.has(name)) {
			if (!arg.includes('=')) i++;
			continue;
		}
		if (!SWITCHES.has(name)) return arg;
	}
	return null;
}

/**
 * Output that cannot be written ends a command in one line, never a stack trace. A reader that stops reading
 * (`marginalia speakers | head`) is no failure: status 0, as ripgrep does; a full disk (`> /dev/full`) is
 * said, status 1. Commands save before they print, so nothing the user wrote is lost either way.
 */
function stopCleanlyWhenStdoutFails(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		process.stderr.write(`marginalia: cannot write the output: ${describeFsError(error)}\n`);
		process.exit(1);
	});
}

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	const entry = name === undefined ? undefined : COMMANDS[name];
	if (entry) {
		stopCleanlyWhenStdoutFails();
		if (rest.includes('--help') || rest.includes('-h')) {
			process.stdout.write(`\n  ${entry.summary}\n\n  Usage\n    $ marginalia ${entry.usage}\n\n`);
			return 0;
		}
		const run = await entry.load();
		return run(rest, processIO());
	}
	// The app only (a batch command wants throughput, not a small heap: `quotes --json` took 30% more CPU):
	// V8 lets the heap grow by up to four times its live size between collections; working out an 11 MB article
	// makes garbage fast, and the heap grew to 350 MB around 80 MB of live data (never given back). Growing by 30%
	// keeps the reader near 200 MB for about the same time (measured: bench/huge.ts). A garbage-collection setting,
	// read at each collection, so setting it once the VM runs is safe.
	setFlagsFromString('--heap-growing-percent=30');
	const unknown = unknownFlag(argv);
	if (unknown !== null) throw new UsageError(`unknown flag ${unknown}`);
	// node:util's parseArgs, as the subcommands use: meow cost ~100 ms of every start.
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			options: { 'config-dir': { type: 'string' }, configDir: { type: 'string' }, theme: { type: 'string' }, help: { type: 'boolean' }, version: { type: 'boolean' } },
			strict: true,
			allowPositionals: true,
		});
	} catch (error) {
		throw usageErrorFrom(error);
	}
	const { values, positionals } = parsed;
	// --help and --version answer without loading the reader (Ink, React).
	if (values.help || values.version) stopCleanlyWhenStdoutFails();
	if (values.help) {
		process.stdout.write(`\n${HELP.replace(/^\n+|\n+$/g, '')}\n\n`);
		return 0;
	}
	if (values.version) {
		const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
		process.stdout.write(`${version}\n`);
		return 0;
	}
	const options = { paths: positionals, configDir: values['config-dir'] ?? values.configDir, theme: values.theme };
	// Piped in (`curl -s URL | marginalia`, `marginalia -`): the reader on it, keys from the terminal (ui/piped/).
	const piped = await import('./ui/piped/start.js');
	if (piped.wantsPipedReader(options.paths, process.stdin)) {
		const status = await piped.readFromPipe(options);
		if (status !== null) return status;
	}
	const problem = readerProblem(options);
	if (problem) {
		process.stderr.write(problem);
		return 2;
	}
	// Ink's modules take most of the start-up: the store opens while they load. React's development build
	// checks every render and runs several times slower: the reader loads the production build (React reads
	// NODE_ENV once, as its modules load), and the variable is put back so that programs it starts (a browser,
	// the clipboard) get the environment as it was.
	const nodeEnv = process.env.NODE_ENV;
	process.env.NODE_ENV ??= 'production';
	const [{ runReader }, opened] = await Promise.all([import('./ui/run.js'), openAppStore(options.configDir)]);
	if (nodeEnv === undefined) delete process.env.NODE_ENV;
	return runReader(options, opened);
}

main(process.argv.slice(2)).then(
	(status) => {
		process.exitCode = status;
	},
	(error: unknown) => {
		// Messages quote outside text (an unknown flag, a file name, a damaged config): never let it reach the terminal raw.
		if (error instanceof UsageError) {
			process.stderr.write(`marginalia: ${sanitizeInline(error.message)}\nTry 'marginalia --help'.\n`);
			process.exitCode = 2;
		} else {
			// A CommandError is expected and already says what to do; anything else is a bug, but still one line.
			const message = error instanceof Error ? error.message : String(error);
			process.stderr.write(`marginalia: ${error instanceof CommandError ? '' : 'unexpected error: '}${sanitizeInline(message.split('\n')[0]!)}\n`);
			process.exitCode = 1;
		}
	},
);
