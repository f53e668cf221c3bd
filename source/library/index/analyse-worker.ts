// A worker thread of the analyse pool: reads and analyses the files it is sent, off the main thread.
import { parentPort } from 'node:worker_threads';
import { analyseFile, type AnalyseResult } from './analyse.js';

export interface AnalyseRequest {
	readonly paths: readonly string[];
}

export interface AnalyseReply {
	readonly results: readonly AnalyseResult[];
}

parentPort?.on('message', async ({ paths }: AnalyseRequest) => {
	const results: AnalyseResult[] = [];
	for (const path of paths) results.push(await analyseFile(path));
	parentPort?.postMessage({ results } satisfies AnalyseReply);
});
