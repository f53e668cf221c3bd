import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderApp } from '../../../helpers/app.js';
import { KEYS, press, waitForFrame } from '../../../helpers/ink.js';
import { temporaryFolder } from '../../../helpers/temp.js';

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
