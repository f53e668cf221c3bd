// The built app (or any command) in a real terminal for benchmarks: a private tmux server, a new pane per
// start, its output streamed to a file (pipe-pane) and watched from here, so that polling tmux does not load
// the machine while it measures. The start is stamped inside the pane, just before the command starts.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const POLL_MS = 2;

export function hasTmux(): boolean {
	return spawnSync('tmux', ['-V']).status === 0;
}

export class BenchTerminal {
	readonly #server = `mg-bench-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
	readonly #work = mkdtempSync(join(tmpdir(), 'marginalia-bench-panes-'));
	#sessions = 0;

	constructor() {
		// A keep-alive pane: killing the last session ends the server, and the next start would race it.
		this.#tmux('new-session', '-d', '-s', 'keep', 'sleep 3600');
	}

	#tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.#server, ...args], { encoding: 'utf8' });
	}

	/**
	 * Starts `command` in a new pane and returns the milliseconds until `marker` is in its output, and the
	 * session (killed unless `keep`: then kill it with `end`).
	 */
	async timeToScreen(command: string, marker: string, { keep = false, timeoutMs = 60_000 } = {}): Promise<{ ms: number; session: string }> {
		const session = `s${++this.#sessions}`;
		const started = join(this.#work, `${session}.start`);
		const output = join(this.#work, `${session}.out`);
		writeFileSync(output, '');
		// The pause lets pipe-pane attach before anything is written.
		this.#tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', `sleep 0.3; date +%s%3N > ${started}; ${command}; sleep 600`);
		this.#tmux('pipe-pane', '-t', session, '-o', `cat >> ${output}`);
		let found = false;
		try {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				// The output is raw: the marker's words may be split by escape sequences, so those are taken out.
				if (readFileSync(output, 'utf8').replace(/\u001b\[[0-9;?]*[a-zA-Z]/g, '').includes(marker)) {
					const seen = Date.now();
					found = true;
					return { ms: seen - Number(readFileSync(started, 'utf8')), session };
				}
				if (Date.now() > deadline) throw new Error(`no "${marker}" after ${timeoutMs / 1000} s`);
				await new Promise((resolve) => setTimeout(resolve, POLL_MS));
			}
		} finally {
			if (!keep || !found) this.end(session);
		}
	}

	/** What the pane shows now. */
	screen(session: string): string {
		return this.#tmux('capture-pane', '-p', '-t', session);
	}

	/** The pid of the command the pane runs (the shell's child that is not `sleep`). */
	pidOf(session: string): number {
		const shell = this.#tmux('list-panes', '-t', session, '-F', '#{pane_pid}').trim();
		const children = execFileSync('pgrep', ['-P', shell], { encoding: 'utf8' }).trim().split('\n');
		const command = children.find((child) => execFileSync('ps', ['-o', 'comm=', '-p', child], { encoding: 'utf8' }).trim() !== 'sleep');
		return Number(command ?? children[0]);
	}

	end(session: string): void {
		spawnSync('tmux', ['-L', this.#server, 'kill-session', '-t', session]);
	}

	close(): void {
		spawnSync('tmux', ['-L', this.#server, 'kill-server']);
		rmSync(this.#work, { recursive: true, force: true });
	}
}

/** Resident memory of a process now and at its peak (VmRSS, VmHWM), in MB; null once it has ended. */
export function residentMb(pid: number): { now: number; peak: number } | null {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
		return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
	} catch {
		return null;
	}
}

/** The child processes of `pid`. */
export function childrenOf(pid: number): number[] {
	const found = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
	return found.stdout.trim() === '' ? [] : found.stdout.trim().split('\n').map(Number);
}
