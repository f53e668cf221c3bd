import { parseArgs } from 'node:util';
import type { HitKind } from '../core/search/candidate-index.js';
import { isSearchable, parseQuery } from '../core/search/query.js';
import type { SearchHit } from '../core/search/search.js';
import type { Snippet } from '../core/search/snippet.js';
import { sanitizeInline } from '../core/text/sanitize.js';
import type { LibraryUnit } from '../library/index/library.js';
import { openIndexedLibrary } from './library.js';
import { UsageError, usageErrorFrom, toJson, type Command, type CommandIO } from './io.js';
import { storeSnapshot } from './store.js';
import { USAGE } from './usage.js';

/** The `search --json` shape (DESIGN.md, "Command-line contracts"). */
export interface SearchJsonEntry {
	file: string;
	title: string;
	kind: HitKind;
	start: number;
	end: number;
	snippet: string;
	score: number;
}

const DEFAULT_LIMIT = 20;

function parse(argv: readonly string[]) {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			options: { json: { type: 'boolean', default: false }, limit: { type: 'string' } },
			strict: true,
			allowPositionals: true,
		});
	} catch (error) {
		throw usageErrorFrom(error);
	}
	const [query, ...paths] = parsed.positionals;
	if (query === undefined || query.trim() === '') throw new UsageError(`search needs a query: marginalia ${USAGE.search.usage}`);
	if (!isSearchable(parseQuery(query))) throw new UsageError(`nothing to search for in '${query}': give a word, a "phrase" or by:name`);
	const limitText = parsed.values.limit;
	const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
	if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number of 1 or more, not '${limitText}'`);
	return { query, paths, json: parsed.values.json, limit };
}

/** The snippet on one line, its matches in reverse video when colour is on. */
function markedSnippet(snippet: Snippet, colour: boolean): string {
	if (!colour) return sanitizeInline(snippet.text);
	let out = '';
	let at = 0;
	for (const { start, end } of snippet.matches) {
		if (start < at) continue;
		out += `${sanitizeInline(snippet.text.slice(at, start))}\u001b[7m${sanitizeInline(snippet.text.slice(start, end))}\u001b[27m`;
		at = end;
	}
	return out + sanitizeInline(snippet.text.slice(at));
}

/** Hits grouped by article, the article with the best hit first, each hit on one line with its kind. */
export function formatText(hits: readonly SearchHit<LibraryUnit>[], shownAs: (path: string) => string, colour: boolean): string {
	const groups = new Map<string, SearchHit<LibraryUnit>[]>();
	for (const hit of hits) groups.set(hit.file, [...(groups.get(hit.file) ?? []), hit]);
	const lines: string[] = [];
	for (const [file, group] of groups) {
		if (lines.length > 0) lines.push('');
		lines.push(`${sanitizeInline(group[0]!.title)} (${sanitizeInline(shownAs(file))})`);
		for (const hit of group) lines.push(`  ${hit.kind.padEnd(7)} ${markedSnippet(hit.snippet, colour)}`);
	}
	return `${lines.join('\n')}\n`;
}

const search: Command = async (argv, io: CommandIO) => {
	const { query, paths, json, limit } = parse(argv);
	const store = await storeSnapshot(io);
	const { library, shownAs, failed } = await openIndexedLibrary(paths.length > 0 ? paths : store.libraryPaths, io);
	const hits = await library.search(query, { limit, notes: store.highlights, corrections: store.corrections });
	if (json) {
		const entries: SearchJsonEntry[] = hits.map((hit) => ({
			file: shownAs(hit.file),
			title: hit.title,
			kind: hit.kind,
			start: hit.start,
			end: hit.end,
			snippet: hit.snippet.text,
			score: hit.score,
		}));
		io.stdout(`${toJson(entries)}\n`);
		return failed ? 1 : 0;
	}
	if (hits.length === 0) {
		io.stderr(`marginalia: nothing found for ${sanitizeInline(query)}\n`);
		return 1;
	}
	io.stdout(formatText(hits, shownAs, io.colour === true));
	return failed ? 1 : 0;
};

export default search;
