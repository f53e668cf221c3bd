// Run by test/ui/app/resume-redraw.test.ts in a process of its own, without CI set (Ink draws nothing in CI):
// the App under Ink's real renderer, not ink-testing-library's debug mode, so that Ink's 30 frames a second
// and its "same frame as before" check are at work. On a terminal of its own: a render that changes nothing
// (a resize to the same size, say), then the resume after fg a few milliseconds later. Prints whether the
// frame was drawn again on the screen the resume clears.
import { EventEmitter } from 'node:events';
import { render } from 'ink';
import { App } from '../../source/ui/app/App.js';
import { listLibrary, reloadIfChanged } from '../../source/library/load.js';
import { COLOUR_THEME } from '../../source/ui/theme.js';
import { ARTICLES_DIR } from './articles.js';
import { recorder, tempStore } from './store.js';

class Terminal extends EventEmitter {
	readonly isTTY = true;
	readonly columns = 100;
	readonly rows = 30;
	readonly writes: string[] = [];
	write = (data: string) => {
		this.writes.push(String(data));
		return true;
	};
}

class Keyboard extends EventEmitter {
	readonly isTTY = true;
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
	read = () => null;
}

class Session extends EventEmitter<{ resume: [] }> {
	suspend() {}
	beforeExit() {
		return () => {};
	}
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stdout = new Terminal();
const session = new Session();
const { store } = await tempStore();
const recorded = recorder();
const listing = await listLibrary([ARTICLES_DIR]);
// The fakes stand in for the process's streams and the terminal session: only what Ink and the App use.
const streams = { stdout: stdout as unknown as NodeJS.WriteStream, stdin: new Keyboard() as unknown as NodeJS.ReadStream };
const instance = render(
	<App listing={listing} store={store} theme={COLOUR_THEME} copy={recorded.copy} openUrl={recorded.openUrl} loadNotes={async () => ({ entries: [], articles: new Map(), notices: [] })} refreshArticle={reloadIfChanged} session={session} />,
	{ ...streams, exitOnCtrlC: false, patchConsole: false },
);
/** Whether a write from `from` on drew the library, waiting up to 3 s for it. */
const drawn = async (from: number) => {
	for (let waited = 0; waited < 3_000; waited += 20) {
		if (stdout.writes.slice(from).some((write) => write.includes('2 articles'))) return true;
		await sleep(20);
	}
	return false;
};
const drawnBefore = await drawn(0);
await sleep(100);
const since = stdout.writes.length;
stdout.emit('resize');
await sleep(5);
// As TerminalSession does on SIGCONT: the screen is cleared (the alternate screen entered again), then 'resume'.
session.emit('resume');
const drawnAfter = await drawn(since);
instance.unmount();
process.stdout.write(`${JSON.stringify({ drawnBefore, drawnAfter })}\n`);
process.exit(0);
