#!/usr/bin/env node
import { COMMANDS } from './commands/index.js';
import { CommandError, UsageError, processIO } from './commands/io.js';

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
	// Flags first: --help and --version answer without loading the reader (Ink, React). A subcommand loads
	// neither meow nor the reader's prelude: only what it uses.
	const [{ default: meow }, { openAppStore, readerProblem }] = await Promise.all([import('meow'), import('./ui/prelude.js')]);
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
	// Ink's modules take most of the start-up: the store opens while they load.
	const [{ runReader }, opened] = await Promise.all([import('./ui/run.js'), openAppStore(options.configDir)]);
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
