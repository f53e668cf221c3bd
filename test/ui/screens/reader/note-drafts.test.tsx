import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderApp } from '../../../helpers/app.js';
import { KEYS, press, waitForFrame } from '../../../helpers/ink.js';
import { tempStore } from '../../../helpers/store.js';

const draftsOnDisk = (dir: string) =>
	Object.values((JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as { drafts?: Record<string, { text: string }> }).drafts ?? {}).map((d) => d.text);

async function openLavrovAtSecondSentence(app: Awaited<ReturnType<typeof renderApp>>) {
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('Quoted: Sergey Lavrov 5'), 'the Lavrov article');
	await press(app.stdin, ')');
	await waitForFrame(app.lastFrame, (f) => f.includes('▌ “We see no room for compromise.'), 'the second sentence focused');
}

test('a note being typed is in the store within a second of the last key, and offered again on the next a', async () => {
	const { store, dir } = await tempStore();
	const first = await renderApp({ store });
	await openLavrovAtSecondSentence(first);
	await press(first.stdin, 'ahalf a thought');
	await waitForFrame(first.lastFrame, (f) => f.includes('│ half a thought'), 'typed');
	const typedAt = Date.now();
	for (;;) {
		if (draftsOnDisk(dir).includes('half a thought')) break;
		assert.ok(Date.now() - typedAt < 1000, 'the draft is on disk within a second');
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	// The process is gone (as after kill -9): nothing else runs; a new one reads the same config folder.
	const second = await renderApp({ store: (await tempStore(dir)).store });
	await openLavrovAtSecondSentence(second);
	await press(second.stdin, 'a');
	let frame = await waitForFrame(second.lastFrame, (f) => f.includes('│ half a thought'), 'the draft offered');
	assert.match(frame, /Your unsaved draft is back/);
	await press(second.stdin, ' kept\r');
	frame = await waitForFrame(second.lastFrame, (f) => f.includes('Note saved'), 'saved');
	const reread = (await tempStore(dir)).store;
	assert.deepEqual(
		reread.highlights().map((h) => [h.exact, h.note]),
		[['“We see no room for compromise.', 'half a thought kept']],
	);
	assert.deepEqual(draftsOnDisk(dir), [], 'a saved note leaves no draft');
	first.unmount();
	second.unmount();
});

test('Esc on a changed note: Esc again keeps editing, s saves', async () => {
	const { store } = await tempStore();
	const app = await renderApp({ store });
	await openLavrovAtSecondSentence(app);
	await press(app.stdin, 'atwo words');
	await waitForFrame(app.lastFrame, (f) => f.includes('│ two words'));
	await press(app.stdin, KEYS.escape);
	await waitForFrame(app.lastFrame, (f) => f.includes('The note changed: s save · d discard · Esc keep editing'), 'asked');
	await press(app.stdin, KEYS.escape);
	await waitForFrame(app.lastFrame, (f) => f.includes('Enter saves') && f.includes('│ two words'), 'editing again');
	await press(app.stdin, '!');
	await press(app.stdin, KEYS.escape);
	await waitForFrame(app.lastFrame, (f) => f.includes('The note changed'), 'asked again');
	await press(app.stdin, 's');
	await waitForFrame(app.lastFrame, (f) => f.includes('Note saved'), 'saved');
	assert.deepEqual(
		store.highlights().map((h) => h.note),
		['two words!'],
	);
	app.unmount();
});
