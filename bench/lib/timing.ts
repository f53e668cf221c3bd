import { performance } from 'node:perf_hooks';

/** The median time of `run` in ms over `iterations` runs, after three untimed ones (the JIT warmed). */
export function median(run: () => unknown, iterations: number): number {
	for (let i = 0; i < 3; i++) run();
	const samples: number[] = [];
	for (let i = 0; i < iterations; i++) {
		const start = performance.now();
		run();
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	return samples[Math.floor(samples.length / 2)]!;
}
