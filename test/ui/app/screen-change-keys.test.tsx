import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderApp } from '../../helpers/app.js';
import { KEYS, press, waitForFrame } from '../../helpers/ink.js';

// A key that opens another screen and the keys typed after it can come in one chunk (a fast typist, a paste,
// `tmux send-keys`): the keys after it belong to the screen it opened, which subscribes only once React has
// rendered it. Until then they are kept for it, not offered to the screen on its way out.

async function libraryWithScreensLoaded() {
	const app = await renderApp();
	await waitForFrame(app.lastFrame, (f) => f.includes('2 articles'), 'the library');
	// Once opened, the reader's module is loaded: what is tested here is the change of screen, not the loading.
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('Quoted: Sergey Lavrov 5'), 'the Lavrov article');
	await press(app.stdin, 'q');
	await waitForFrame(app.lastFrame, (f) => f.includes('2 articles'), 'back in the library');
	return app;
}

test('Enter and /troops in one chunk open the article and find in it, not filter the library', async () => {
	const app = await libraryWithScreensLoaded();
	try {
		app.stdin.write('\r/troops');
		const frame = await waitForFrame(app.lastFrame, (f) => f.includes('/troops') && f.includes('Quoted: Sergey Lavrov 5'), 'the reader finding "troops"');
		assert.match(frame, /\/troops\s+match 1 of \d+/, 'the reader’s find line, on its first match');
		assert.doesNotMatch(frame, /2 articles/);
	} finally {
		app.unmount();
	}
});

test('q and j in one chunk go back to the library and move down in it', async () => {
	const app = await libraryWithScreensLoaded();
	try {
		await press(app.stdin, KEYS.enter);
		await waitForFrame(app.lastFrame, (f) => f.includes('Quoted: Sergey Lavrov 5'), 'the Lavrov article again');
		app.stdin.write('qj');
		const frame = await waitForFrame(app.lastFrame, (f) => f.includes('2 articles') && /›\s+Russia warns/.test(f), 'the second article selected');
		assert.match(frame, /›\s+Russia warns/);
	} finally {
		app.unmount();
	}
});
