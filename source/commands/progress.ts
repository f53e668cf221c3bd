import type { CommandIO } from './io.js';

/** Builds quicker than this say nothing: a warm index is read in a blink. */
const QUIET_MS = 300;
const TERMINAL_EVERY_MS = 100;
const PIPE_EVERY_MS = 2_000;

/**
 * Indexing progress on stderr: one line redrawn in place on a terminal, a line every two seconds in a
 * pipe or a log; nothing when the build is quick. Call `done` when it ends.
 */
export function indexProgress(io: Pick<CommandIO, 'stderr' | 'stderrIsTerminal'>, now: () => number = Date.now): { report: (progress: { done: number; total: number }) => void; done: () => void } {
	const started = now();
	// On a terminal the first line comes once a build is seen to take a while; in a pipe, after the first interval.
	let lastShown = io.stderrIsTerminal ? started + QUIET_MS - TERMINAL_EVERY_MS : started;
	let drawn = false;
	return {
		report({ done, total }) {
			const at = now();
			if (total === 0 || at - lastShown < (io.stderrIsTerminal ? TERMINAL_EVERY_MS : PIPE_EVERY_MS)) return;
			lastShown = at;
			const line = `marginalia: indexing the library: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} articles`;
			if (io.stderrIsTerminal) {
				io.stderr(`\r\u001b[2K${line}`);
				drawn = true;
			} else io.stderr(`${line}\n`);
		},
		done() {
			if (drawn) io.stderr('\r\u001b[2K');
			drawn = false;
		},
	};
}
