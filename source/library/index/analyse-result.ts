// What analysing a file gives, apart from analyse.ts: the quote engine loads only when a file is analysed.
import type { IndexedArticle } from './entry.js';

/** A file read and analysed once for the index: its entry and its body (JSON). */
export interface AnalysedFile {
	readonly path: string;
	readonly article: IndexedArticle;
	readonly body: Uint8Array;
}

export type AnalyseResult = AnalysedFile | { readonly path: string; readonly problem: string };

export function isAnalysed(result: AnalyseResult): result is AnalysedFile {
	return 'article' in result;
}
