#!/usr/bin/env node
import { COMMANDS } from './commands/index.js';
import { CommandError, UsageError, processIO } from './commands/io.js';

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	const entry = name === undefined ? undefined : COMMANDS[name];
	if (entry) {
		const run = await entry.load();
		return run(rest, processIO());
	}
	process.stderr.write('marginalia: the reader is not built yet\n');
	return 2;
}

main(process.argv.slice(2)).then(
	(status) => {
		process.exitCode = status;
	},
	(error: unknown) => {
		if (error instanceof UsageError) {
			process.stderr.write(`marginalia: ${error.message}\nTry 'marginalia --help'.\n`);
			process.exitCode = 2;
		} else if (error instanceof CommandError) {
			process.stderr.write(`marginalia: ${error.message}\n`);
			process.exitCode = 1;
		} else {
			process.stderr.write(`marginalia: ${error instanceof Error ? error.message : String(error)}\n`);
			process.exitCode = 1;
		}
	},
);
