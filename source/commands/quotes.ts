import { parseArgs } from 'node:util';
import { analyseQuotes, type Quote, type QuoteAnalysis } from '../core/quotes/index.js';
import { sanitizeInline } from '../core/text/sanitize.js';
import type { LoadedArticle } from '../library/load.js';
import { pathsOrLibrary } from './store.js';
import { loadArticles, reportProblems } from './articles.js';
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
	readonly article: LoadedArticle['article'];
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

function matchesSpeaker(analysis: QuoteAnalysis, wanted: string): Set<string> {
	const needle = wanted.trim().toLowerCase();
	const names = new Set<string>();
	for (const speaker of analysis.speakers) {
		if ([speaker.name, ...speaker.aliases].some((form) => form.toLowerCase() === needle)) names.add(speaker.name);
	}
	return names;
}

function filtered(analysis: QuoteAnalysis, wanted: string | undefined): QuoteAnalysis {
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

const quotes: Command = async (argv, io) => {
	const { values, positionals } = parse(argv);
	const paths = await pathsOrLibrary(positionals, io);
	const { articles, problems } = await loadArticles(paths, io);
	const analysed: AnalysedFile[] = articles.map(({ file, loaded }) => ({
		file,
		article: loaded.article,
		analysis: filtered(analyseQuotes(loaded.article), values.speaker),
	}));
	if (values.json) {
		io.stdout(`${toJson(analysed.map(toJsonEntry))}\n`);
		return reportProblems(io, problems);
	}
	const shown = values.speaker === undefined ? analysed : analysed.filter((entry) => entry.analysis.quotes.length > 0);
	if (shown.length > 0) io.stdout(formatText(shown));
	const status = reportProblems(io, problems);
	if (shown.length === 0 && values.speaker !== undefined) {
		io.stderr(`marginalia: nobody called ${oneLine(values.speaker)} is quoted\n`);
		return 1;
	}
	return status;
};

export default quotes;
