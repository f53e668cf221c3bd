import type { Command } from './io.js';
import { USAGE, type CommandName } from './usage.js';

export interface CommandEntry {
	readonly usage: string;
	readonly summary: string;
	/** Loaded on demand so the reader starts without paying for every command's imports. */
	readonly load: () => Promise<Command>;
}

const LOADERS: Readonly<Record<CommandName, () => Promise<Command>>> = {
	list: async () => (await import('./list.js')).default,
	quotes: async () => (await import('./quotes.js')).default,
	speakers: async () => (await import('./speakers.js')).default,
	search: async () => (await import('./search.js')).default,
	highlight: async () => (await import('./highlight.js')).default,
	speaker: async () => (await import('./speaker.js')).default,
	export: async () => (await import('./export.js')).default,
	add: async () => (await import('./add.js')).default,
	feed: async () => (await import('./feed.js')).default,
	refresh: async () => (await import('./refresh.js')).default,
};

/** Subcommands of `marginalia`. Each parses its own arguments (node:util parseArgs, strict). */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = Object.fromEntries(
	(Object.keys(USAGE) as CommandName[]).map((name) => [name, { ...USAGE[name], load: LOADERS[name] }]),
);
