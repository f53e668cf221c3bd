import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { yieldToEventLoop } from '../../core/search/search.js';
import { analyseFile, type AnalyseResult } from './analyse.js';
import type { AnalyseReply, AnalyseRequest } from './analyse-worker.js';

export interface AnalyseOptions {
	/** Worker threads to use; 0 analyses in this thread, yielding between files. Default: one per core. */
	readonly threads?: number;
	readonly signal?: AbortSignal;
}

/** Fewer files than this are quicker to analyse here than to start a worker for. */
const IN_PROCESS_UP_TO = 24;
const BATCH = 8;

/**
 * Reads and analyses the files, calling `onResult` for each as it is done (in no set order). Many files
 * are shared among worker threads, so the caller's event loop stays free (an app keeps drawing).
 */
export async function analyseFiles(paths: readonly string[], onResult: (result: AnalyseResult) => void, options: AnalyseOptions = {}): Promise<void> {
	const threads = Math.min(options.threads ?? availableParallelism(), Math.ceil(paths.length / BATCH));
	if (paths.length <= IN_PROCESS_UP_TO || threads <= 0) return analyseHere(paths, onResult, options.signal);
	const queue = [...paths];
	const inFlight = new Set<string>();
	const workers: Worker[] = [];
	try {
		await Promise.all(Array.from({ length: threads }, () => runWorker(workers, queue, inFlight, onResult, options.signal)));
	} catch (error) {
		await Promise.all(workers.map((worker) => worker.terminate()));
		if (options.signal?.aborted) throw error;
		// A worker could not start or died: what it had, and what is left, is done here.
		await analyseHere([...inFlight, ...queue.splice(0)], onResult, options.signal);
	}
}

async function analyseHere(paths: readonly string[], onResult: (result: AnalyseResult) => void, signal: AbortSignal | undefined): Promise<void> {
	for (const path of paths) {
		signal?.throwIfAborted();
		onResult(await analyseFile(path));
		await yieldToEventLoop();
	}
}

function workerUrl(): URL {
	// Run from source (tests, benchmarks under tsx) the worker is TypeScript too.
	return new URL(import.meta.url.endsWith('.ts') ? './analyse-worker.ts' : './analyse-worker.js', import.meta.url);
}

function runWorker(
	workers: Worker[],
	queue: string[],
	inFlight: Set<string>,
	onResult: (result: AnalyseResult) => void,
	signal: AbortSignal | undefined,
): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(workerUrl());
		workers.push(worker);
		let batch: string[] = [];
		const next = () => {
			if (signal?.aborted) {
				void worker.terminate();
				reject(signal.reason);
				return;
			}
			batch = queue.splice(0, BATCH);
			if (batch.length === 0) {
				void worker.terminate().then(() => resolve());
				return;
			}
			for (const path of batch) inFlight.add(path);
			worker.postMessage({ paths: batch } satisfies AnalyseRequest);
		};
		worker.on('message', ({ results }: AnalyseReply) => {
			for (const result of results) {
				if (!inFlight.delete(result.path)) continue;
				onResult(result);
			}
			next();
		});
		worker.once('error', (error) => {
			void worker.terminate();
			reject(error);
		});
		worker.once('online', next);
	});
}
