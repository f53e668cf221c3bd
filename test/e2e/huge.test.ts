import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { largeArticleText } from '../helpers/large-article.js';
import { temporaryFolder } from '../helpers/temp.js';
import { Terminal } from '../helpers/tmux.js';

const terminal = new Terminal();
after(() => terminal.kill());

const pageOf = (text: string) => /page (\d+)\/(~?)(\d+)/.exec(text);

test('marginalia FILE on an 11 MB article opens it without working it all out first; the rest follows; the library counts it', { timeout: 120_000 }, async () => {
	const configDir = temporaryFolder('marginalia-e2e-');
	const file = join(temporaryFolder('marginalia-e2e-huge-'), 'long-read.txt');
	writeFileSync(file, largeArticleText(11 * 1024 * 1024, 'The longest read about peacekeepers'));

	terminal.start(configDir, 100, 30, JSON.stringify(file));
	// Before the change it opened after the whole article was analysed for the library (11 s and more).
	let text = await terminal.waitFor((s) => pageOf(s) !== null, 'the first page', 15_000);
	assert.match(text, /Russian Foreign Ministry spokeswoman Maria Zakharova/, 'the article’s first page');

	// The end: the whole article laid out, its page count exact.
	terminal.keys('G');
	text = await terminal.waitFor((s) => /100%/.test(s), 'the last page', 20_000);
	const [, page, estimated, pages] = pageOf(text)!;
	assert.equal(estimated, '', 'the page count is exact once the article is laid out');
	assert.equal(page, pages);
	assert.ok(Number(pages) > 5_000, `${pages} pages`);

	// Back in the library: the count comes from the index's own process ("…" until then, never "0").
	terminal.keys('q');
	text = await terminal.waitFor((s) => s.includes('Most quoted:'), 'the library with the article counted', 60_000);
	const row = text.split('\n').find((line) => line.includes('The longest read'))!;
	assert.match(row, /\s\d{4,}\s+(\d+%|done)/, `its quotes counted: ${row}`);
	terminal.keys('q');
	text = await terminal.waitFor((s) => s.includes('EXIT='), 'the process to end');
	assert.match(text, /EXIT=0/);
});
