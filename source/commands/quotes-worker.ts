// The second thread of `quotes --json` over many articles (commands/quotes.ts): analyses the articles it is
// given and posts back their entries, in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../core/article/article.js';
import { analyseForJson, type AnalyseOptions } from './quotes-json.js';

export interface JsonJob {
	readonly articles: readonly { readonly file: string; readonly path: string; readonly article: Article }[];
	readonly options: AnalyseOptions;
}

if (parentPort) {
	const { articles, options } = workerData as JsonJob;
	parentPort.postMessage(articles.map(({ file, path, article }) => analyseForJson(file, path, article, options)));
}
