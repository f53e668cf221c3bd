// How long a 10,000-character paste takes to show in the note editor: the whole app under
// ink-testing-library, from the write to stdin until the frame shows the end of the paste.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createElement } from 'react';
import { render } from 'ink-testing-library';
import { App } from '../source/ui/app/App.js';
import { loadScreens } from '../source/ui/app/screen-modules.js';
import { BUNDLED_LIBRARY, listLibrary } from '../source/library/load.js';
import { openStore } from '../source/store/index.js';
import { COLOUR_THEME } from '../source/ui/theme.js';

const PASTE_CHARACTERS = 10_000;
const TARGET_MS = 200;

async function until(frame: () => string | undefined, predicate: (text: string) => boolean): Promise<void> {
	for (let tries = 0; !predicate(frame() ?? ''); tries++) {
		if (tries > 2_000) throw new Error(`the frame never showed what was expected:\n${frame()}`);
		await new Promise((resolve) => setImmediate(resolve));
	}
}

/** Milliseconds from writing `chunks` to the editor showing `tail`. */
async function pasteOnce(chunks: readonly string[], tail: string): Promise<number> {
	const dir = mkdtempSync(join(tmpdir(), 'marginalia-bench-'));
	try {
		const { store } = await openStore({ configDir: dir });
		const listing = await listLibrary([BUNDLED_LIBRARY]);
		// The reader's screen loads just after the library's first frame; here it is loaded before the keys.
		await loadScreens();
		const app = render(
			createElement(App, {
				listing,
				store,
				theme: COLOUR_THEME,
				copy: () => ({ via: 'none' }),
				openUrl: () => ({ via: 'none' }),
				loadNotes: async () => ({ entries: [], articles: new Map(), notices: [] }),
			}),
		);
		await new Promise((resolve) => setTimeout(resolve, 30));
		app.stdin.write('\r');
		await until(app.lastFrame, (f) => f.includes('page 1/'));
		await new Promise((resolve) => setTimeout(resolve, 30));
		app.stdin.write('a');
		await until(app.lastFrame, (f) => f.includes('Note on'));
		await new Promise((resolve) => setTimeout(resolve, 30));
		const start = performance.now();
		for (const chunk of chunks) app.stdin.write(chunk);
		await until(app.lastFrame, (f) => f.includes(tail));
		const elapsed = performance.now() - start;
		app.unmount();
		return elapsed;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function words(count: number, end: string): string {
	const text = 'the quick brown fox jumps over a lazy dog '.repeat(Math.ceil(count / 42)).slice(0, count - end.length);
	return text + end;
}

const bracketed = words(PASTE_CHARACTERS, 'ENDOFPASTE');
// A terminal without bracketed paste: the pty hands it over in pieces of about 4 KB, as typed characters.
const plain = words(PASTE_CHARACTERS, 'ENDOFPLAIN');
const pieces = plain.match(/[\s\S]{1,4095}/g) ?? [];

/** The targets measured by the last pasteBench(), for reportTarget once its table is printed. */
export const targets: [name: string, figure: string, goal: string, met: boolean][] = [];

export async function pasteBench(): Promise<string[][]> {
	const rows: string[][] = [['note editor paste', 'characters', 'shown after (ms)', 'target (ms)', 'ratio']];
	for (const [name, chunks, tail] of [
		['bracketed', ['\u001b[200~', bracketed, '\u001b[201~'], 'ENDOFPASTE'],
		['unbracketed, 4 KB reads', pieces, 'ENDOFPLAIN'],
	] as const) {
		const samples: number[] = [];
		for (let i = 0; i < 3; i++) samples.push(await pasteOnce(chunks, tail));
		samples.sort((a, b) => a - b);
		const median = samples[1]!;
		rows.push([name, PASTE_CHARACTERS.toLocaleString('en-US'), median.toFixed(1), String(TARGET_MS), `${(median / TARGET_MS).toFixed(2)}×`]);
		targets.push([`a 10,000-character paste into a note (${name}) shows after`, `${median.toFixed(0)} ms`, `< ${TARGET_MS} ms`, median < TARGET_MS]);
	}
	return rows;
}
