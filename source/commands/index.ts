import type { Command } from './io.js';

export interface CommandEntry {
	readonly usage: string;
	readonly summary: string;
	/** Loaded on demand so the reader starts without paying for every command's imports. */
	readonly load: () => Promise<Command>;
}

/** Subcommands of `marginalia`. Each parses its own arguments (node:util parseArgs, strict). */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
};
