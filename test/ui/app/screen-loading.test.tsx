import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderApp } from '../../helpers/app.js';
import { waitForFrame } from '../../helpers/ink.js';

const pageOf = (frame: string) => /page (\d+)\/(\d+)/.exec(frame)?.slice(1).map(Number) ?? [];

// The reader's screen loads after the library's first frame (the app starts faster without it). This file
// renders the app before anything has loaded that screen, as a start of the app does.
test('keys typed while the reader is still loading are kept for it: Enter and Space at once open the article on its second page', async () => {
	const app = await renderApp();
	try {
		await waitForFrame(app.lastFrame, (f) => f.includes('2 articles'));
		app.stdin.write('j\r ');
		const frame = await waitForFrame(app.lastFrame, (f) => pageOf(f)[0] === 2, 'the reader on page 2', 10_000);
		assert.match(frame, /page 2\/\d+/);
		assert.ok(app.frames.some((f) => f.includes('Opening…')), 'the reader was still loading when the keys came');
		app.stdin.write('q');
		await waitForFrame(app.lastFrame, (f) => f.includes('2 articles'), 'back in the library');
	} finally {
		app.unmount();
	}
});
