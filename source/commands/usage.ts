/** What each subcommand takes and does: read by the registry (for --help) and by the commands themselves. */
export const USAGE = {
	list: {
		usage: 'list [PATH...] [--json]',
		summary: 'the articles: title, source, words, quotes, who is quoted',
	},
	quotes: {
		usage: 'quotes [PATH...] [--json] [--speaker NAME]',
		summary: 'quotations and their speakers, grouped by speaker',
	},
	search: {
		usage: 'search QUERY [PATH...] [--json] [--limit N]',
		summary: 'find words (typos forgiven), "a phrase", by:speaker, -word in text, quotes and notes',
	},
	highlight: {
		usage: 'highlight add FILE --text TEXT [--note TEXT] [--occurrence N] | list [FILE...] [--json] | rm ID',
		summary: 'add, list (re-anchored) or remove highlights',
	},
	export: {
		usage: 'export [--format md|json] [-o FILE]',
		summary: 'all highlights and notes as Markdown or JSON',
	},
} as const satisfies Readonly<Record<string, { readonly usage: string; readonly summary: string }>>;

export type CommandName = keyof typeof USAGE;
