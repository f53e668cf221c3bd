import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderApp } from '../../../helpers/app.js';
import { KEYS, press, waitForFrame } from '../../../helpers/ink.js';

// ink-testing-library hands what is written to stdin to Ink as one chunk, as a fast typist, a key repeat or
// `tmux send-keys vq` does: every key of it must reach the mode the keys before it opened.

async function openLavrov() {
	const app = await renderApp();
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('Quoted: Sergey Lavrov 5'), 'the Lavrov article');
	return app;
}

test('vq in one chunk cancels the selection and stays in the reader', async () => {
	const app = await openLavrov();
	await press(app.stdin, 'vq');
	await press(app.stdin, 'G');
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('· 100%'), 'G read by the reader, not the library');
	assert.doesNotMatch(frame, /Selecting|2 articles/);
	app.unmount();
});

test('a digit in the speakers panel follows that row and does not reach the reader; j and Enter in one chunk arrive', async () => {
	const app = await openLavrov();
	await press(app.stdin, 'S');
	await waitForFrame(app.lastFrame, (f) => f.includes('Speakers · 5 quotes'), 'the panel');
	await press(app.stdin, '2');
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('Quote — Sergey Lavrov') && !f.includes('Speakers ·'), 'following Lavrov');
	assert.doesNotMatch(frame, /2%…/, 'the digit was the panel’s');
	await press(app.stdin, 'S');
	await waitForFrame(app.lastFrame, (f) => /Sergey Lavrov\s+█+\s+5 ◂/.test(f), 'the panel again');
	await press(app.stdin, 'k\r');
	frame = await waitForFrame(app.lastFrame, (f) => !f.includes('Speakers ·'), 'k and Enter: all quotes again');
	assert.doesNotMatch(frame, /Following Sergey Lavrov/);
	await press(app.stdin, 'S');
	await waitForFrame(app.lastFrame, (f) => f.includes('Speakers · 5 quotes'), 'the panel once more');
	await press(app.stdin, 'j\r');
	await waitForFrame(app.lastFrame, (f) => f.includes('Following Sergey Lavrov') || f.includes('Quote — Sergey Lavrov'), 'j and Enter: following Lavrov');
	app.unmount();
});

test('keys typed right after a reach the note; Backspaces in one chunk, Ctrl-W, Ctrl-U, Ctrl-A and Ctrl-E edit it', async () => {
	const app = await openLavrov();
	await press(app.stdin, 'ahello world');
	await waitForFrame(app.lastFrame, (f) => /│ hello world/.test(f), 'the whole chunk in the editor');
	await press(app.stdin, '\u007f\u007f\u007f');
	await waitForFrame(app.lastFrame, (f) => /│ hello wo\s/.test(f), 'three Backspaces in one chunk');
	await press(app.stdin, '\u0017');
	await waitForFrame(app.lastFrame, (f) => /│ hello\s+│/.test(f), 'Ctrl-W deletes the word before');
	await press(app.stdin, '\u0001');
	await press(app.stdin, '>');
	await press(app.stdin, '\u0005');
	await press(app.stdin, '<');
	await waitForFrame(app.lastFrame, (f) => /│ >hello <\s/.test(f), 'Ctrl-A and Ctrl-E move to the line’s ends');
	await press(app.stdin, '\u0015');
	await waitForFrame(app.lastFrame, (f) => /Note on .*\n.*│\s+│/.test(f) && !f.includes('>hello'), 'Ctrl-U empties the line');
	app.unmount();
});

test('a bracketed paste arrives whole: its line breaks are new lines, not Enter', async () => {
	const app = await openLavrov();
	await press(app.stdin, 'a');
	await waitForFrame(app.lastFrame, (f) => f.includes('Note on'), 'the editor');
	await press(app.stdin, '\u001b[200~first line\rsecond line\u001b[201~');
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('second line'), 'the paste');
	assert.match(frame, /│ first line\s+│/);
	assert.ok(frame.includes('Note on'), 'the editor is still open');
	app.unmount();
});

test('H and a note in one chunk: the note is on the highlight H made, not on a second copy of it', async () => {
	const app = await openLavrov();
	await press(app.stdin, 'Hahello\r');
	await waitForFrame(app.lastFrame, (f) => f.includes('Note saved'), 'the note saved');
	const highlights = app.store.highlights();
	assert.equal(highlights.length, 1, 'one highlight');
	assert.equal(highlights[0]!.note, 'hello');
	app.unmount();
});

test('H twice in one chunk highlights once', async () => {
	const app = await openLavrov();
	await press(app.stdin, 'HH');
	await waitForFrame(app.lastFrame, (f) => f.includes('Already highlighted'), 'the second H told it is highlighted');
	assert.equal(app.store.highlights().length, 1);
	app.unmount();
});
