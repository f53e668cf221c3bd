// The second thread of `quotes --json` over many articles (commands/quotes.ts): analyses the articles it is
// given and posts back their entries, in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../core/article.js';
import { analyseForJson } from './quotes-json.js';

export interface JsonJob {
	readonly articles: readonly { readonly file: string; readonly article: Article }[];
	readonly options: { readonly explain: boolean; readonly speaker: string | undefined };
}

if (parentPort) {
	const { articles, options } = workerData as JsonJob;
	parentPort.postMessage(articles.map(({ file, article }) => analyseForJson(file, article, options)));
}
