import stripAnsi from 'strip-ansi';

export const KEYS = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	enter: '\r',
	escape: '\u001B',
	ctrlC: '\u0003',
	tab: '\t',
} as const;

/** Waits until the rendered frame satisfies `predicate` (instead of sleeping a guessed time). */
export async function waitForFrame(
	lastFrame: () => string | undefined,
	predicate: (frame: string) => boolean,
	what = 'the expected frame',
	timeoutMs = 3000,
): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = stripAnsi(lastFrame() ?? '');
		if (predicate(frame)) return frame;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last frame:\n${frame}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/** Ink reads input on the next tick after subscribing; give it one before typing. */
export const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types a key once the screen's input handler is subscribed (Ink subscribes in an effect, after the frame). */
export async function press(stdin: { write: (data: string) => void }, data: string): Promise<void> {
	await tick();
	stdin.write(data);
}

/** ink-testing-library's stdout is always 100 columns wide: make it another size, as a terminal resize does. */
export function resize(stdout: NodeJS.EventEmitter, columns: number, rows?: number): void {
	Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
	if (rows !== undefined) Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
	stdout.emit('resize');
}
