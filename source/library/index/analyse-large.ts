import { fork } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LARGE_FILE_BYTES } from '../large-file.js';
import type { AnalyseResult } from './analyse-result.js';

/**
 * A process's heap is bounded: an 11 MB article takes about 150 MB to analyse; one far larger is told as not
 * analysed rather than taking the machine's memory. Its heap grows by 30% at a time, as the app's (cli.tsx).
 */
const HEAP_MB = 512;

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
export async function analyseLargeFiles(paths: readonly string[], onResult: (result: AnalyseResult) => void, signal: AbortSignal | undefined): Promise<void> {
	for (const path of paths) {
		signal?.throwIfAborted();
		onResult(await analyseInProcess(path, signal));
	}
}

function analyseInProcess(path: string, signal: AbortSignal | undefined): Promise<AnalyseResult> {
	return new Promise((resolve, reject) => {
		const fromSource = import.meta.url.endsWith('.ts');
		const child = fork(fileURLToPath(new URL(fromSource ? './analyse-process.ts' : './analyse-process.js', import.meta.url)), [], {
			// Run from source (tests, benchmarks), the process loads TypeScript through tsx as its parent does.
			execArgv: [...(fromSource ? ['--import', import.meta.resolve('tsx')] : []), `--max-old-space-size=${HEAP_MB}`, '--heap-growing-percent=30'],
			serialization: 'advanced',
			stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
		});
		let result: AnalyseResult | null = null;
		let stderr = '';
		child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)));
		const abort = () => child.kill();
		signal?.addEventListener('abort', abort, { once: true });
		child.on('message', (message: AnalyseResult) => (result = message));
		child.once('error', () => undefined); // 'exit' follows and says what became of it
		child.once('exit', (code, killedBy) => {
			signal?.removeEventListener('abort', abort);
			if (signal?.aborted) reject(signal.reason);
			else resolve(result ?? { path, problem: `could not be analysed (${whyItEnded(code, killedBy, stderr)})` });
		});
		child.send(path);
	});
}

function whyItEnded(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
	if (/heap out of memory|Allocation failed/i.test(stderr)) return 'out of memory';
	return signal ? `ended by ${signal}` : `ended with status ${code}`;
}
