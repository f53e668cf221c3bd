import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import { correctAnalysis, type CorrectedQuote } from '../core/annotations/corrected-analysis.js';
import type { Correction } from '../core/annotations/corrections.js';
import { correctSummaries } from '../core/library/corrected-library.js';
import { personKeys } from '../core/library/people.js';
import { analyseQuotes, type Quote, type QuoteAnalysis } from '../core/quotes/index.js';
import { sanitizeInline } from '../core/text/sanitize.js';
import { indexQuoteSource } from '../library/index/quote-source.js';
import type { LoadedArticle } from '../library/load.js';
import { storeSnapshot } from './store.js';
import { loadArticles, reportProblems, type NamedArticle } from './articles.js';
import { openIndexedLibrary } from './library.js';
import { usageErrorFrom, toJson, type Command } from './io.js';

/** The `quotes --json` shape (DESIGN.md, "Command-line contracts"). */
export interface QuotesJsonEntry {
	file: string;
	title: string;
	quotes: { text: string; start: number; end: number; speaker: string | null; kind: Quote['kind']; corrected: boolean }[];
	speakers: { name: string; aliases: string[]; quotes: number }[];
}

/** The engine's analysis with the reader's corrections applied: each quote says whether a correction chose its speaker. */
type CorrectedQuotes = Omit<QuoteAnalysis, 'quotes'> & { readonly quotes: CorrectedQuote[] };

interface AnalysedFile {
	readonly file: string;
	readonly article: Pick<LoadedArticle['article'], 'title'>;
	readonly analysis: CorrectedQuotes;
}

/** The one place corrections meet the engine's output here: everything printed comes after it. */
export function analyseCorrected(loaded: Pick<LoadedArticle, 'path' | 'article'>, corrections: readonly Correction[]): CorrectedQuotes {
	const { quotes, speakers } = correctAnalysis(loaded.article.text, analyseQuotes(loaded.article), corrections, loaded.path);
	return { quotes, speakers };
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

/**
 * The speakers called `wanted`: by name or alias exactly (any case), else fuzzily ("zakharva", "lavrof"); and
 * whoever is the same person under another spelling of the name (a middle initial, across articles).
 */
function speakersCalled(speakers: readonly { readonly name: string; readonly aliases: readonly string[] }[], wanted: string): Set<string> {
	const needle = wanted.trim().toLowerCase();
	const exact = speakers.filter((speaker) => [speaker.name, ...speaker.aliases].some((form) => form.toLowerCase() === needle));
	const found = exact.length > 0 ? exact : new Fuse(speakers, { keys: ['name', 'aliases'], ignoreLocation: true, threshold: 0.3 }).search(needle).map((result) => result.item);
	const keyOf = personKeys();
	const people = new Set(found.map((speaker) => keyOf(speaker.name)));
	return new Set(speakers.filter((speaker) => people.has(keyOf(speaker.name))).map((speaker) => speaker.name));
}

function filtered(analysis: CorrectedQuotes, names: ReadonlySet<string>): CorrectedQuotes {
	return {
		quotes: analysis.quotes.filter((quote) => quote.speaker !== null && names.has(quote.speaker)),
		speakers: analysis.speakers.filter((speaker) => names.has(speaker.name)),
	};
}

export function toJsonEntry({ file, article, analysis }: AnalysedFile): QuotesJsonEntry {
	return {
		file,
		title: article.title,
		quotes: analysis.quotes.map(({ text, start, end, speaker, kind, corrected }) => ({ text, start, end, speaker, kind, corrected })),
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

const NO_QUOTES: CorrectedQuotes = { quotes: [], speakers: [] };

/**
 * With --speaker, the library index says which articles quote that person (corrections applied to its
 * counts): only those are read and analysed; the others are listed with no quotes, as the analysis would
 * have found.
 */
interface Analysed {
	readonly analysed: AnalysedFile[];
	/** Files that could not be read, one line each, still to be reported. */
	readonly problems: readonly string[];
	/** Some file could not be read and was reported already (by the library index). */
	readonly failed: boolean;
}

async function analyseAll(paths: readonly string[], corrections: readonly Correction[], io: Parameters<Command>[1]): Promise<Analysed> {
	const { articles, problems } = await loadArticles(paths, io);
	return { analysed: articles.map(({ file, loaded }) => ({ file, article: loaded.article, analysis: analyseCorrected(loaded, corrections) })), problems, failed: false };
}

async function analyseForSpeaker(paths: readonly string[], speaker: string, corrections: readonly Correction[], io: Parameters<Command>[1]): Promise<Analysed> {
	const indexed = await openIndexedLibrary(paths, io);
	const { shownAs } = indexed;
	const articles = correctSummaries(indexQuoteSource(indexed.library), corrections);
	// The same matching as each article's analysis gets, over every speaker the index knows.
	const names = speakersCalled(articles.flatMap((article) => article.speakers), speaker);
	const quoted = articles.filter((article) => article.speakers.some((s) => names.has(s.name)));
	const { articles: read, problems } = await loadArticles(quoted.map((article) => shownAs(article.file)), io);
	const loaded = new Map<string, NamedArticle>(read.map((named) => [named.loaded.path, named]));
	const analysed = articles.map((article): AnalysedFile => {
		const named = loaded.get(article.file);
		if (!named) return { file: shownAs(article.file), article: { title: article.title }, analysis: NO_QUOTES };
		return { file: named.file, article: named.loaded.article, analysis: filtered(analyseCorrected(named.loaded, corrections), names) };
	});
	return { analysed, problems, failed: indexed.failed };
}

const quotes: Command = async (argv, io) => {
	const { values, positionals } = parse(argv);
	const store = await storeSnapshot(io);
	const paths = positionals.length > 0 ? positionals : store.libraryPaths;
	const { analysed, problems, failed } =
		values.speaker === undefined ? await analyseAll(paths, store.corrections, io) : await analyseForSpeaker(paths, values.speaker, store.corrections, io);
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
