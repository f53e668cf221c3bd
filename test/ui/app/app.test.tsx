import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listLibrary, type ReadFile } from '../../../source/library/load.js';
import { ARTICLES_DIR } from '../../helpers/articles.js';
import { KEYS, press, tick, waitForFrame } from '../../helpers/ink.js';
import { tempStore } from '../../helpers/store.js';
import { renderApp } from '../../helpers/app.js';
import type { Store } from '../../../source/store/index.js';
import { temporaryFolder } from '../../helpers/temp.js';

const ZAKHAROVA_TITLE = 'Russia warns peacekeepers in Ukraine';

const renderLibrary = (store?: Store) => renderApp({ store });

const pageOf = (frame: string) => /page (\d+)\/(\d+)/.exec(frame)?.slice(1).map(Number) ?? [];

test('library → reader → page forward and back → help → back → quit', async () => {
	const { lastFrame, stdin, unmount } = await renderLibrary();
	let frame = await waitForFrame(lastFrame, (f) => f.includes('2 articles'));
	assert.match(frame, /› Russia sees no possibility/);
	assert.match(frame, /RIA\/NAN\s+317\s+1 min\s+5\s+unread/);
	assert.match(frame, /Euromaidan Press\s+344\s+1 min\s+4\s+unread/);

	await press(stdin, 'j');
	frame = await waitForFrame(lastFrame, (f) => f.includes(`› ${ZAKHAROVA_TITLE}`));
	await press(stdin, KEYS.enter);
	frame = await waitForFrame(lastFrame, (f) => f.includes('page 1/'));
	assert.match(frame, /Russian Foreign Ministry spokeswoman Maria Zakharova/);
	assert.match(frame, /▸ 3 folded paragraphs \(F shows\) · The Kremlin in Moscow/);
	const [, pages] = pageOf(frame);
	assert.ok(pages! >= 2, 'the article needs more than one page at 24 rows');
	assert.ok(frame.split('\n').length <= 23, 'never as many lines as the terminal has rows');

	await press(stdin, ' ');
	frame = await waitForFrame(lastFrame, (f) => pageOf(f)[0] === 2);
	assert.doesNotMatch(frame, /Russian Foreign Ministry spokeswoman/);
	await press(stdin, 'b');
	frame = await waitForFrame(lastFrame, (f) => pageOf(f)[0] === 1);
	assert.match(frame, /Russian Foreign Ministry spokeswoman/);

	await press(stdin, '?');
	frame = await waitForFrame(lastFrame, (f) => f.includes('Reader keys'));
	assert.match(frame, /Space f PgDn Ctrl-F\s+next page/);
	for (let i = 0; i < 10 && !/Ctrl-Z\s+suspend/.test(frame); i++) {
		await press(stdin, ' ');
		frame = await waitForFrame(lastFrame, (f) => f.includes('Help'));
	}
	assert.match(frame, /Ctrl-Z\s+suspend/, 'the help scrolls to the keys of every screen');
	await press(stdin, KEYS.escape);
	frame = await waitForFrame(lastFrame, (f) => f.includes('page 1/'));

	await press(stdin, 'q');
	frame = await waitForFrame(lastFrame, (f) => /Euromaidan Press\s+344\s+1 min\s+4\s+\d+%/.test(f), 'the library shows how far the reader got');
	assert.match(frame, new RegExp(`› ${ZAKHAROVA_TITLE}`), 'the selection is kept on return');

	await press(stdin, '?');
	frame = await waitForFrame(lastFrame, (f) => f.includes('Library keys'));
	assert.match(frame, /Enter l →\s+open the article/);
	await press(stdin, 'q');
	await waitForFrame(lastFrame, (f) => f.includes('2 articles'));
	unmount();
});

