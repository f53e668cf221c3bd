import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stripAnsi from 'strip-ansi';
import { renderApp } from '../../../helpers/app.js';
import { KEYS, press, waitForFrame } from '../../../helpers/ink.js';
import { temporaryFolder } from '../../../helpers/temp.js';

// A hard-wrapped paragraph (its lines are joined) and a quote, at 100 columns laid out 80 wide.
const STORM = [
	'Storm closes the coast road',
	'',
	'The council said the coast road between the harbour and the northern villages would stay',
	'closed until Friday, after the storm brought down the sea wall near the old lighthouse.',
	'',
	'“We will reopen the coast road when it is safe,” said Jane Smith, who leads the council. Engineers will inspect the sea wall on Thursday and the ferry will run twice a day until the coast road reopens for everyone who lives on the northern shore.',
	'',
].join('\n');

async function openStorm() {
	const file = join(temporaryFolder(), 'storm.txt');
	writeFileSync(file, STORM);
	const app = await renderApp({ paths: [file], openAtStart: 0 });
	await waitForFrame(app.lastFrame, (f) => f.includes('page 1/'), 'the reader');
	return app;
}

/** The words marked as matches (underlined), line by line; the one n and N are on is also reversed. */
const marked = (frame: string) =>
	frame.split('\n').map((line) => [...line.matchAll(/\u001b\[4m((?:\u001b\[[0-9;]*m)*)([^\u001b]*)/g)].map((match) => ({ text: match[2]!, current: match[1]!.includes('\u001b[7m') || line.slice(0, match.index).endsWith('\u001b[7m') })));
const status = (frame: string) => stripAnsi(frame).trimEnd().split('\n').at(-1)!;

test('/ marks every match as it is typed; Enter keeps them; n and N step, the status says which', async () => {
	const app = await openStorm();
	await press(app.stdin, '/coast road');
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('match 1 of 4'), 'four matches while typing');
	assert.match(status(frame), /\/coast road/, 'the query on the bottom line');
	let marks = marked(app.lastFrame()!).flat();
	assert.deepEqual(marks.map((mark) => mark.text.toLowerCase()), ['coast road', 'coast road', 'coast road', 'coast road'], 'every match marked');
	assert.equal(marks.filter((mark) => mark.current).length, 1, 'one of them is the current one');

	await press(app.stdin, KEYS.enter);
	frame = await waitForFrame(app.lastFrame, (f) => /page 1\/\d+ · \d+% · match 1 of 4/.test(f), 'Enter keeps the find');
	await press(app.stdin, 'nn');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('match 3 of 4'), 'n twice');
	const focused = stripAnsi(app.lastFrame()!).split('\n').find((line) => line.includes('▌'))!;
	assert.match(focused, /coast road when it is safe/, 'the focus is on the third match');
	marks = marked(app.lastFrame()!).flat();
	assert.equal(marks.find((mark) => mark.current)?.text, 'coast road');
	await press(app.stdin, 'N');
	await waitForFrame(app.lastFrame, (f) => f.includes('match 2 of 4'), 'N goes back one');
	app.unmount();
});

test('a phrase is found across a line break in the file and across wrapped lines', async () => {
	const app = await openStorm();
	await press(app.stdin, '/would stay closed');
	await waitForFrame(app.lastFrame, (f) => f.includes('match 1 of 1'), 'the phrase broken in the file');
	assert.deepEqual(marked(app.lastFrame()!).flat().map((mark) => mark.text), ['would stay closed']);
	await press(app.stdin, KEYS.escape);
	await press(app.stdin, '/northern villages would');
	await waitForFrame(app.lastFrame, (f) => f.includes('match 1 of 1'), 'the phrase across two lines on screen');
	const lines = marked(app.lastFrame()!).filter((line) => line.length > 0);
	assert.deepEqual(
		lines.map((line) => line.map((mark) => mark.text.trim()).join(' ')),
		['northern villages', 'would'],
		'marked on both lines',
	);
	app.unmount();
});

test('Esc cancels the find being typed: the matches of the one before come back', async () => {
	const app = await openStorm();
	await press(app.stdin, '/sea wall\r');
	await waitForFrame(app.lastFrame, (f) => /% · match 1 of 2/.test(f), 'a kept find');
	await press(app.stdin, '/ferr');
	await waitForFrame(app.lastFrame, (f) => f.includes('/ferr') && f.includes('match 1 of 1'));
	await press(app.stdin, KEYS.escape);
	const frame = await waitForFrame(app.lastFrame, (f) => /% · match 1 of 2/.test(f), 'the find before');
	assert.deepEqual(marked(app.lastFrame()!).flat().map((mark) => mark.text), ['sea wall', 'sea wall']);
	assert.doesNotMatch(status(frame), /ferr/);
	await press(app.stdin, '/\r');
	await waitForFrame(app.lastFrame, (f) => !f.includes('match'), 'an empty find clears the marks');
	assert.deepEqual(marked(app.lastFrame()!).flat(), []);
	await press(app.stdin, 'n');
	await waitForFrame(app.lastFrame, (f) => f.includes('No search: / finds in this article'), 'n with no search says how to start one');
	app.unmount();
});

test('after / in an article opened from a search, n and N step the find; cleared, they step the search again', async () => {
	const app = await renderApp({ library: 'warm' });
	await waitForFrame(app.lastFrame, (f) => f.includes('2 articles'));
	await press(app.stdin, 'speacekeepers\r');
	await waitForFrame(app.lastFrame, (f) => f.includes('hit 1 of 5'), 'the reader at a hit');
	await press(app.stdin, '/ukraine\r');
	await waitForFrame(app.lastFrame, (f) => /match \d+ of \d+/.test(f), 'the find wins');
	await press(app.stdin, 'n');
	await waitForFrame(app.lastFrame, (f) => /match \d+ of \d+/.test(f) && !f.includes('hit '), 'n steps the find');
	await press(app.stdin, '/\rn');
	await waitForFrame(app.lastFrame, (f) => f.includes('hit 2 of 5'), 'without a find, n steps the search again');
	app.unmount();
});
