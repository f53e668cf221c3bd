import { fork } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LARGE_FILE_BYTES } from '../large-file.js';
import type { AnalyseResult } from './analyse-result.js';

/**
 * A process's heap is bounded: an 11 MB article takes about 150 MB to analyse; one far larger is told as not
 * analysed rather than taking the machine's memory. Its heap grows by 30% at a time, as the app's (cli.tsx).
 */
export const HEAP_MB = 512;

export function isLargeFile(path: string): boolean {
	try {
		return statSync(path).size > LARGE_FILE_BYTES;
	} catch {
		return false; // analyseFile says why it cannot be read
	}
}

/**
 * Large files, one at a time, each in a process of its own: analysing an 11 MB article takes seconds and a
 * few hundred MB, which a thread of the app would hold up or keep (a thread's memory is not all given back:
 * the app stayed at 450 MB after a worker analysed one while the reader worked it out; the process's is).
 */
export async function analyseLargeFiles(paths: readonly string[], onResult: (result: AnalyseResult) => void, signal: AbortSignal | undefined, heapMb = HEAP_MB): Promise<void> {
	for (const path of paths) {
		signal?.throwIfAborted();
		onResult(await analyseInProcess(path, signal, heapMb));
	}
}

function analyseInProcess(path: string, signal: AbortSignal | undefined, heapMb: number): Promise<AnalyseResult> {
	return new Promise((resolve, reject) => {
		const fromSource = import.meta.url.endsWith('.ts');
		const child = fork(fileURLToPath(new URL(fromSource ? './analyse-process.ts' : './analyse-process.js', import.meta.url)), [], {
			// Run from source (tests, benchmarks), the process loads TypeScript through tsx as its parent does.
			execArgv: [...(fromSource ? ['--import', import.meta.resolve('tsx')] : []), `--max-old-space-size=${heapMb}`, '--heap-growing-percent=30'],
			serialization: 'advanced',
			stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
		});
		let result: AnalyseResult | null = null;
		let stderr = '';
		let settled = false;
		const abort = () => child.kill();
		const settle = (why: string) => {
			if (settled) return;
			settled = true;
			signal?.removeEventListener('abort', abort);
			if (child.exitCode === null && child.signalCode === null) child.kill();
			if (signal?.aborted) reject(signal.reason);
			else resolve(result ?? { path, problem: `could not be analysed (${why})` });
		};
		child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)));
		signal?.addEventListener('abort', abort, { once: true });
		child.on('message', (message: AnalyseResult) => (result = message));
		// A process that could not start says so here, and may never say 'exit'.
		child.once('error', (error) => settle(error.message.split('\n')[0]!));
		child.once('exit', (code, killedBy) => settle(whyItEnded(code, killedBy, stderr)));
		child.send(path, (error) => error && settle(error.message.split('\n')[0]!));
	});
}

function whyItEnded(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
	if (/heap out of memory|Allocation failed/i.test(stderr)) return 'out of memory';
	return signal ? `ended by ${signal}` : `ended with status ${code}`;
}
