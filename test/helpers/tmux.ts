import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The built CLI in a real terminal. Ink draws nothing while CI is set, and a shared tmux server would
// give the pane its own environment, so this uses a private server and passes everything on the command.
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function hasTmux(): boolean {
	return spawnSync('tmux', ['-V']).status === 0;
}

/** A private tmux server; each start gets a new session (killing the last one ends the server, racing the next start). */
export class Terminal {
	readonly server = `marginalia-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
	session = 'reader-0';
	#sessions = 0;

	tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.server, ...args], { encoding: 'utf8' });
	}

	screen(): string {
		return this.tmux('capture-pane', '-p', '-t', this.session);
	}

	keys(...names: string[]): void {
		this.tmux('send-keys', '-t', this.session, ...names);
	}

	newSession(width: number, height: number, command: string): string {
		this.session = `reader-${++this.#sessions}`;
		this.tmux('new-session', '-d', '-s', this.session, '-x', String(width), '-y', String(height), command);
		return this.session;
	}

	/** The app, ending with its exit status on screen, in a config folder of the test's. */
	start(configDir: string, width = 100, height = 30, args = ''): string {
		return this.newSession(width, height, `cd ${JSON.stringify(ROOT)} && env -u CI MARGINALIA_CONFIG_DIR=${JSON.stringify(configDir)} MARGINALIA_CACHE_DIR=${JSON.stringify(join(configDir, 'cache'))} node dist/cli.js ${args}; echo "EXIT=$?"; sleep 60`);
	}

	/** The node process of the app in the current session (meow sets process.title, so pgrep -f finds nothing). */
	appPid(): number {
		const pid = this.tmux('list-panes', '-t', this.session, '-F', '#{pane_pid}').trim();
		const children = execFileSync('pgrep', ['-P', pid], { encoding: 'utf8' }).trim().split('\n');
		const node = children.find((child) => execFileSync('ps', ['-o', 'comm=', '-p', child], { encoding: 'utf8' }).trim() !== 'sleep');
		return Number(node ?? children[0]);
	}

	async waitFor(predicate: (text: string) => boolean, what: string, timeoutMs = 10_000): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const text = this.screen();
			if (predicate(text)) {
				// A person reads the screen before typing; keys sent in the same instant can land before Ink listens.
				await new Promise((resolve) => setTimeout(resolve, 150));
				return text;
			}
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen ended:\n${lastLines(text)}\nthe whole screen was:\n${text}`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}

	kill(): void {
		spawnSync('tmux', ['-L', this.server, 'kill-server']);
	}
}

/** The screen's last rows with text (the message and status lines) first: CI logs cut a failure's report short. */
function lastLines(screen: string): string {
	return screen
		.split('\n')
		.filter((line) => line.trim() !== '')
		.slice(-3)
		.join('\n');
}
