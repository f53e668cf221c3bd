import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { analyseQuotes } from '../core/quotes/index.js';
import { sanitizeInline } from '../core/sanitize.js';
import { pathsOrLibrary } from './store.js';
import { loadArticles, type NamedArticle } from './articles.js';
import { UsageError, toJson, type Command } from './io.js';
import { analyseForJson, filtered, type AnalysedFile, type QuotesJsonEntry } from './quotes-json.js';
import type { JsonJob } from './quotes-worker.js';

export type { QuoteJson, QuotesJsonEntry } from './quotes-json.js';
export { toJsonEntry } from './quotes-json.js';

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
		throw new UsageError((error as Error).message);
	}
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
 * Every article's `--json` entry, in order. With many articles and a second core, a worker thread analyses the
 * second half while this one analyses the first.
 */
async function jsonEntries(articles: readonly NamedArticle[], options: JsonJob['options']): Promise<QuotesJsonEntry[]> {
	const entry = ({ file, loaded }: NamedArticle) => analyseForJson(file, loaded.article, options);
	if (articles.length < SHARE_FROM || availableParallelism() < 2) return articles.map(entry);
	const half = Math.ceil(articles.length / 2);
	const job: JsonJob = { articles: articles.slice(half).map(({ file, loaded }) => ({ file, article: loaded.article })), options };
	const worker = new Worker(new URL('./quotes-worker.js', import.meta.url), { workerData: job });
	const theirs = new Promise<QuotesJsonEntry[]>((resolve, reject) => {
		worker.once('message', (entries: QuotesJsonEntry[]) => resolve(entries));
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`the analysis thread stopped (status ${code})`)));
	});
	const mine = articles.slice(0, half).map(entry);
	return [...mine, ...(await theirs)];
}

const quotes: Command = async (argv, io) => {
	const { values, positionals } = parse(argv);
	const paths = await pathsOrLibrary(positionals, io);
	const articles = await loadArticles(paths, io);
	if (values.json) {
		io.stdout(`${toJson(await jsonEntries(articles, { explain: values.explain, speaker: values.speaker }))}\n`);
		return 0;
	}
	const analysed: AnalysedFile[] = articles.map(({ file, loaded }) => ({
		file,
		article: loaded.article,
		analysis: filtered(analyseQuotes(loaded.article, { explain: values.explain }), values.speaker),
	}));
	const shown = values.speaker === undefined ? analysed : analysed.filter((entry) => entry.analysis.quotes.length > 0);
	if (shown.length === 0) {
		io.stderr(`marginalia: nobody called ${oneLine(values.speaker ?? '')} is quoted\n`);
		return 1;
	}
	io.stdout(values.explain ? formatExplanation(shown) : formatText(shown));
	return 0;
};

export default quotes;
