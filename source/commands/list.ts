import { parseArgs } from 'node:util';
import { fit } from '../core/text/fit.js';
import { sanitizeInline } from '../core/text/sanitize.js';
import type { LibraryEntry } from '../library/index/library.js';
import { storeSnapshot } from './store.js';
import { correctSummaries, type ArticleSummary } from '../core/library/corrected-library.js';
import { indexQuoteSource } from '../library/index/quote-source.js';
import { openIndexedLibrary } from './library.js';
import { usageErrorFrom, toJson, type Command } from './io.js';

/** The `list --json` shape (DESIGN.md, "Command-line contracts"). */
export interface ListJsonEntry {
	file: string;
	title: string;
	source: string | null;
	date: string | null;
	byline: string | null;
	url: string | null;
	words: number;
	quotes: number;
	speakers: string[];
}

const TOP_SPEAKERS = 3;

export function toListEntry(file: string, article: LibraryEntry, corrected: Pick<ArticleSummary, 'quotes' | 'speakers'> = article): ListJsonEntry {
	return {
		file,
		title: article.title,
		source: article.source,
		date: article.date,
		byline: article.byline,
		url: article.url,
		words: article.words,
		quotes: corrected.quotes,
		speakers: corrected.speakers.slice(0, TOP_SPEAKERS).map((speaker) => speaker.name),
	};
}

function formatText(entries: readonly ListJsonEntry[]): string {
	return entries
		.map((entry) => {
			const speakers = entry.speakers.length > 0 ? ` · ${entry.speakers.join(', ')}` : '';
			const source = entry.source ? ` · ${entry.source}` : '';
			return `${fit(sanitizeInline(entry.title), 60)}  ${sanitizeInline(`${entry.words} words · ${entry.quotes} ${entry.quotes === 1 ? 'quote' : 'quotes'}${speakers}${source}`)}\n  ${sanitizeInline(entry.file)}`;
		})
		.join('\n')
		.concat('\n');
}

const list: Command = async (argv, io) => {
	let parsed;
	try {
		parsed = parseArgs({ args: [...argv], options: { json: { type: 'boolean', default: false } }, strict: true, allowPositionals: true });
	} catch (error) {
		throw usageErrorFrom(error);
	}
	const store = await storeSnapshot(io);
	// Read from the library index: only files changed since it was saved are read again.
	const { library, rows, shownAs, failed } = await openIndexedLibrary(parsed.positionals.length > 0 ? parsed.positionals : store.libraryPaths, io);
	// Who is quoted, as the reader's corrections have it.
	const corrected = correctSummaries(indexQuoteSource(library), store.corrections);
	const entries = rows().map((row, index) => toListEntry(shownAs(row.path), row, corrected[index]));
	io.stdout(parsed.values.json ? `${toJson(entries)}\n` : formatText(entries));
	return failed ? 1 : 0;
};

export default list;
