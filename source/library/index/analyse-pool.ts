import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { yieldToEventLoop } from '../../core/search/yield.js';
import { LARGE_FILE_BYTES } from '../large-file.js';
import type { AnalyseResult } from './analyse-result.js';
import type { AnalyseReply, AnalyseRequest } from './analyse-worker.js';

export interface AnalyseOptions {
	/** Worker threads to use; 0 analyses in this thread, yielding between files (a large file excepted). Default: one per core. */
	readonly threads?: number;
	readonly signal?: AbortSignal;
}

/** Fewer files than this are quicker to analyse here than to start a worker for. */
const IN_PROCESS_UP_TO = 24;
const BATCH = 8;
/** A worker's heap is bounded: an 11 MB article needs about 100 MB; the app as a whole stays small. */
const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 256 };

/**
 * Reads and analyses the files, calling `onResult` for each as it is done (in no set order). Many files
 * are shared among worker threads, so the caller's event loop stays free (an app keeps drawing).
 */
export async function analyseFiles(paths: readonly string[], onResult: (result: AnalyseResult) => void, options: AnalyseOptions = {}): Promise<void> {
	const threads = Math.min(options.threads ?? availableParallelism(), Math.ceil(paths.length / BATCH));
	if (paths.length <= IN_PROCESS_UP_TO || threads <= 0) {
		const large = paths.filter(isLarge);
		if (large.length === 0) return analyseHere(paths, onResult, options.signal);
		const small = paths.filter((path) => !large.includes(path));
		await Promise.all([analyseHere(small, onResult, options.signal), analyseInWorkers(large, 1, 1, onResult, options.signal)]);
		return;
	}
	return analyseInWorkers(paths, threads, BATCH, onResult, options.signal);
}

function isLarge(path: string): boolean {
	try {
		return statSync(path).size > LARGE_FILE_BYTES;
	} catch {
		return false; // analyseFile says why it cannot be read
	}
}

async function analyseInWorkers(paths: readonly string[], threads: number, batch: number, onResult: (result: AnalyseResult) => void, signal: AbortSignal | undefined): Promise<void> {
	const queue = [...paths];
	const inFlight = new Set<string>();
	const workers: Worker[] = [];
	try {
		await Promise.all(Array.from({ length: threads }, () => runWorker(workers, queue, inFlight, onResult, signal, batch)));
	} catch (error) {
		await Promise.all(workers.map((worker) => worker.terminate()));
		if (signal?.aborted) throw error;
		// A worker could not start or died (out of memory on a huge article): what it had, and what is left, is
		// done here, except large files, which would hold up the app for seconds. A large file a worker was on
		// is told as not analysed; the large ones still waiting get new workers, if any worker had started.
		const failed = [...inFlight];
		const waiting = queue.splice(0);
		for (const path of failed.filter(isLarge)) onResult({ path, problem: `could not be analysed (${describeWorkerError(error)})` });
		await analyseHere([...failed, ...waiting].filter((path) => !isLarge(path)), onResult, signal);
		const largeWaiting = waiting.filter(isLarge);
		if (failed.length > 0) await analyseInWorkers(largeWaiting, 1, 1, onResult, signal);
		else for (const path of largeWaiting) onResult({ path, problem: `could not be analysed (${describeWorkerError(error)})` });
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
	if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analyse-worker.js', import.meta.url), { resourceLimits: WORKER_LIMITS });
	// Run from source (tests, benchmarks under tsx) the worker is TypeScript too, and tsx's loader is not
	// inherited by a worker on Node 20: the worker registers it before loading its module.
	const tsx = import.meta.resolve('tsx/esm/api');
	const worker = new URL('./analyse-worker.ts', import.meta.url).href;
	const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`;
	return new Worker(code, { eval: true, resourceLimits: WORKER_LIMITS });
}

function runWorker(
	workers: Worker[],
	queue: string[],
	inFlight: Set<string>,
	onResult: (result: AnalyseResult) => void,
	signal: AbortSignal | undefined,
	batchSize: number,
): Promise<void> {
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
			batch = queue.splice(0, batchSize);
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

function describeWorkerError(error: unknown): string {
	const code = (error as { code?: string } | undefined)?.code;
	if (code === 'ERR_WORKER_OUT_OF_MEMORY') return 'out of memory';
	return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
