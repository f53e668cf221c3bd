import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderApp } from '../../../helpers/app.js';
import { KEYS, press, waitForFrame } from '../../../helpers/ink.js';
import { temporaryFolder } from '../../../helpers/temp.js';
import { styleAt } from '../../../helpers/ansi.js';

test('o without a browser shows the address to copy by hand; ] on the last article and [ on the first say so', async () => {
	const dir = temporaryFolder('marginalia-links-');
	writeFileSync(join(dir, 'a.txt'), '---\nurl: https://example.com/harbour\n---\nHarbour ferry returns\n\nThe ferry sailed again on Monday.\n');
	const app = await renderApp({ paths: [dir], openUrl: () => ({ error: 'could not run xdg-open' }) });
	await waitForFrame(app.lastFrame, (f) => f.includes('1 article'), 'the library');
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('page 1/'), 'the reader');
	await press(app.stdin, 'o');
	await waitForFrame(app.lastFrame, (f) => f.includes('No browser to open it (could not run xdg-open): https://example.com/harbour'), 'the URL shown');
	await press(app.stdin, ']');
	await waitForFrame(app.lastFrame, (f) => f.includes('The last article in the library'), '] says so');
	await press(app.stdin, '[');
	await waitForFrame(app.lastFrame, (f) => f.includes('The first article in the library'), '[ says so');
	assert.match(app.lastFrame() ?? '', /page 1\//);
	app.unmount();
});

test('a Markdown article is shown as a reader expects: headings, emphasis, links and lists; o opens the focused link; highlights keep the file’s text', async () => {
	const dir = temporaryFolder('marginalia-markdown-');
	writeFileSync(
		join(dir, 'ferry.md'),
		'---\nurl: https://example.com/source\n---\n# Harbour ferry **returns** after the storm\n\nThe ferry sailed again on Monday. The schedule is [on the council site](https://example.com/council) now.\n\n## What changed\n\n- A new timetable\n- A second boat\n',
	);
	const app = await renderApp({ paths: [dir] });
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('1 article'), 'the library');
	assert.match(frame, /› Harbour ferry returns after the storm/, 'the title without its markers');
	await press(app.stdin, KEYS.enter);
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('page 1/'), 'the reader');
	assert.match(frame, /Harbour ferry returns after the storm/);
	assert.match(frame, /The schedule is on the council site now\./);
	assert.match(frame, /What changed/);
	assert.match(frame, /• A new timetable/);
	assert.match(frame, /• A second boat/);
	assert.doesNotMatch(frame, /#|\*\*|\]\(|\[on/, `no Markdown markers on screen:\n${frame}`);
	assert.equal(styleAt(app.lastFrame() ?? '', 'returns')?.bold, true, 'strong is bold');
	assert.equal(styleAt(app.lastFrame() ?? '', 'on the council site')?.underline, true, 'a link is underlined');

	await press(app.stdin, ')');
	await press(app.stdin, ')');
	await waitForFrame(app.lastFrame, (f) => /▌ .*The schedule is on the council site/.test(f), 'the sentence with the link focused');
	await press(app.stdin, 'o');
	await waitForFrame(app.lastFrame, (f) => f.includes('Opened https://example.com/council'), 'the focused link opened');
	await press(app.stdin, 'H');
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlighted'), 'highlighted');
	assert.deepEqual(
		app.store.highlights().map((h) => h.exact),
		['The schedule is [on the council site](https://example.com/council) now.'],
		'the highlight’s words are the file’s text',
	);
	await press(app.stdin, 'g');
	await press(app.stdin, 'o');
	await waitForFrame(app.lastFrame, (f) => f.includes('Opened https://example.com/source'), 'no link in the focus: the source URL');
	assert.deepEqual(app.recorded.opened, ['https://example.com/council', 'https://example.com/source']);
	app.unmount();
});
