import type { Command } from './io.js';

export interface CommandEntry {
	readonly usage: string;
	readonly summary: string;
	/** Loaded on demand so the reader starts without paying for every command's imports. */
	readonly load: () => Promise<Command>;
}

/** Subcommands of `marginalia`. Each parses its own arguments (node:util parseArgs, strict). */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
	list: {
		usage: 'list [PATH...] [--json]',
		summary: 'the articles: title, source, words, quotes, who is quoted',
		load: async () => (await import('./list.js')).default,
	},
	quotes: {
		usage: 'quotes [PATH...] [--json] [--explain] [--speaker NAME]',
		summary: 'quotations and their speakers, grouped by speaker',
		load: async () => (await import('./quotes.js')).default,
	},
	highlight: {
		usage: 'highlight add FILE --text TEXT [--note TEXT] [--occurrence N] | list [FILE...] [--json] | rm ID',
		summary: 'add, list (re-anchored) or remove highlights',
		load: async () => (await import('./highlight.js')).default,
	},
	export: {
		usage: 'export [--format md|json] [-o FILE]',
		summary: 'all highlights and notes as Markdown or JSON',
		load: async () => (await import('./export.js')).default,
	},
};
