import { test } from 'node:test';
import assert from 'node:assert/strict';
import stripAnsi from 'strip-ansi';
import { renderApp } from '../../../helpers/app.js';
import { KEYS, press, waitForFrame } from '../../../helpers/ink.js';

const ZAKHAROVA = 'Russia warns peacekeepers in Ukraine would trigger direct confrontation with Moscow';
const LAVROV = 'Russia sees no possibility of reaching a compromise';

/** The words drawn in reverse video on a line (the marked match of a snippet, the hit the reader is on). */
const reversed = (line: string) => [...line.matchAll(/\u001b\[7m((?:\u001b\[[0-9;]*m)*)([^\u001b]*)/g)].map((match) => match[2]);
/** The reader's line with the focus marker. */
const focusedLine = (frame: string) => frame.split('\n').find((line) => stripAnsi(line).includes('▌')) ?? '';

async function searchLibrary() {
	const app = await renderApp({ library: 'warm' });
	await waitForFrame(app.lastFrame, (f) => f.includes('2 articles'), 'the library');
	return app;
}

test('keys typed right after s reach the query; the hits are grouped by article, each with its kind and the words marked', async () => {
	const app = await searchLibrary();
	await press(app.stdin, 'speacekeepers');
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('5 hits in 2 articles'), 'the hits');
	const lines = frame.split('\n');
	assert.match(lines[1]!, /s› peacekeepers/, 'every key of the chunk is in the query');
	const zakharova = lines.findIndex((line) => line.includes(`${ZAKHAROVA} (3)`));
	const lavrov = lines.findIndex((line) => line.startsWith(` ${LAVROV}`) && line.endsWith('(2)'));
	assert.ok(zakharova > 0 && lavrov > zakharova, 'the article with the best hit first, each with how many hits');
	assert.match(lines[zakharova + 1]!, /^ › title\s+Russia warns peacekeepers/, 'the first hit selected, its kind beside it');
	assert.match(lines[zakharova + 2]!, /^ {3}text\s+…to have reconsidered sending peacekeepers/, 'an article’s hits in the order of its text');
	assert.match(lines[zakharova + 3]!, /^ {3}quote\s+…the form of peacekeepers/);
	const raw = app.lastFrame()!.split('\n');
	for (const line of [zakharova + 1, zakharova + 2, zakharova + 3, lavrov + 1, lavrov + 2]) {
		assert.deepEqual(reversed(raw[line]!), ['peacekeepers'], `the matched word is marked: ${lines[line]}`);
	}
	app.unmount();
});

test('Enter reads at the hit, marked and focused; n and N step through the hits across articles; q goes back to them', async () => {
	const app = await searchLibrary();
	await press(app.stdin, 'speacekeepers');
	await waitForFrame(app.lastFrame, (f) => f.includes('5 hits in 2 articles'), 'the hits');
	await press(app.stdin, `${KEYS.down}${KEYS.down}`);
	await waitForFrame(app.lastFrame, (f) => /› quote\s+…the form of peacekeepers/.test(f), 'the third hit selected');
	await press(app.stdin, KEYS.enter);
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('hit 3 of 5'), 'the reader at the third hit');
	assert.match(frame, /Euromaidan Press/);
	assert.match(stripAnsi(focusedLine(app.lastFrame()!)), /the form of peacekeepers/, 'the focus is on the hit, on screen');
	assert.deepEqual(reversed(focusedLine(app.lastFrame()!)), ['peacekeepers'], 'the hit is marked');

	await press(app.stdin, 'n');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('hit 4 of 5'), 'n: the next hit, in the other article');
	assert.match(frame, /RIA\/NAN/, 'the next article opened');
	assert.match(stripAnsi(focusedLine(app.lastFrame()!)), /peacekeepers/);
	await press(app.stdin, 'nn');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('hit 1 of 5'), 'n after the last hit: the first again');
	assert.match(frame, /Euromaidan Press/);
	await press(app.stdin, 'N');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('hit 5 of 5'), 'N before the first: the last');
	assert.match(frame, /RIA\/NAN/);

	await press(app.stdin, 'q');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('5 hits in 2 articles'), 'back to the hits');
	assert.match(frame, /› text\s+Kremlin spokesman Dmitry Peskov added that peacekeepers/, 'the list followed the reader');
	assert.match(frame, /s› peacekeepers \(\/ changes it\)/, 'the list has the keys, not the query');
	await press(app.stdin, 'q');
	await waitForFrame(app.lastFrame, (f) => f.includes('2 articles') && f.includes('by title'), 'q again: the library');
	app.unmount();
});