test('reader keys: lines, half pages, end, percent, fold, next article', async () => {
	const { lastFrame, stdin, unmount } = await renderLibrary();
	await press(stdin, 'j');
	await waitForFrame(lastFrame, (f) => f.includes(`› ${ZAKHAROVA_TITLE}`));
	await press(stdin, KEYS.enter);
	let frame = await waitForFrame(lastFrame, (f) => f.includes('page 1/'));
	const firstBodyLine = (f: string) => f.split('\n')[3]?.replace('▌', '').trim();
	const before = firstBodyLine(frame);
	await press(stdin, KEYS.down);
	frame = await waitForFrame(lastFrame, (f) => firstBodyLine(f) !== before);
	await press(stdin, 'k');
	frame = await waitForFrame(lastFrame, (f) => firstBodyLine(f) === before);

	await press(stdin, 'G');
	frame = await waitForFrame(lastFrame, (f) => /· 100%/.test(f));
	assert.match(frame, /▸ 8 folded paragraphs \(F shows\) · Related:/);
	await press(stdin, 'F');
	frame = await waitForFrame(lastFrame, (f) => f.includes('Related:') && !f.includes('▸ 8 folded'));
	assert.match(frame, /organizations in the plant’s operation\./, 'unfolding keeps the first visible line');
	await press(stdin, 'G');
	frame = await waitForFrame(lastFrame, (f) => f.includes('Related Posts'));
	await press(stdin, 'g');
	frame = await waitForFrame(lastFrame, (f) => f.includes('The Kremlin in Moscow. Photo: Depositphotos') && f.includes('page 1/'));
	await press(stdin, '5');
	await press(stdin, '0');
	frame = await waitForFrame(lastFrame, (f) => f.includes('· 50…'));
	await press(stdin, '%');
	frame = await waitForFrame(lastFrame, (f) => !f.includes('50…') && !/page 1\//.test(f));

	await press(stdin, '[');
	frame = await waitForFrame(lastFrame, (f) => f.includes('RIA/NAN · 317 words'));
	await press(stdin, ']');
	frame = await waitForFrame(lastFrame, (f) => f.includes('Euromaidan Press · 344 words'));
	await press(stdin, ']');
	await tick(50);
	assert.match(lastFrame() ?? '', /Euromaidan Press · 344 words/, '] on the last article stays');
	unmount();
});

test('the reading position is restored on reopening', async () => {
	const { store } = await tempStore();
	const first = await renderLibrary(store);
	await press(first.stdin, KEYS.enter);
	await waitForFrame(first.lastFrame, (f) => f.includes('page 1/'));
	await press(first.stdin, 'G');
	const atEnd = await waitForFrame(first.lastFrame, (f) => f.includes('· 100%'));
	await press(first.stdin, 'q');
	await waitForFrame(first.lastFrame, (f) => f.includes('2 articles'));
	first.unmount();
	assert.ok(store.position(`${ARTICLES_DIR}/lavrov-no-compromise-on-peacekeepers.txt`), 'saved on leaving the reader');

	const second = await renderLibrary(store);
	let frame = await waitForFrame(second.lastFrame, (f) => f.includes('2 articles'));
	assert.match(frame, /RIA\/NAN\s+317\s+1 min\s+5\s+done/);
	await press(second.stdin, KEYS.enter);
	frame = await waitForFrame(second.lastFrame, (f) => f.includes('· 100%'));
	assert.equal(frame.split('\n')[3]?.replace('▌', ''), atEnd.split('\n')[3]?.replace('▌', ''), 'the same first line');
	second.unmount();
});

test('a missing folder, an empty folder and an unreadable file are told on screen', async () => {
	const empty = temporaryFolder('marginalia-empty-');
	for (const [paths, message] of [
		[[join(empty, 'nope')], /Cannot open .*nope: no such file or folder/],
		[[empty], /No articles \(\.txt or \.md files\) in/],
	] as const) {
		const listing = await listLibrary(paths);
		const { lastFrame, unmount } = await renderApp({ listing, paths });
		const frame = await waitForFrame(lastFrame, (f) => message.test(f));
		assert.match(frame, /0 articles/);
		unmount();
	}

	writeFileSync(join(empty, 'good.txt'), 'A fine headline\n\nSome text.\n');
	writeFileSync(join(empty, 'locked.txt'), 'secret');
	const failingRead: ReadFile = async (path) => {
		if (path.endsWith('locked.txt')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
		const { readFile } = await import('node:fs/promises');
		return readFile(path);
	};
	const listing = await listLibrary([empty], failingRead);
	const { lastFrame, stdin, unmount } = await renderApp({ listing, paths: [empty] });
	const frame = await waitForFrame(lastFrame, (f) => f.includes('Cannot read locked.txt: permission denied'));
	assert.match(frame, /› A fine headline/);
	await tick();
	await press(stdin, KEYS.enter);
	await waitForFrame(lastFrame, (f) => f.includes('Some text.'));
	unmount();
});

test('a damaged config file is set aside and the library says where it went, in full', async () => {
	const dir = temporaryFolder('marginalia-damaged-');
	writeFileSync(join(dir, 'config.json'), '{"highlights": {broken');
	const { openStore } = await import('../../../source/store/index.js');
	const { store, warning } = await openStore({ configDir: dir });
	assert.ok(warning);
	const { lastFrame, unmount } = await renderApp({ store, notice: warning });
	const frame = await waitForFrame(lastFrame, (f) => f.replace(/\s+/g, ' ').includes('a fresh one was started'), 'the notice');
	const aside = /config\.damaged-[^\s]+\.json/.exec(warning)?.[0];
	assert.ok(aside && frame.replace(/\s*\n\s*/g, '').includes(aside), `the new name of the damaged file is on screen:\n${frame}`);
	unmount();
});

test('escape sequences in an article are shown as symbols and never reach the terminal', async () => {
	const dir = temporaryFolder('marginalia-hostile-');
	writeFileSync(
		join(dir, 'hostile.txt'),
		'Breaking \u001b]0;pwned\u0007 news\n\nThe minister \u001b[2J\u001b[31msaid\u009b0m “we will \u202eact\u202c now,” on Monday.\n',
	);
	const { lastFrame, stdin, unmount } = await renderApp({ paths: [dir] });
	let frame = await waitForFrame(lastFrame, (f) => f.includes('Breaking'), 'the library');
	const raw = () => lastFrame() ?? '';
	assert.match(frame, /Breaking ␛\]0;pwned␇ news/);
	assert.doesNotMatch(raw(), /\u001b\]|\u0007|\u001b\[2J|\u009b|\u202e/, 'no OSC, BEL, clear-screen, CSI or bidi override in the output');
	await press(stdin, KEYS.enter);
	frame = await waitForFrame(lastFrame, (f) => f.includes('page 1/'), 'the reader');
	assert.match(frame, /The minister ␛\[2J␛\[31msaid�0m “we will �act� now,” on Monday\./);
	assert.doesNotMatch(raw(), /\u001b\]|\u0007|\u001b\[2J|\u009b|\u202e/);
	unmount();
});

test('the library filters fuzzily by title, source or speaker, and Tab changes the order', async () => {
	const { lastFrame, stdin, unmount } = await renderApp();
	let frame = await waitForFrame(lastFrame, (f) => f.includes('by title (Tab)'), 'the library');
	await press(stdin, '/');
	for (const char of 'zakharva') await press(stdin, char);
	frame = await waitForFrame(lastFrame, (f) => f.includes('/ zakharva') && f.includes('1 match'), 'a misspelt speaker still matches');
	assert.doesNotMatch(frame, /Russia sees no possibility/);
	await press(stdin, KEYS.enter);
	frame = await waitForFrame(lastFrame, (f) => f.includes('(/ to change'), 'the filter kept');
	await press(stdin, KEYS.enter);
	await waitForFrame(lastFrame, (f) => f.includes('Euromaidan Press · 344 words'), 'the match opens');
	await press(stdin, 'q');
	await waitForFrame(lastFrame, (f) => f.includes('1 match'), 'back to the filtered library');
	await press(stdin, '/');
	await press(stdin, KEYS.escape);
	frame = await waitForFrame(lastFrame, (f) => !f.includes('match') && f.includes('Russia sees no possibility'), 'Esc clears the filter');
	await press(stdin, KEYS.tab);
	frame = await waitForFrame(lastFrame, (f) => f.includes('by recent (Tab)'), 'sorted by recently read');
	assert.ok(frame.indexOf('Russia warns peacekeepers') < frame.indexOf('Russia sees no possibility'), 'the article just read comes first');
	unmount();
});

test('the library shows how far the reader got: going back to the start keeps "done"', async () => {
	const { lastFrame, stdin, unmount } = await renderApp();
	await press(stdin, KEYS.enter);
	await waitForFrame(lastFrame, (f) => f.includes('page 1/'), 'the reader');
	await press(stdin, 'G');
	await waitForFrame(lastFrame, (f) => f.includes('· 100%'), 'the end');
	await press(stdin, 'g');
	await waitForFrame(lastFrame, (f) => f.includes('page 1/'), 'back at the start');
	await press(stdin, 'q');
	await waitForFrame(lastFrame, (f) => /RIA\/NAN\s+317\s+1 min\s+5\s+done/.test(f), 'done in the library');
	unmount();
});

test('odd files open without trouble: empty, blank, one huge line, binary', async () => {
	const dir = temporaryFolder('marginalia-odd-');
	writeFileSync(join(dir, 'a-empty.txt'), '');
	writeFileSync(join(dir, 'b-blank.txt'), '\n\n   \n\t\n');
	writeFileSync(join(dir, 'c-huge-line.txt'), `${'word '.repeat(60_000)}“A quote at the very end,” she said.`);
	writeFileSync(join(dir, 'd-binary.txt'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0x1b, 0x5b, 0x32, 0x4a, 10, 0x80, 0x81, 65, 66]));
	const { lastFrame, stdin, unmount } = await renderApp({ paths: [dir] });
	await waitForFrame(lastFrame, (f) => f.includes('4 articles'), 'the library');
	for (let i = 0; i < 4; i++) {
		await press(stdin, KEYS.enter);
		await waitForFrame(lastFrame, (f) => /page \d+\/\d+/.test(f), `article ${i + 1} open`);
		for (const key of [' ', 'G', '}', ')', 'H', 'v', KEYS.down, KEYS.enter, 'F', 'g']) await press(stdin, key);
		await waitForFrame(lastFrame, (f) => /page 1\//.test(f), `article ${i + 1} still responds`);
		await press(stdin, 'q');
		await waitForFrame(lastFrame, (f) => f.includes('4 articles'), 'back in the library');
		await press(stdin, 'j');
	}
	assert.doesNotMatch(lastFrame() ?? '', /\u001b\[2J/);
	unmount();
});

test('a word count in the millions stays in its column: the reading time beside it is still apart', async () => {
	const listing = await listLibrary([ARTICLES_DIR]);
	const huge = { ...listing, articles: listing.articles.map((entry, index) => (index === 0 ? { ...entry, article: { ...entry.article, words: 2_345_678 } } : entry)) };
	const { lastFrame, unmount } = await renderApp({ listing: huge });
	const frame = await waitForFrame(lastFrame, (f) => f.includes('2 articles'));
	// Before: "2,345,6…10199 m…" ran the words into the time.
	assert.match(frame, /RIA\/NAN\s+2\.3M\s+170 h\s+5\s+unread/);
	unmount();
});
