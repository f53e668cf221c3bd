import { resolve } from 'node:path';
import { sanitizeInline } from '../core/text/sanitize.js';

/** What a subcommand may touch: its output streams, environment and working folder. Injected for tests. */
export interface CommandIO {
	readonly stdout: (chunk: string) => void;
	readonly stderr: (chunk: string) => void;
	readonly env: NodeJS.ProcessEnv;
	readonly cwd: string;
	/** Standard input, for `add -`. */
	readonly stdin?: AsyncIterable<Uint8Array | string> & { readonly isTTY?: boolean };
	/** Progress may redraw one line in place (stderr is a terminal). */
	readonly stderrIsTerminal?: boolean;
	/** Matches may be marked with colour (stdout is a terminal and NO_COLOR is not set). */
	readonly colour?: boolean;
}

export function processIO(): CommandIO {
	return {
		stdout: (chunk) => process.stdout.write(chunk),
		stderr: (chunk) => process.stderr.write(chunk),
		env: process.env,
		cwd: process.cwd(),
		stdin: process.stdin,
		stderrIsTerminal: process.stderr.isTTY === true,
		colour: process.stdout.isTTY === true && !('NO_COLOR' in process.env),
	};
}

/** Wrong arguments: the CLI prints the message and exits with status 2. */
export class UsageError extends Error {}

/** A parseArgs failure as a usage error. Its message quotes the argument given, which is outside text: sanitised. */
export function usageErrorFrom(error: unknown): UsageError {
	const message = error instanceof Error ? error.message : String(error);
	// Node's parseArgs goes on to explain `--` for positionals that begin with a dash: not what was meant.
	const unknown = /^Unknown option '([^']*)'/.exec(message);
	return new UsageError(sanitizeInline(unknown ? `unknown flag ${unknown[1]}` : message));
}

export const EMPTY_PATH = "an empty path ('') names no file or folder";

/**
 * A path as the user gave it, made absolute. '' names nothing (as for ls or cat: a script's unset variable),
 * though path.resolve would make it the current folder.
 */
export function givenPath(cwd: string, given: string): string {
	if (given === '') throw new UsageError(EMPTY_PATH);
	return resolve(cwd, given);
}

/** The one argument a subcommand takes (an ID, a URL); none, more, or an empty one is a usage error. */
export function oneArgument(positionals: readonly string[], usage: string): string {
	if (positionals.length !== 1 || positionals[0]!.trim() === '') throw new UsageError(usage);
	return positionals[0]!;
}

/** A failure the user can act on (missing file, text not found): one line on stderr, status 1. */
export class CommandError extends Error {}

export type Command = (argv: readonly string[], io: CommandIO) => Promise<number>;

// DEL, C1 controls and bidi overrides survive JSON.stringify and can reorder or hijack a terminal: escape them.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNSAFE_IN_JSON = new RegExp(UNSAFE_IN_JSON.source);

export function toJson(value: unknown): string {
	const json = JSON.stringify(value, null, 2);
	// Looked for first: a replace with a function walks the whole output even when there is nothing to escape
	// (13 ms of `quotes --json` over 300 articles, the test 1 ms).
	if (!HAS_UNSAFE_IN_JSON.test(json)) return json;
	return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
