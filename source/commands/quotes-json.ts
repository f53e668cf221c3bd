import type { Article } from '../core/article/article.js';
import { readArticle } from '../library/load.js';
import { cannotRead, type ArticleFile } from './articles.js';
import { correctAnalysis } from '../core/annotations/corrected-analysis.js';
import type { Correction } from '../core/annotations/corrections.js';
import { analyseQuotes, type Quote, type QuoteAnalysis, type QuoteEvidence } from '../core/quotes/index.js';

// What `quotes` shares with its second thread (quotes-worker.ts): analysing one article, the reader's
// corrections applied, and its `--json` entry. Kept light: the thread loads this and the engine only.

/** The `quotes --json` shape (DESIGN.md, "Command-line contracts"). */
export interface QuotesJsonEntry {
	file: string;
	title: string;
	quotes: QuoteJson[];
	speakers: { name: string; aliases: string[]; quotes: number }[];
}

export interface QuoteJson {
	text: string;
	start: number;
	end: number;
	speaker: string | null;
	kind: Quote['kind'];
	rule: Quote['rule'];
	confidence: number;
	sure: boolean;
	/** A reader's correction chose the speaker. */
	corrected: boolean;
	/** Only with `--explain`. */
	evidence?: QuoteEvidence;
}

export interface AnalysedFile {
	readonly file: string;
	readonly article: Pick<Article, 'title'>;
	readonly analysis: QuoteAnalysis;
}

export interface AnalyseOptions {
	readonly explain: boolean;
	readonly corrections: readonly Correction[];
	/** Only the quotes of these speakers (`--speaker`, as the index matched the name). */
	readonly speakers?: readonly string[];
}

/** The one place corrections meet the engine's output here: everything printed comes after it. */
export function analyseCorrected(path: string, article: Article, options: AnalyseOptions): QuoteAnalysis {
	const engine = analyseQuotes(article, { explain: options.explain });
	if (options.corrections.length === 0) return engine;
	const { quotes, speakers } = correctAnalysis(article.text, engine, options.corrections, path);
	return { quotes, speakers };
}

/** Only the quotes of the speakers named, and those speakers. */
export function filtered(analysis: QuoteAnalysis, names: ReadonlySet<string>): QuoteAnalysis {
	return {
		quotes: analysis.quotes.filter((quote) => quote.speaker !== null && names.has(quote.speaker)),
		speakers: analysis.speakers.filter((speaker) => names.has(speaker.name)),
	};
}

export function toJsonEntry({ file, article, analysis }: AnalysedFile): QuotesJsonEntry {
	return {
		file,
		title: article.title,
		quotes: analysis.quotes.map(toQuoteJson),
		speakers: analysis.speakers.map(({ name, aliases, quotes }) => ({ name, aliases, quotes })),
	};
}

function toQuoteJson({ text, start, end, speaker, kind, rule, confidence, sure, corrected, evidence }: Quote): QuoteJson {
	const json: QuoteJson = { text, start, end, speaker, kind, rule, confidence: Math.round(confidence * 100) / 100, sure, corrected };
	if (evidence) json.evidence = evidence;
	return json;
}

/** One article's `quotes --json` entry: analysed, corrected, shaped for the contract. */
export function analyseForJson(file: string, path: string, article: Article, options: AnalyseOptions): QuotesJsonEntry {
	const analysis = analyseCorrected(path, article, options);
	return toJsonEntry({ file, article, analysis: options.speakers ? filtered(analysis, new Set(options.speakers)) : analysis });
}

type FileResult = QuotesJsonEntry | { problem: string };

/** A file read and parsed, or the line that says why it could not be. */
async function readFile({ file, path }: ArticleFile): Promise<Article | { problem: string }> {
	try {
		return (await readArticle(path)).article;
	} catch (error) {
		return { problem: cannotRead(file, error) };
	}
}

/**
 * Takes the next file from the list both threads share until none is left, and answers `[index, result]`
 * for each: the threads read, parse and analyse side by side, the faster taking more. The next file is read
 * while this one is analysed: one at a time, the thread waited on the disk a third of the time.
 */
export async function takeFiles(files: readonly ArticleFile[], next: Int32Array, options: AnalyseOptions): Promise<[number, FileResult][]> {
	const results: [number, FileResult][] = [];
	const take = () => {
		const index = Atomics.add(next, 0, 1);
		return index < files.length ? { index, article: readFile(files[index]!) } : null;
	};
	for (let current = take(); current !== null; ) {
		const article = await current.article;
		const { index } = current;
		current = take();
		const { file, path } = files[index]!;
		results.push([index, 'problem' in article ? article : analyseForJson(file, path, article, options)]);
	}
	return results;
}
