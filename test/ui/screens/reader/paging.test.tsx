import { test } from 'node:test';
import assert from 'node:assert/strict';
import stripAnsi from 'strip-ansi';
import { renderApp } from '../../../helpers/app.js';
import { KEYS, press, tick, waitForFrame } from '../../../helpers/ink.js';

const pageOf = (frame: string) => /page (\d+)\/(\d+)/.exec(frame)?.slice(1).map(Number) ?? [];
/** The text rows of the page: under the title, meta and speakers bar, above the two info rows and the status. */
const bodyOf = (frame: string) => frame.split('\n').slice(3, -3);
const topLine = (frame: string) => bodyOf(frame)[0]?.replace('▌', '').trim();

async function openZakharova() {
	const app = await renderApp();
	await press(app.stdin, 'j');
	await waitForFrame(app.lastFrame, (f) => f.includes('› Russia warns peacekeepers'));
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('page 1/'), 'the reader');
	return app;
}

test('the last page is a full screen, as in less: G and paging to the end never show one orphan line', async () => {
	const app = await openZakharova();
	await press(app.stdin, 'G');
	const atEnd = await waitForFrame(app.lastFrame, (f) => f.includes('· 100%'), 'the end');
	const body = bodyOf(atEnd);
	assert.equal(body.length, 17, 'a 24-row terminal has 17 rows of text');
	assert.notEqual(body.at(-1)?.trim(), '', `the page is full down to its last row:\n${atEnd}`);
	const [page, pages] = pageOf(atEnd);
	assert.equal(page, pages);
	await press(app.stdin, 'b');
	const before = await waitForFrame(app.lastFrame, (f) => pageOf(f)[0] === pages! - 1, 'the page before');
	await press(app.stdin, ' ');
	const again = await waitForFrame(app.lastFrame, (f) => f.includes('· 100%'), 'forward to the end again');
	assert.equal(topLine(again), topLine(atEnd), 'paging forward lands on the same full last page');
	assert.notEqual(topLine(before), topLine(again));
	app.unmount();
});

test('vim and less keys: Ctrl-F, Ctrl-B, Ctrl-D, Ctrl-U; counts before a motion; Esc drops a half-typed count', async () => {
	const app = await openZakharova();
	const first = topLine(stripAnsi(app.lastFrame() ?? ''));
	await press(app.stdin, '\u0006');
	await waitForFrame(app.lastFrame, (f) => pageOf(f)[0] === 2, 'Ctrl-F: the next page');
	await press(app.stdin, '\u0002');
	await waitForFrame(app.lastFrame, (f) => pageOf(f)[0] === 1 && topLine(f) === first, 'Ctrl-B: back');
	await press(app.stdin, '\u0004');
	const half = await waitForFrame(app.lastFrame, (f) => topLine(f) !== first, 'Ctrl-D: half a page down');
	await press(app.stdin, '\u0015');
	await waitForFrame(app.lastFrame, (f) => topLine(f) === first, 'Ctrl-U: back up');

	await press(app.stdin, '5j');
	const five = await waitForFrame(app.lastFrame, (f) => topLine(f) !== first, '5j');
	await press(app.stdin, '5k');
	await waitForFrame(app.lastFrame, (f) => topLine(f) === first, '5k: back to the top');
	await press(app.stdin, '1j');
	const one = await waitForFrame(app.lastFrame, (f) => topLine(f) !== first, '1j');
	assert.notEqual(topLine(one), topLine(five), 'five lines is not one line');
	assert.notEqual(topLine(one), topLine(half));

	await press(app.stdin, 'g');
	await press(app.stdin, '3)');
	await waitForFrame(app.lastFrame, (f) => /▌ Several countries have discussed/.test(f), '3) moves three sentences: the dek, the lede, this one');

	await press(app.stdin, '4');
	await waitForFrame(app.lastFrame, (f) => f.includes('· 4…'), 'the count shown');
	await press(app.stdin, KEYS.escape);
	await waitForFrame(app.lastFrame, (f) => !f.includes('· 4…'), 'Esc drops it');
	await tick(50);
	assert.match(stripAnsi(app.lastFrame() ?? ''), /page \d+\//, 'and stays in the reader');
	app.unmount();
});
