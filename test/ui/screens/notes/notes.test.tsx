import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderApp } from '../../../helpers/app.js';
import { LAVROV_FILE } from '../../../helpers/articles.js';
import { KEYS, press, resize, waitForFrame } from '../../../helpers/ink.js';
import { holdLockAsAnotherWindow, savedByRetry, tempStore } from '../../../helpers/store.js';
import { temporaryFolder } from '../../../helpers/temp.js';

const LONG_NOTE = 'First thought about this line, which goes on well past the width of an eighty column terminal\nand a second line';

async function setUp(options: { retryInBackground?: boolean } = {}) {
	const library = temporaryFolder('marginalia-notes-');
	const file = join(library, 'lavrov.txt');
	copyFileSync(LAVROV_FILE, file);
	const { store } = await tempStore(undefined, options);
	const text = readFileSync(file, 'utf8');
	const add = (exact: string, note: string) => {
		const start = text.indexOf(exact);
		return store.addHighlight({ file, text, fingerprint: 'f', start, end: start + exact.length, note });
	};
	return { library, file, store, text, add };
}

test('at 80 columns every highlight shows its words and its note, wrapped, never cut', async () => {
	const { library, store, add } = await setUp();
	add('This discussion is being conducted with an openly hostile purpose. They are not hiding what they need it for', LONG_NOTE);
	const app = await renderApp({ store, paths: [library] });
	resize(app.stdout, 80);
	await press(app.stdin, 'm');
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('Highlights & notes · 1 highlight') && f.includes('and a second line'), 'the notes screen');
	const flat = frame.replace(/\s+/g, ' ');
	assert.ok(flat.includes('“This discussion is being conducted with an openly hostile purpose. They are not hiding what they need it for”'), frame);
	assert.ok(flat.includes('✎ First thought about this line, which goes on well past the width of an eighty column terminal'), frame);
	for (const line of frame.split('\n')) assert.ok(line.length <= 80, `fits 80 columns: ${line}`);
	assert.doesNotMatch(frame.split('\n').slice(2).join('\n'), /…/, 'the words and the note are never cut');
	app.unmount();
});

test('in m: a edits the note, x deletes and U undoes', async () => {
	const { library, store, add } = await setUp();
	const highlight = add('We see no room for compromise', 'old note');
	const app = await renderApp({ store, paths: [library] });
	await press(app.stdin, 'm');
	await waitForFrame(app.lastFrame, (f) => f.includes('✎ old note'), 'the notes screen');
	await press(app.stdin, 'a');
	await waitForFrame(app.lastFrame, (f) => f.includes('Note on') && f.includes('│ old note'), 'the editor on the note');
	await press(app.stdin, '\u0015new note\r');
	await waitForFrame(app.lastFrame, (f) => f.includes('Note saved') && f.includes('✎ new note'), 'saved and shown');
	assert.equal(store.highlights().find((h) => h.id === highlight.id)?.note, 'new note');
	await press(app.stdin, 'x');
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlight deleted · U undoes') && f.includes('0 highlights'), 'deleted');
	assert.equal(store.highlights().length, 0);
	await press(app.stdin, 'U');
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlight restored') && f.includes('1 highlight'), 'restored');
	assert.equal(store.highlights().length, 1);
	app.unmount();
});

test('in m, while another window holds the config: x deletes at once, says it is not saved yet, and says so again once it is', async () => {
	const { library, store, add } = await setUp({ retryInBackground: true });
	add('We see no room for compromise', 'a note');
	const app = await renderApp({ store, paths: [library] });
	await press(app.stdin, 'm');
	await waitForFrame(app.lastFrame, (f) => f.includes('✎ a note'), 'the notes screen');
	const letGo = holdLockAsAnotherWindow(store);
	await press(app.stdin, 'x');
	// Before: "Not deleted", though it was gone from the list and deleted from the file a moment later.
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlight deleted, not saved yet but kept: another Marginalia is saving') && f.includes('0 highlights'), 'deleted, not saved yet');
	letGo();
	await savedByRetry(store);
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlight deleted · saved now'), 'saved now');
	assert.deepEqual(Object.keys((JSON.parse(readFileSync(store.path, 'utf8')) as { highlights: object }).highlights), [], 'deleted in the file');
	app.unmount();
});

test('Enter on an orphan shows it with its saved words and note, and x there deletes it', async () => {
	const { library, file, store, text, add } = await setUp();
	add('They are not hiding what they need it for', 'will vanish');
	writeFileSync(file, text.replace(' They are not hiding what they need it for,', ''));
	const app = await renderApp({ store, paths: [library] });
	await press(app.stdin, 'm');
	await waitForFrame(app.lastFrame, (f) => f.includes('[not found in the text'), 'the orphan listed');
	await press(app.stdin, KEYS.enter);
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('Not found in the text any more'), 'the orphan shown');
	assert.match(frame, /“They are not hiding what they need it for”/);
	assert.match(frame, /✎ will vanish/);
	assert.match(frame, /x delete it/);
	await press(app.stdin, 'x');
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlight deleted · U undoes') && f.includes('0 highlights'), 'deleted, back in the list');
	assert.equal(store.highlights().length, 0);
	app.unmount();
});

test('x twice in one chunk deletes two highlights, and U twice brings both back', async () => {
	const { library, store, add } = await setUp();
	add('We see no room for compromise', 'first');
	add('They are not hiding what they need it for', 'second');
	const app = await renderApp({ store, paths: [library] });
	await press(app.stdin, 'm');
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlights & notes · 2 highlights'), 'the notes screen');
	await press(app.stdin, 'xx');
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlights & notes · 0 highlights') || f.includes('No highlights'), 'both deleted');
	assert.equal(store.highlights().length, 0);
	await press(app.stdin, 'UU');
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlights & notes · 2 highlights'), 'both back');
	assert.equal(store.highlights().length, 2);
	app.unmount();
});
