import { parseArgs } from 'node:util';
import { analyseQuotes, type Quote, type QuoteAnalysis, type QuoteEvidence } from '../core/quotes/index.js';
import { sanitizeInline } from '../core/sanitize.js';
import type { LoadedArticle } from '../library/load.js';
import { pathsOrLibrary } from './store.js';
import { loadArticles } from './articles.js';
import { UsageError, toJson, type Command } from './io.js';

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

interface AnalysedFile {
	readonly file: string;
	readonly article: LoadedArticle['article'];
	readonly analysis: QuoteAnalysis;
}

function parse(argv: readonly string[]) {
	try {
		return parseArgs({
			args: [...argv],
			options: { json: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false }, speaker: { type: 'string' } },
			strict: true,
			allowPositionals: true,
		});
	} catch (error) {
		throw new UsageError((error as Error).message);
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
		quotes: analysis.quotes.map(toQuoteJson),
		speakers: analysis.speakers.map(({ name, aliases, quotes }) => ({ name, aliases, quotes })),
	};
}

function toQuoteJson({ text, start, end, speaker, kind, rule, confidence, sure, corrected, evidence }: Quote): QuoteJson {
	const json: QuoteJson = { text, start, end, speaker, kind, rule, confidence: Math.round(confidence * 100) / 100, sure, corrected };
	if (evidence) json.evidence = evidence;
	return json;
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

const quotes: Command = async (argv, io) => {
	const { values, positionals } = parse(argv);
	const paths = await pathsOrLibrary(positionals, io);
	const articles = await loadArticles(paths, io);
	const analysed: AnalysedFile[] = articles.map(({ file, loaded }) => ({
		file,
		article: loaded.article,
		analysis: filtered(analyseQuotes(loaded.article, { explain: values.explain }), values.speaker),
	}));
	if (values.json) {
		io.stdout(`${toJson(analysed.map(toJsonEntry))}\n`);
		return 0;
	}
	const shown = values.speaker === undefined ? analysed : analysed.filter((entry) => entry.analysis.quotes.length > 0);
	if (shown.length === 0) {
		io.stderr(`marginalia: nobody called ${oneLine(values.speaker ?? '')} is quoted\n`);
		return 1;
	}
	io.stdout(values.explain ? formatExplanation(shown) : formatText(shown));
	return 0;
};

export default quotes;
