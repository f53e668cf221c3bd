import { parseArgs } from 'node:util';
import { fit } from '../core/text/fit.js';
import { sanitizeInline } from '../core/text/sanitize.js';
import { pathsOrLibrary } from './store.js';
import { loadArticles, reportProblems, type NamedArticle } from './articles.js';
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

export function toListEntry({ file, loaded }: NamedArticle): ListJsonEntry {
	const { article, summary } = loaded;
	return {
		file,
		title: article.title,
		source: article.source,
		date: article.date,
		byline: article.byline,
		url: article.url,
		words: article.words,
		quotes: summary.quotes,
		speakers: summary.speakers.slice(0, TOP_SPEAKERS).map((speaker) => speaker.name),
	};
}

function formatText(entries: readonly ListJsonEntry[]): string {
	return entries
		.map((entry) => {
			const speakers = entry.speakers.length > 0 ? ` · ${entry.speakers.join(', ')}` : '';
			const source = entry.source ? ` · ${entry.source}` : '';
			return `${fit(sanitizeInline(entry.title), 60)}  ${sanitizeInline(`${entry.words} words · ${entry.quotes} quotes${speakers}${source}`)}\n  ${sanitizeInline(entry.file)}`;
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
	const paths = await pathsOrLibrary(parsed.positionals, io);
	const { articles, problems } = await loadArticles(paths, io);
	const entries = articles.map(toListEntry);
	// What could be read is printed (valid JSON); each file that could not is named on stderr, and the status says so.
	if (parsed.values.json) io.stdout(`${toJson(entries)}\n`);
	else if (entries.length > 0) io.stdout(formatText(entries));
	return reportProblems(io, problems);
};

export default list;
