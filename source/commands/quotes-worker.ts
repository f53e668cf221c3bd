// The second thread of `quotes --json` over many articles (commands/quotes.ts): takes files from the list it
// shares with the main thread, reads and analyses each, and posts back what it did, by index.
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleFile } from './articles.js';
import { takeFiles, type AnalyseOptions } from './quotes-json.js';

export interface JsonJob {
	readonly files: readonly ArticleFile[];
	/** The index of the next file to take, shared by both threads (Atomics). */
	readonly next: SharedArrayBuffer;
	readonly options: AnalyseOptions;
}

if (parentPort) {
	const port = parentPort;
	const { files, next, options } = workerData as JsonJob;
	void takeFiles(files, new Int32Array(next), options).then((results) => port.postMessage(results));
}
