import type { Article } from '../core/article/article.js';
import type { Correction } from '../core/annotations/corrections.js';
import { analyseQuotes, type Quote, type QuoteAnalysis, type QuoteEvidence } from '../core/quotes/index.js';
import { parsersFor, readArticleSync } from '../library/load.js';
import { cannotRead, type ArticleFile } from './articles.js';

// How `quotes` analyses an article (the engine, then the reader's corrections) and the `--json` entries.

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

/** An article's quotes as `quotes` prints them: the engine's, then the reader's corrections. */
export type Analyse = (path: string, article: Article) => QuoteAnalysis;

/**
 * The one place corrections meet the engine's output here: everything printed comes after it. The
 * corrections' matching (approximate search, anchors) loads only when there are corrections.
 */
export async function analyserFor(options: AnalyseOptions): Promise<Analyse> {
	const engine = (article: Article) => analyseQuotes(article, { explain: options.explain });
	if (options.corrections.length === 0) return (_path, article) => engine(article);
	const { correctAnalysis } = await import('../core/annotations/corrected-analysis.js');
	return (path, article) => {
		const { quotes, speakers } = correctAnalysis(article.text, engine(article), options.corrections, path);
		return { quotes, speakers };
	};
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

/**
 * Every file's `--json` entry, in order, and a line for each file that could not be read. Files are read
 * synchronously: nothing else happens meanwhile, and reading a small file takes less time than six awaits.
 * (A second thread taking half the files made the whole run slower on two cores: each thread warms up its
 * own compiled code, and V8 already compiles and collects garbage on the other core.)
 */
export async function jsonEntries(files: readonly ArticleFile[], options: AnalyseOptions): Promise<{ entries: QuotesJsonEntry[]; problems: string[] }> {
	const [analyse, parsers] = await Promise.all([analyserFor(options), parsersFor(files.map(({ path }) => path))]);
	const only = options.speakers ? new Set(options.speakers) : null;
	const entries: QuotesJsonEntry[] = [];
	const problems: string[] = [];
	for (const { file, path } of files) {
		let article: Article;
		try {
			article = readArticleSync(path, parsers).article;
		} catch (error) {
			problems.push(cannotRead(file, error));
			continue;
		}
		const analysis = analyse(path, article);
		entries.push(toJsonEntry({ file, article, analysis: only ? filtered(analysis, only) : analysis }));
	}
	return { entries, problems };
}
