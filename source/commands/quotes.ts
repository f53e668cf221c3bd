import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import Fuse from 'fuse.js';
import { correctSummaries } from '../core/library/corrected-library.js';
import { personKeys } from '../core/library/people.js';
import { sanitizeInline } from '../core/text/sanitize.js';
import { indexQuoteSource } from '../library/index/quote-source.js';
import { storeSnapshot } from './store.js';
import { listArticleFiles, loadArticles, reportProblems, type ArticleFile, type NamedArticle } from './articles.js';
import { openIndexedLibrary } from './library.js';
import { usageErrorFrom, toJson, type Command } from './io.js';
import { analyseCorrected, filtered, takeFiles, toJsonEntry, type AnalysedFile, type AnalyseOptions, type QuotesJsonEntry } from './quotes-json.js';
import type { JsonJob } from './quotes-worker.js';

export type { QuoteJson, QuotesJsonEntry } from './quotes-json.js';

/** From this many articles on, a second thread analyses half of them: it pays for its own start-up. */
const SHARE_FROM = 40;

function parse(argv: readonly string[]) {
	try {
		return parseArgs({
			args: [...argv],
			options: { json: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false }, speaker: { type: 'string' } },
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

const oneLine = (text: string) => sanitizeInline(text.replace(/\s+/g, ' ').trim());

/** Past this many characters, `--explain` shows a quote's start and end. */
const EXPLAIN_QUOTE_CHARS = 160;

function shortened(text: string): string {
	const line = oneLine(text);
	if (line.length <= EXPLAIN_QUOTE_CHARS) return line;
	const half = EXPLAIN_QUOTE_CHARS / 2 - 1;
	return `${line.slice(0, half).trimEnd()} … ${line.slice(-half).trimStart()}`;
}

/** Every quote in text order, numbered as in `--json`, with the rule, cue, candidates and why its speaker won. */
export function formatExplanation(files: readonly AnalysedFile[]): string {
	const lines: string[] = [];
	for (const { file, article, analysis } of files) {
		if (lines.length > 0) lines.push('');
		lines.push(`${oneLine(article.title)} (${oneLine(file)})`);
		if (analysis.quotes.length === 0) lines.push('  no quotes');
		analysis.quotes.forEach((quote, index) => {
			const evidence = quote.evidence;
			const speaker = quote.speaker === null ? 'nobody' : `${oneLine(quote.speaker)}${quote.sure ? '' : '?'} (${quote.sure ? 'sure' : 'unsure'}, confidence ${quote.confidence.toFixed(2)})`;
			lines.push(`  ${index + 1}. “${shortened(quote.text)}” (${quote.kind})`);
			lines.push(`     speaker: ${speaker}`);
			lines.push(`     rule: ${quote.rule ?? 'none'}${evidence?.resolution ? ` (${evidence.resolution})` : ''}`);
			lines.push(`     cue: ${evidence?.cue === null || evidence === undefined ? 'none' : oneLine(evidence.cue)}`);
			lines.push(`     candidates: ${evidence && evidence.candidates.length > 0 ? evidence.candidates.map(oneLine).join(', ') : 'none'}`);
			lines.push(`     why: ${oneLine(evidence?.why ?? '')}`);
		});
	}
	return `${lines.join('\n')}\n`;
}

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
			for (const quote of speech) if (quote.speaker === speaker.name) lines.push(`    “${oneLine(quote.text)}”${quote.sure ? '' : ' (attribution uncertain)'}`);
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

/**
 * Every file's `--json` entry, in order, and the files that could not be read. With many files and a second
 * core, a worker thread takes files from the same list as this one (reading, parsing and analysing them
 * too), so neither waits for the other.
 */
async function jsonEntries(files: readonly ArticleFile[], options: AnalyseOptions): Promise<{ entries: QuotesJsonEntry[]; problems: string[] }> {
	const next = new SharedArrayBuffer(4);
	let theirs: Promise<[number, QuotesJsonEntry | { problem: string }][]> = Promise.resolve([]);
	if (files.length >= SHARE_FROM && availableParallelism() >= 2) {
		const job: JsonJob = { files, next, options };
		const worker = new Worker(new URL('./quotes-worker.js', import.meta.url), { workerData: job });
		theirs = new Promise((resolve, reject) => {
			worker.once('message', resolve);
			worker.once('error', reject);
			worker.once('exit', (code) => reject(new Error(`the analysis thread stopped (status ${code})`)));
		});
	}
	const mine = await takeFiles(files, new Int32Array(next), options);
	const results = new Array<QuotesJsonEntry | { problem: string }>(files.length);
	for (const [index, result] of [...mine, ...(await theirs)]) results[index] = result;
	const entries: QuotesJsonEntry[] = [];
	const problems: string[] = [];
	for (const result of results) {
		if ('problem' in result) problems.push(result.problem);
		else entries.push(result);
	}
	return { entries, problems };
}

const NO_QUOTES: AnalysedFile['analysis'] = { quotes: [], speakers: [] };

interface Analysed {
	readonly analysed: AnalysedFile[];
	/** Files that could not be read, one line each, still to be reported. */
	readonly problems: readonly string[];
	/** Some file could not be read and was reported already (by the library index). */
	readonly failed: boolean;
}

/**
 * With --speaker, the library index says which articles quote that person (corrections applied to its
 * counts): only those are read and analysed; the others are listed with no quotes, as the analysis would
 * have found.
 */
async function speakerSelection(paths: readonly string[], speaker: string, options: AnalyseOptions, io: Parameters<Command>[1]) {
	const indexed = await openIndexedLibrary(paths, io);
	const articles = correctSummaries(indexQuoteSource(indexed.library), options.corrections);
	// The same matching as each article's analysis gets, over every speaker the index knows.
	const names = speakersCalled(articles.flatMap((article) => article.speakers), speaker);
	const quoted = articles.filter((article) => article.speakers.some((s) => names.has(s.name)));
	return { articles, names, quoted, shownAs: indexed.shownAs, failed: indexed.failed };
}

async function analyseForSpeaker(paths: readonly string[], speaker: string, options: AnalyseOptions, io: Parameters<Command>[1]): Promise<Analysed> {
	const { articles, names, quoted, shownAs, failed } = await speakerSelection(paths, speaker, options, io);
	const { articles: read, problems } = await loadArticles(quoted.map((article) => shownAs(article.file)), io);
	const loaded = new Map<string, NamedArticle>(read.map((named) => [named.loaded.path, named]));
	const analysed = articles.map((article): AnalysedFile => {
		const named = loaded.get(article.file);
		if (!named) return { file: shownAs(article.file), article: { title: article.title }, analysis: NO_QUOTES };
		return { file: named.file, article: named.loaded.article, analysis: filtered(analyseCorrected(named.loaded.path, named.loaded.article, options), names) };
	});
	return { analysed, problems, failed };
}

/** `--speaker` with `--json`: the articles that quote them analysed as `quotes --json` analyses many (two threads). */
async function jsonForSpeaker(paths: readonly string[], speaker: string, options: AnalyseOptions, io: Parameters<Command>[1]): Promise<{ entries: QuotesJsonEntry[]; problems: string[]; failed: boolean }> {
	const { articles, names, quoted, shownAs, failed } = await speakerSelection(paths, speaker, options, io);
	const files = quoted.map((article) => ({ file: shownAs(article.file), path: article.file }));
	const { entries, problems } = await jsonEntries(files, { ...options, speakers: [...names] });
	const byFile = new Map(entries.map((entry) => [entry.file, entry]));
	return {
		entries: articles.map((article) => byFile.get(shownAs(article.file)) ?? { file: shownAs(article.file), title: article.title, quotes: [], speakers: [] }),
		problems,
		failed,
	};
}

const quotes: Command = async (argv, io) => {
	const { values, positionals } = parse(argv);
	const store = await storeSnapshot(io);
	const paths = positionals.length > 0 ? positionals : store.libraryPaths;
	const options: AnalyseOptions = { explain: values.explain, corrections: store.corrections };
	let result: Analysed;
	if (values.speaker === undefined) {
		if (values.json) {
			const listed = await listArticleFiles(paths, io);
			const { entries, problems } = await jsonEntries(listed.files, options);
			io.stdout(`${toJson(entries)}\n`);
			return reportProblems(io, [...listed.problems, ...problems]);
		}
		const { articles, problems } = await loadArticles(paths, io);
		result = { analysed: articles.map(({ file, loaded }) => ({ file, article: loaded.article, analysis: analyseCorrected(loaded.path, loaded.article, options) })), problems, failed: false };
	} else if (values.json) {
		const { entries, problems, failed } = await jsonForSpeaker(paths, values.speaker, options, io);
		io.stdout(`${toJson(entries)}\n`);
		return Math.max(reportProblems(io, problems), failed ? 1 : 0);
	} else {
		result = await analyseForSpeaker(paths, values.speaker, options, io);
	}
	const { analysed, problems, failed } = result;
	if (values.json) {
		io.stdout(`${toJson(analysed.map(toJsonEntry))}\n`);
		return Math.max(reportProblems(io, problems), failed ? 1 : 0);
	}
	const shown = values.speaker === undefined ? analysed : analysed.filter((entry) => entry.analysis.quotes.length > 0);
	if (shown.length > 0) io.stdout(values.explain ? formatExplanation(shown) : formatText(shown));
	const status = Math.max(reportProblems(io, problems), failed ? 1 : 0);
	if (shown.length === 0 && values.speaker !== undefined) {
		io.stderr(`marginalia: nobody called ${oneLine(values.speaker)} is quoted\n`);
		return 1;
	}
	return status;
};

export default quotes;
