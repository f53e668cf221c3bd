import type { Article } from '../core/article.js';
import { analyseQuotes, type Quote, type QuoteAnalysis, type QuoteEvidence } from '../core/quotes/index.js';

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
	corrected: boolean;
	/** Only with `--explain`. */
	evidence?: QuoteEvidence;
}

export interface AnalysedFile {
	readonly file: string;
	readonly article: Article;
	readonly analysis: QuoteAnalysis;
}

function matchesSpeaker(analysis: QuoteAnalysis, wanted: string): Set<string> {
	const needle = wanted.trim().toLowerCase();
	const names = new Set<string>();
	for (const speaker of analysis.speakers) {
		if ([speaker.name, ...speaker.aliases].some((form) => form.toLowerCase() === needle)) names.add(speaker.name);
	}
	return names;
}

export function filtered(analysis: QuoteAnalysis, wanted: string | undefined): QuoteAnalysis {
	if (wanted === undefined) return analysis;
	const names = matchesSpeaker(analysis, wanted);
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

/** One article's `quotes --json` entry: analysed, filtered to a speaker if asked, shaped for the contract. */
export function analyseForJson(file: string, article: Article, options: { explain: boolean; speaker: string | undefined }): QuotesJsonEntry {
	return toJsonEntry({ file, article, analysis: filtered(analyseQuotes(article, { explain: options.explain }), options.speaker) });
}
