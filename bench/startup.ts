// How long the first frame of the bundled library takes, beside how long node takes only to import react
// and ink, both measured the same way in one run: a new tmux pane per start, watched until its first output.
// Run: npm run bench:startup   (needs tmux and a built dist/; prints medians and their ratio; target ≤ 1.5×)
// BENCH_ROOT=<checkout> measures another checkout's build (e.g. main's) the same way; BENCH_RUNS=<n> runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportTarget } from './lib/targets.js';
import { BenchTerminal, hasTmux } from './lib/terminal.js';

const ROOT = process.env.BENCH_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TARGET = 1.5;

function median(samples: number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

if (!hasTmux()) {
	console.error('bench/startup.ts needs tmux');
	process.exit(1);
}
const configDir = mkdtempSync(join(tmpdir(), 'marginalia-bench-'));
const cd = `cd ${JSON.stringify(ROOT)} &&`;
const baseline = `${cd} node --input-type=module -e "await import('react'); await import('ink'); console.log('imported')"`;
// The index's cache in a folder of the bench's too: the first start builds it; the runs measured find it warm.
const app = `${cd} env -u CI MARGINALIA_CONFIG_DIR=${JSON.stringify(configDir)} MARGINALIA_CACHE_DIR=${JSON.stringify(join(configDir, 'cache'))} node dist/cli.js`;
const terminal = new BenchTerminal();

const imports: number[] = [];
const frames: number[] = [];
try {
	await terminal.timeToScreen(baseline, 'imported');
	await terminal.timeToScreen(app, '2 articles');
	for (let run = 0; run < RUNS; run++) {
		// Interleaved, so that the machine's load weighs on both alike.
		imports.push((await terminal.timeToScreen(baseline, 'imported')).ms);
		frames.push((await terminal.timeToScreen(app, '2 articles')).ms);
	}
} finally {
	terminal.close();
	rmSync(configDir, { recursive: true, force: true });
}

const ratio = median(frames) / median(imports);
const best = Math.min(...frames) / Math.min(...imports);
console.log(`node importing react and ink   ${median(imports).toFixed(0).padStart(6)} ms median, ${Math.min(...imports).toFixed(0).padStart(6)} ms best of ${RUNS}`);
console.log(`first frame of the library     ${median(frames).toFixed(0).padStart(6)} ms median, ${Math.min(...frames).toFixed(0).padStart(6)} ms best`);
console.log(`ratio                          ${ratio.toFixed(2).padStart(6)}× median, ${best.toFixed(2).padStart(6)}× best   (target ≤ ${TARGET}×) ${ratio <= TARGET ? 'ok' : 'OVER'}`);
reportTarget('first frame of the bundled library / node importing react and ink (tmux, median)', `${ratio.toFixed(2)}×`, `≤ ${TARGET}×`, ratio <= TARGET);
