#!/usr/bin/env node
import { COMMANDS } from './commands/index.js';
import { CommandError, UsageError, processIO } from './commands/io.js';
import { openAppStore, readerProblem } from './ui/prelude.js';

const COMMAND_LIST = Object.values(COMMANDS)
	.map((entry) => `    $ marginalia ${entry.usage}\n        ${entry.summary}`)
	.join('\n');

export const HELP = `
  Read and annotate news in the terminal.

  Usage
    $ marginalia [DIR|FILE...]
        the library and the reader (default: the library setting, else the bundled articles)
${COMMAND_LIST}

  Options
    --config-dir DIR   keep highlights, notes and settings in DIR (also MARGINALIA_CONFIG_DIR)
    MARGINALIA_DATA_DIR=DIR   where add and refresh start a library when none is set (DIR/articles)
    --theme NAME       auto, dark, light or mono (also the theme setting; NO_COLOR means mono)
    --help             show this help
    --version          show the version

  In the reader press ? for the keys.
`;

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	const entry = name === undefined ? undefined : COMMANDS[name];
	if (entry) {
		if (rest.includes('--help') || rest.includes('-h')) {
			process.stdout.write(`\n  ${entry.summary}\n\n  Usage\n    $ marginalia ${entry.usage}\n\n`);
			return 0;
		}
		const run = await entry.load();
		return run(rest, processIO());
	}
	// Flags first: --help and --version answer without loading the reader (Ink, React). meow is loaded only
	// here: a subcommand parses its own arguments and starts quicker without it.
	const { default: meow } = await import('meow');
	const cli = meow(HELP, {
		importMeta: import.meta,
		argv,
		description: false,
		allowUnknownFlags: false,
		flags: { configDir: { type: 'string' }, theme: { type: 'string' } },
	});
	const options = { paths: cli.input, configDir: cli.flags.configDir, theme: cli.flags.theme };
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
		if (error instanceof UsageError) {
			process.stderr.write(`marginalia: ${error.message}\nTry 'marginalia --help'.\n`);
			process.exitCode = 2;
		} else {
			// A CommandError is expected and already says what to do; anything else is a bug, but still one line.
			const message = error instanceof Error ? error.message : String(error);
			process.stderr.write(`marginalia: ${error instanceof CommandError ? '' : 'unexpected error: '}${message.split('\n')[0]}\n`);
			process.exitCode = 1;
		}
	},
);