test('a query and Enter typed in one go open the first hit when it comes; Esc on an empty query goes back', async () => {
	const app = await searchLibrary();
	await press(app.stdin, 'sby:lavrov troops\r');
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('hit 1 of'), 'the reader at the first hit');
	assert.match(frame, /RIA\/NAN/);
	assert.match(stripAnsi(focusedLine(app.lastFrame()!)), /troops/);
	await press(app.stdin, 's');
	await waitForFrame(app.lastFrame, (f) => f.includes('s› ') && f.includes('all the words in one paragraph'), 'a new search shows what to type');
	await press(app.stdin, 'zzqxv');
	await waitForFrame(app.lastFrame, (f) => f.includes('nothing found for “zzqxv”'), 'nothing found');
	await press(app.stdin, '\u0015');
	await waitForFrame(app.lastFrame, (f) => /s› \s*$/m.test(f), 'Ctrl-U clears the query');
	await press(app.stdin, KEYS.escape);
	await waitForFrame(app.lastFrame, (f) => f.includes('hit 1 of'), 'Esc on an empty query: back to the reader');
	app.unmount();
});

test('? on the search screen lists its keys and the query syntax', async () => {
	const app = await searchLibrary();
	await press(app.stdin, 'sx');
	await waitForFrame(app.lastFrame, (f) => f.includes('s› x'));
	await press(app.stdin, KEYS.escape);
	await press(app.stdin, '?');
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('Search (s) keys'), 'the help');
	assert.match(frame, /Enter l →\s+read at the hit/);
	for (let i = 0; i < 10 && !frame.includes('by:lavrov'); i++) {
		await press(app.stdin, ' ');
		frame = await waitForFrame(app.lastFrame, (f) => f.includes('Help'));
	}
	assert.match(frame, /What to type/);
	assert.match(frame, /by:lavrov troops\s+only quotes by that speaker/);
	app.unmount();
});

test('keys typed after the Enter that waits for the hits go to the reader it opens, not into the query', async () => {
	const app = await searchLibrary();
	await press(app.stdin, 'sby:lavrov troops\rG');
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('hit 1 of') && f.includes('· 100%'), 'the reader at the first hit, then G at its end');
	assert.match(frame, /RIA\/NAN/);
	app.unmount();
});

test('a query that finds nothing after Enter leaves the keys typed after it to the hits, not to the query', async () => {
	const app = await searchLibrary();
	await press(app.stdin, 'szzqxv\rj');
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('nothing found for “zzqxv”'), 'nothing found, the query as typed');
	assert.doesNotMatch(frame, /zzqxvj/);
	app.unmount();
});

test('s on the hits starts a new search, as the hint says: an empty query that takes the keys typed next', async () => {
	const app = await searchLibrary();
	await press(app.stdin, 'speacekeepers');
	await waitForFrame(app.lastFrame, (f) => f.includes('5 hits in 2 articles'), 'the hits');
	await press(app.stdin, KEYS.escape);
	await waitForFrame(app.lastFrame, (f) => f.includes('s new search'), 'on the hits');
	// Before: s did nothing there, and the next keys were lost.
	await press(app.stdin, 'szakharova');
	const frame = await waitForFrame(app.lastFrame, (f) => /s› zakharova/.test(f) && f.includes('hits in 1 article'), 'the new search');
	assert.doesNotMatch(frame, /peacekeepers \(/);
	app.unmount();
});
