import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderApp } from '../../../helpers/app.js';
import { KEYS, press, waitForFrame } from '../../../helpers/ink.js';
import { temporaryFolder } from '../../../helpers/temp.js';

const count = (frame: string, text: string) => frame.split(text).length - 1;

test('a plain-text article’s headline is shown once, whole; scrolled past it, the title row says what is read', async () => {
	const dir = temporaryFolder('marginalia-headline-');
	const body = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of the story, with a sentence in it.`).join('\n\n');
	writeFileSync(join(dir, 'warren.txt'), `Sen. Warren unveils a plan to cap drug prices in the U.S.\n\n${body}\n`);
	const app = await renderApp({ paths: [dir] });
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('1 article'), 'the library');
	assert.match(frame, /› Sen\. Warren unveils a plan to cap drug prices in the U\.S\./, 'the title in the library, not cut at "Sen"');
	await press(app.stdin, KEYS.enter);
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('page 1/'), 'the reader');
	assert.equal(count(frame, 'Sen. Warren unveils a plan'), 1, `the headline once:\n${frame}`);
	assert.match(frame, /Paragraph 1 of the story/);
	await press(app.stdin, ' ');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('page 2/'), 'the next page');
	assert.equal(count(frame, 'Sen. Warren unveils a plan'), 1, 'the title row names the article');
	app.unmount();
});
