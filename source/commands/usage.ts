/** What each subcommand takes and does: read by the registry (for --help) and by the commands themselves. */
export const USAGE = {
	list: {
		usage: 'list [PATH...] [--json]',
		summary: 'the articles: title, source, words, quotes, who is quoted',
	},
	quotes: {
		usage: 'quotes [PATH...] [--json] [--explain] [--speaker NAME]',
		summary: 'quotations and their speakers, grouped by speaker (--speaker: one person, across the library)',
	},
	speakers: {
		usage: 'speakers [PATH...] [--json]',
		summary: 'everyone quoted in the library: quotes (unsure ones), articles, latest date',
	},
	search: {
		usage: 'search QUERY [PATH...] [--json] [--limit N]',
		summary: 'find words (typos forgiven), "a phrase", by:speaker, -word in text, quotes and notes',
	},
	highlight: {
		usage: 'highlight add FILE --text TEXT [--note TEXT] [--occurrence N] | list [FILE...] [--json] | rm ID',
		summary: 'add, list (re-anchored) or remove highlights',
	},
	speaker: {
		usage: 'speaker set FILE N NAME|--nobody | unset FILE N | merge FROM INTO | rename OLD NEW | corrections [--json] | rm ID',
		summary: "correct the engine: one quote's speaker, or a speaker merged or renamed everywhere",
	},
	export: {
		usage: 'export [--format md|json] [-o FILE]',
		summary: 'all highlights and notes as Markdown or JSON',
	},
	add: {
		usage: 'add URL|FILE|- ... [--to DIR] [--json] [--timeout SECONDS]',
		summary: 'add a web page, a saved page (.html), a text (.txt, .md) or standard input to the library',
	},
	feed: {
		usage: 'feed add URL [--timeout SECONDS] | list [--json] | rm URL',
		summary: 'subscribe to RSS, Atom and JSON feeds, list or drop them',
	},
	refresh: {
		usage: 'refresh [FEED_URL...] [--to DIR] [--json] [--timeout SECONDS]',
		summary: "fetch every feed and add its new items' pages to the library",
	},
} as const satisfies Readonly<Record<string, { readonly usage: string; readonly summary: string }>>;

export type CommandName = keyof typeof USAGE;
