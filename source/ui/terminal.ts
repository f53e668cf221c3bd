import { EventEmitter } from 'node:events';
import type { Instance } from 'ink';
import { sanitizeInline } from '../core/text/sanitize.js';

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';
const HIDE_CURSOR = '\u001B[?25l';
const CLEAR_AND_HOME = '\u001B[2J\u001B[H';
// Bracketed paste: the terminal marks a paste, so that a note gets it whole and its line breaks do not save it.
const BRACKETED_PASTE_ON = '\u001B[?2004h';
const BRACKETED_PASTE_OFF = '\u001B[?2004l';

interface TerminalStreams {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
}

/**
 * Owns the terminal's state for the life of the TUI: the alternate screen, the cursor and raw mode. Whatever
 * way the app ends (q, Ctrl-C, SIGTERM, SIGHUP, an uncaught error) the terminal is given back as it was, and
 * Ctrl-Z suspends the whole process group like any shell job. Work that must happen before the process goes
 * away (saving the reading position) registers with `beforeExit`.
 */
export class TerminalSession extends EventEmitter<{ resume: [] }> {
	private active = false;
	private readonly exitHooks = new Set<() => void>();

	constructor(private readonly streams: TerminalStreams) {
		super();
	}

	enter(): void {
		if (this.active) return;
		this.active = true;
		// Raw at once, not when Ink's effects run after its first frame: a key typed as the first frame shows
		// would meet the terminal's line mode, its Enter turned into a newline that is no key of ours.
		if (this.streams.stdin.isTTY) this.streams.stdin.setRawMode(true);
		this.streams.stdout.write(ENTER_ALTERNATE_SCREEN + CLEAR_AND_HOME + HIDE_CURSOR + BRACKETED_PASTE_ON);
	}

	/** Leaves the alternate screen, shows the cursor, turns raw mode off. Safe to call more than once. */
	restore(): void {
		if (!this.active) return;
		this.active = false;
		if (this.streams.stdin.isTTY) this.streams.stdin.setRawMode(false);
		this.streams.stdout.write(BRACKETED_PASTE_OFF + SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
	}

	beforeExit(hook: () => void): () => void {
		this.exitHooks.add(hook);
		return () => this.exitHooks.delete(hook);
	}

	runExitHooks(): void {
		for (const hook of [...this.exitHooks]) {
			try {
				hook();
			} catch {
				// Saving on the way out must not stop the terminal from being restored.
			}
		}
	}

	/** Waits for the app to end, then saves what must be saved and gives the terminal back, in that order. */
	async runUntilExit(instance: Pick<Instance, 'waitUntilExit' | 'unmount'>): Promise<void> {
		try {
			await instance.waitUntilExit();
		} finally {
			this.runExitHooks();
			instance.unmount();
			this.restore();
		}
	}

	/** Stops the process group (the shell's job) until `fg`; on SIGCONT takes the terminal back and asks for a redraw. */
	suspend(): void {
		this.runExitHooks();
		this.restore();
		process.once('SIGCONT', () => {
			this.enter();
			this.emit('resume');
		});
		process.kill(0, 'SIGTSTP');
	}

	/**
	 * Signals and crashes end the app with the terminal restored; a crash says what it was in one line on
	 * stderr, sanitised (an error's message may quote the article or a file name).
	 */
	installGuards(stderr: NodeJS.WritableStream = process.stderr): void {
		const endBySignal = (signal: NodeJS.Signals, status: number) => {
			process.on(signal, () => {
				this.runExitHooks();
				this.restore();
				process.exit(status);
			});
		};
		endBySignal('SIGTERM', 143);
		endBySignal('SIGHUP', 129);
		// Ctrl-C is a key in raw mode; this is `kill -INT` from elsewhere.
		endBySignal('SIGINT', 130);
		const crash = (error: unknown) => {
			this.runExitHooks();
			this.restore();
			const message = error instanceof Error ? error.message : String(error);
			stderr.write(`marginalia: unexpected error: ${sanitizeInline(message.split('\n')[0]!)}\n`);
			process.exit(1);
		};
		process.on('uncaughtException', crash);
		process.on('unhandledRejection', crash);
	}
}
