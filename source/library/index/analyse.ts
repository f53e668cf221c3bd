import { basename } from 'node:path';
import { analyseQuotes } from '../../core/quotes/index.js';
import { searchDataOf } from '../../core/search/units.js';
import { summariseAnalysis } from '../../core/library/summary.js';
import { isSure } from '../../core/annotations/corrected-analysis.js';
import { describeFsError, readArticle } from '../load.js';
import { encodeBody, type IndexedArticle } from './entry.js';

/** A file read and analysed once for the index: its entry and its body (JSON). */
export interface AnalysedFile {
	readonly path: string;
	readonly article: IndexedArticle;
	readonly body: Uint8Array;
}

export type AnalyseResult = AnalysedFile | { readonly path: string; readonly problem: string };

export async function analyseFile(path: string): Promise<AnalyseResult> {
	try {
		const { article, mtimeMs, size } = await readArticle(path);
		const analysis = analyseQuotes(article);
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
			body: encodeBody({ text, fingerprint, dek, paragraphs, units, quotes }),
		};
	} catch (error) {
		return { path, problem: describeFsError(error) };
	}
}

export function isAnalysed(result: AnalyseResult): result is AnalysedFile {
	return 'article' in result;
}
