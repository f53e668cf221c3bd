import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { yieldToEventLoop } from '../../core/search/yield.js';
import { analyseLargeFiles, isLargeFile } from './analyse-large.js';
import type { AnalyseResult } from './analyse-result.js';
import type { AnalyseReply, AnalyseRequest } from './analyse-worker.js';

export interface AnalyseOptions {
	/** Worker threads to use; 0 analyses in this thread, yielding between files (a large file excepted). Default: one per core. */
	readonly threads?: number;
	readonly signal?: AbortSignal;
	/** The heap of the process a large file is analysed in (analyse-large.ts), in MB. */
	readonly largeFileHeapMb?: number;
}

/** Fewer files than this are quicker to analyse here than to start a worker for. */
const IN_PROCESS_UP_TO = 24;
const BATCH = 8;

/**
 * Reads and analyses the files, calling `onResult` for each as it is done (in no set order). Many files
 * are shared among worker threads, so the caller's event loop stays free (an app keeps drawing); a large
 * file is never analysed here, but in a process of its own (analyse-large.ts).
 */
export async function analyseFiles(paths: readonly string[], onResult: (result: AnalyseResult) => void, options: AnalyseOptions = {}): Promise<void> {
	const large = paths.filter(isLargeFile);
	const small = large.length === 0 ? paths : paths.filter((path) => !large.includes(path));
	await Promise.all([analyseSmallFiles(small, onResult, options), analyseLargeFiles(large, onResult, options.signal, options.largeFileHeapMb)]);
}

async function analyseSmallFiles(paths: readonly string[], onResult: (result: AnalyseResult) => void, options: AnalyseOptions): Promise<void> {
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
	if (paths.length === 0) return;
	// The quote engine loads with the first file analysed: a warm start analyses none.
	const { analyseFile } = await import('./analyse.js');
	for (const path of paths) {
		signal?.throwIfAborted();
		onResult(await analyseFile(path));
		await yieldToEventLoop();
	}
}

function startWorker(): Worker {
	if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analyse-worker.js', import.meta.url));
	// Run from source (tests, benchmarks under tsx) the worker is TypeScript too, and tsx's loader is not
	// inherited by a worker on Node 20: the worker registers it before loading its module.
	const tsx = import.meta.resolve('tsx/esm/api');
	const worker = new URL('./analyse-worker.ts', import.meta.url).href;
	const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`;
	return new Worker(code, { eval: true });
}

function runWorker(workers: Worker[], queue: string[], inFlight: Set<string>, onResult: (result: AnalyseResult) => void, signal: AbortSignal | undefined): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = startWorker();
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
