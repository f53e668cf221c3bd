import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stripAnsi from 'strip-ansi';
import { renderApp } from '../../../helpers/app.js';
import { KEYS, press, waitForFrame } from '../../../helpers/ink.js';
import { styleAt } from '../../../helpers/ansi.js';
import { temporaryFolder } from '../../../helpers/temp.js';

// A colon after a sentence about a body is a guess (below the sure threshold); a quote with `said Name` is sure.
const ARTICLE = [
	'Harbour plan splits the council',
	'The Harbour Board was blunt in its findings: “Further discussion of the dredging plan is unnecessary.”',
	'“We will not sign this agreement,” said Maria Lopez, the port director.',
].join('\n\n');

/** The style of the first `?` on the frame's line holding `text`. */
function questionMarkOn(frame: string, text: string) {
	const line = frame.split('\n').find((candidate) => stripAnsi(candidate).includes(text));
	assert.ok(line, `a line with ${JSON.stringify(text)}`);
	return styleAt(line, '?');
}

test('a guessed speaker has a dim ? after the name, under the text and in the speakers bar', async () => {
	const folder = temporaryFolder('marginalia-unsure-');
	try {
		writeFileSync(join(folder, 'harbour.txt'), `${ARTICLE}\n`);
		const app = await renderApp({ paths: [folder] });
		await press(app.stdin, KEYS.enter);
		await waitForFrame(app.lastFrame, (f) => f.includes('page 1/'), 'the reader');
		// waitForFrame gives the frame without styles; lastFrame keeps them.
		let frame = app.lastFrame() ?? '';
		assert.match(stripAnsi(frame), /Quoted: Maria Lopez 1 · Harbour Board\? 1/);
		assert.equal(questionMarkOn(frame, 'Quoted:')?.dim, true, 'the bar’s ? is dim');
		assert.equal(styleAt(frame, 'Maria Lopez 1')?.dim, false, 'a sure speaker is not');
		await press(app.stdin, '}');
		await waitForFrame(app.lastFrame, (f) => f.includes('Quote — Harbour Board?'), 'the guessed quote focused');
		frame = app.lastFrame() ?? '';
		assert.equal(questionMarkOn(frame, 'Quote — Harbour Board?')?.dim, true, 'the info line’s ? is dim');
		await press(app.stdin, '}');
		frame = await waitForFrame(app.lastFrame, (f) => f.includes('Quote — Maria Lopez'), 'the sure quote focused');
		assert.doesNotMatch(stripAnsi(frame), /Quote — Maria Lopez\?/);
		await press(app.stdin, 'S');
		await waitForFrame(app.lastFrame, (f) => f.includes('Speakers · 2 quotes'), 'the speakers panel');
		frame = app.lastFrame() ?? '';
		assert.match(stripAnsi(frame), /Harbour Board\s+█+·*\s+1\?/, 'the panel marks the guessed speaker');
		assert.match(stripAnsi(frame), /Maria Lopez\s+█+·*\s+1(?!\?)/);
		assert.equal(questionMarkOn(frame, 'Harbour Board')?.dim, true, 'dim');
		app.unmount();
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
