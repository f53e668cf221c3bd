// How long the first frame of the bundled library takes, beside how long node takes only to import react
// and ink, both measured the same way in one run: a new tmux pane per start, polled until its first output.
// Run: npm run bench:startup   (needs tmux and a built dist/; prints medians and their ratio; target ≤ 1.5×)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// BENCH_ROOT measures another checkout's build (e.g. main's) the same way.
const ROOT = process.env.BENCH_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TARGET = 1.5;
const SERVER = `mg-bench-startup-${process.pid}`;
const POLL_MS = 2;

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SERVER, ...args], { encoding: 'utf8' });
let sessions = 0;

/**
 * Milliseconds from the start of `command` in a new pane until `marker` is in its output. The pane's output
 * is streamed to a file (pipe-pane) and watched from here: polling tmux itself would load the machine
 * while it measures. The start is stamped inside the pane, just before the command starts.
 */
async function timeToScreen(command: string, marker: string): Promise<number> {
	const session = `s${++sessions}`;
	const started = join(work, `${session}.start`);
	const output = join(work, `${session}.out`);
	writeFileSync(output, '');
	// The pause lets pipe-pane attach before anything is written.
	tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', `sleep 0.3; date +%s%3N > ${started}; ${command}; sleep 30`);
	tmux('pipe-pane', '-t', session, '-o', `cat >> ${output}`);
	try {
		const deadline = Date.now() + 60_000;
		for (;;) {
			// The output is raw: the marker's words may be split by escape sequences, so those are taken out.
			if (readFileSync(output, 'utf8').replace(/\u001b\[[0-9;?]*[a-zA-Z]/g, '').includes(marker)) {
				const seen = Date.now();
				return seen - Number(readFileSync(started, 'utf8'));
			}
			if (Date.now() > deadline) throw new Error(`no "${marker}" after 60 s`);
			await new Promise((resolve) => setTimeout(resolve, POLL_MS));
		}
	} finally {
		tmux('kill-session', '-t', session);
	}
}

function median(samples: number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

if (spawnSync('tmux', ['-V']).status !== 0) {
	console.error('bench/startup.ts needs tmux');
	process.exit(1);
}
const configDir = mkdtempSync(join(tmpdir(), 'marginalia-bench-'));
const work = mkdtempSync(join(tmpdir(), 'marginalia-bench-panes-'));
const cd = `cd ${JSON.stringify(ROOT)} &&`;
const baseline = `${cd} node --input-type=module -e "await import('react'); await import('ink'); console.log('imported')"`;
const app = `${cd} env -u CI MARGINALIA_CONFIG_DIR=${JSON.stringify(configDir)} node dist/cli.js`;
// A keep-alive pane: killing the last session ends the server, and the next start would race it.
tmux('new-session', '-d', '-s', 'keep', 'sleep 600');

const imports: number[] = [];
const frames: number[] = [];
try {
	await timeToScreen(baseline, 'imported');
	await timeToScreen(app, '2 articles');
	for (let run = 0; run < RUNS; run++) {
		// Interleaved, so that the machine's load weighs on both alike.
		imports.push(await timeToScreen(baseline, 'imported'));
		frames.push(await timeToScreen(app, '2 articles'));
	}
} finally {
	spawnSync('tmux', ['-L', SERVER, 'kill-server']);
	rmSync(configDir, { recursive: true, force: true });
	rmSync(work, { recursive: true, force: true });
}

const ratio = median(frames) / median(imports);
const best = Math.min(...frames) / Math.min(...imports);
console.log(`node importing react and ink   ${median(imports).toFixed(0).padStart(6)} ms median, ${Math.min(...imports).toFixed(0).padStart(6)} ms best of ${RUNS}`);
console.log(`first frame of the library     ${median(frames).toFixed(0).padStart(6)} ms median, ${Math.min(...frames).toFixed(0).padStart(6)} ms best`);
console.log(`ratio                          ${ratio.toFixed(2).padStart(6)}× median, ${best.toFixed(2).padStart(6)}× best   (target ≤ ${TARGET}×) ${ratio <= TARGET ? 'ok' : 'OVER'}`);
