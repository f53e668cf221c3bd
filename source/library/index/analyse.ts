import { basename } from 'node:path';
import type { Article } from '../../core/article/article.js';
import { analyseQuotes, type QuoteAnalysis } from '../../core/quotes/index.js';
import { SlicedQuoteAnalysis } from '../../core/reader/quote-slices.js';
import { searchDataOf } from '../../core/search/units.js';
import { summariseAnalysis } from '../../core/library/summary.js';
import { isSure } from '../../core/annotations/corrected-analysis.js';
import { describeFsError, readArticle } from '../load.js';
import type { AnalyseResult } from './analyse-result.js';
import { encodeBody } from './entry.js';

export { isAnalysed, type AnalysedFile, type AnalyseResult } from './analyse-result.js';

export async function analyseFile(path: string): Promise<AnalyseResult> {
	try {
		const { article, mtimeMs, size } = await readArticle(path);
		const analysis = analyseArticle(article);
		const summary = summariseAnalysis(analysis);
		const { units, speakers } = searchDataOf(article, analysis);
		const { title, titleDerived, dek, source, byline, date, url, feed, words, fingerprint, text, paragraphs } = article;
		const aliases = new Map(speakers.map((speaker) => [speaker.name, speaker.aliases]));
		const position = new Map(summary.speakers.map((speaker, index) => [speaker.name, index]));
		const quotes = analysis.quotes.map(({ start, end, speaker, kind, ...rest }) => ({ start, end, kind, speaker: speaker === null ? null : (position.get(speaker) ?? null), sure: isSure(rest) }));
		const unsure = new Map<string, number>();
		for (const quote of analysis.quotes) if (quote.speaker !== null && !isSure(quote)) unsure.set(quote.speaker, (unsure.get(quote.speaker) ?? 0) + 1);
		return {
			path,
			article: {
				name: basename(path),
				size,
				mtimeMs,
				title,
				titleDerived,
				source,
				byline,
				date,
				url,
				feed,
				words,
				quotes: summary.quotes,
				speakers: summary.speakers.map(({ name, quotes }) => ({ name, quotes, aliases: aliases.get(name) ?? [], unsure: unsure.get(name) ?? 0 })),
			},
			body: encodeBody({ text, fingerprint, dek, paragraphs, units, quotes, ...(article.markup ? { markup: article.markup } : {}) }),
		};
	} catch (error) {
		return { path, problem: describeFsError(error) };
	}
}

/**
 * Past this many characters an article is analysed window by window and the windows merged, as the reader
 * does: the whole analysis of an 11 MB article took 11 s and 600 MB; by windows 8 s and a quarter of that.
 */
export const WINDOWED_FROM_CHARACTERS = 1_000_000;

function analyseArticle(article: Article): QuoteAnalysis {
	if (article.text.length < WINDOWED_FROM_CHARACTERS) return analyseQuotes(article);
	const sliced = new SlicedQuoteAnalysis(article);
	while (!sliced.analyseNext());
	return sliced.analysis();
}

