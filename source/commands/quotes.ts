import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import { analyseQuotes, type Quote, type QuoteAnalysis } from '../core/quotes/index.js';
import { sanitizeInline } from '../core/text/sanitize.js';
import type { LoadedArticle } from '../library/load.js';
import { pathsOrLibrary } from './store.js';
import { loadArticles, reportProblems, type NamedArticle } from './articles.js';
import { openIndexedLibrary } from './library.js';
import { usageErrorFrom, toJson, type Command } from './io.js';

/** The `quotes --json` shape (DESIGN.md, "Command-line contracts"). */
export interface QuotesJsonEntry {
	file: string;
	title: string;
	quotes: { text: string; start: number; end: number; speaker: string | null; kind: Quote['kind'] }[];
	speakers: { name: string; aliases: string[]; quotes: number }[];
}

interface AnalysedFile {
	readonly file: string;
	readonly article: Pick<LoadedArticle['article'], 'title'>;
	readonly analysis: QuoteAnalysis;
}

function parse(argv: readonly string[]) {
	try {
		return parseArgs({
			args: [...argv],
			options: { json: { type: 'boolean', default: false }, speaker: { type: 'string' } },
			strict: true,
			allowPositionals: true,
		});
	} catch (error) {
		throw usageErrorFrom(error);
	}
}

/** The speakers called `wanted`: by name or alias exactly (any case), else fuzzily ("zakharva", "lavrof"). */
function speakersCalled(speakers: readonly { readonly name: string; readonly aliases: readonly string[] }[], wanted: string): Set<string> {
	const needle = wanted.trim().toLowerCase();
	const exact = speakers.filter((speaker) => [speaker.name, ...speaker.aliases].some((form) => form.toLowerCase() === needle));
	if (exact.length > 0) return new Set(exact.map((speaker) => speaker.name));
	const fuse = new Fuse(speakers, { keys: ['name', 'aliases'], ignoreLocation: true, threshold: 0.3 });
	return new Set(fuse.search(needle).map((result) => result.item.name));
}

function filtered(analysis: QuoteAnalysis, wanted: string | undefined): QuoteAnalysis {
	if (wanted === undefined) return analysis;
	const names = speakersCalled(analysis.speakers, wanted);
	return {
		quotes: analysis.quotes.filter((quote) => quote.speaker !== null && names.has(quote.speaker)),
		speakers: analysis.speakers.filter((speaker) => names.has(speaker.name)),
	};
}

export function toJsonEntry({ file, article, analysis }: AnalysedFile): QuotesJsonEntry {
	return {
		file,
		title: article.title,
		quotes: analysis.quotes.map(({ text, start, end, speaker, kind }) => ({ text, start, end, speaker, kind })),
		speakers: analysis.speakers.map(({ name, aliases, quotes }) => ({ name, aliases, quotes })),
	};
}

const oneLine = (text: string) => sanitizeInline(text.replace(/\s+/g, ' ').trim());

/** Quotes grouped by speaker, most quoted first; unattributed speech, then quoted phrases that are not speech. */
export function formatText(files: readonly AnalysedFile[]): string {
	const lines: string[] = [];
	for (const { file, article, analysis } of files) {
		if (lines.length > 0) lines.push('');
		lines.push(`${oneLine(article.title)} (${oneLine(file)})`);
		const speech = analysis.quotes.filter((quote) => quote.kind === 'direct' || quote.kind === 'partial');
		if (speech.length === 0 && analysis.quotes.length === 0) {
			lines.push('  no quotes');
			continue;
		}
		for (const speaker of analysis.speakers) {
			const role = speaker.role ? `, ${oneLine(speaker.role)}` : '';
			lines.push(`  ${oneLine(speaker.name)}${role} (${speaker.quotes})`);
			for (const quote of speech) if (quote.speaker === speaker.name) lines.push(`    “${oneLine(quote.text)}”`);
		}
		const unattributed = speech.filter((quote) => quote.speaker === null);
		if (unattributed.length > 0) {
			lines.push(`  Unattributed (${unattributed.length})`);
			for (const quote of unattributed) lines.push(`    “${oneLine(quote.text)}”`);
		}
		const phrases = analysis.quotes.filter((quote) => quote.kind === 'scare' || quote.kind === 'title');
		if (phrases.length > 0) lines.push(`  Quoted phrases: ${phrases.map((quote) => `“${oneLine(quote.text)}”`).join(', ')}`);
	}
	return `${lines.join('\n')}\n`;
}

const NO_QUOTES: QuoteAnalysis = { quotes: [], speakers: [] };

/**
 * With --speaker, the library index says which articles quote that name: only those are read and
 * analysed; the others are listed with no quotes, as the analysis would have found.
 */
interface Analysed {
	readonly analysed: AnalysedFile[];
	/** Files that could not be read, one line each, still to be reported. */
	readonly problems: readonly string[];
	/** Some file could not be read and was reported already (by the library index). */
	readonly failed: boolean;
}

async function analyseAll(paths: readonly string[], io: Parameters<Command>[1]): Promise<Analysed> {
	const { articles, problems } = await loadArticles(paths, io);
	return { analysed: articles.map(({ file, loaded }) => ({ file, article: loaded.article, analysis: analyseQuotes(loaded.article) })), problems, failed: false };
}

async function analyseForSpeaker(paths: readonly string[], speaker: string, io: Parameters<Command>[1]): Promise<Analysed> {
	const indexed = await openIndexedLibrary(paths, io);
	const { shownAs } = indexed;
	const rows = indexed.rows();
	// The same matching as each article's analysis gets, over every speaker the index knows.
	const names = speakersCalled(rows.flatMap((row) => row.speakers), speaker);
	const quoted = rows.filter((row) => row.speakers.some((s) => names.has(s.name)));
	const { articles, problems } = await loadArticles(quoted.map((row) => shownAs(row.path)), io);
	const loaded = new Map<string, NamedArticle>(articles.map((named) => [named.loaded.path, named]));
	const analysed = rows.map((row): AnalysedFile => {
		const named = loaded.get(row.path);
		if (!named) return { file: shownAs(row.path), article: { title: row.title }, analysis: NO_QUOTES };
		return { file: named.file, article: named.loaded.article, analysis: filtered(analyseQuotes(named.loaded.article), speaker) };
	});
	return { analysed, problems, failed: indexed.failed };
}

const quotes: Command = async (argv, io) => {
	const { values, positionals } = parse(argv);
	const paths = await pathsOrLibrary(positionals, io);
	const { analysed, problems, failed } =
		values.speaker === undefined ? await analyseAll(paths, io) : await analyseForSpeaker(paths, values.speaker, io);
	if (values.json) {
		io.stdout(`${toJson(analysed.map(toJsonEntry))}\n`);
		return Math.max(reportProblems(io, problems), failed ? 1 : 0);
	}
	const shown = values.speaker === undefined ? analysed : analysed.filter((entry) => entry.analysis.quotes.length > 0);
	if (shown.length > 0) io.stdout(formatText(shown));
	const status = Math.max(reportProblems(io, problems), failed ? 1 : 0);
	if (shown.length === 0 && values.speaker !== undefined) {
		io.stderr(`marginalia: nobody called ${oneLine(values.speaker)} is quoted\n`);
		return 1;
	}
	return status;
};

export default quotes;
