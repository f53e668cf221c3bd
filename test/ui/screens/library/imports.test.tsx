import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { LibraryImports } from '../../../../source/library/import/library-imports.js';
import { DEFAULT_MAX_BYTES } from '../../../../source/library/import/fetch.js';
import { renderApp } from '../../../helpers/app.js';
import { KEYS, press, resize, tick, waitForFrame } from '../../../helpers/ink.js';
import { fixture, startNewsServer, type NewsServer } from '../../../helpers/news-server.js';
import { tempStore } from '../../../helpers/store.js';
import { temporaryFolder } from '../../../helpers/temp.js';

const SPINNER = /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/;
const ZAKHAROVA = 'russia-warns-peacekeepers-in-ukraine-would-trigger-direct-confrontation.txt';

/** The app on a library of one article, with A and r working against the tests' news site on 127.0.0.1. */
async function importingApp(t: TestContext) {
	const server = await startNewsServer(t);
	const library = temporaryFolder('marginalia-ui-library-');
	writeFileSync(join(library, 'tide.txt'), 'Tide tables for the week\n\nHigh water at Arden is at 06:12 on Monday, the harbour master said.\n');
	const { store, dir: configDir } = await tempStore();
	const env = { MARGINALIA_CACHE_DIR: temporaryFolder('marginalia-ui-cache-'), MARGINALIA_DATA_DIR: temporaryFolder('marginalia-ui-data-') };
	const imports = new LibraryImports({ store, paths: [library], cwd: library, env, limits: { timeoutMs: 5000, maxBytes: DEFAULT_MAX_BYTES } });
	const app = await renderApp({ store, paths: [library], imports });
	t.after(() => app.unmount());
	await waitForFrame(app.lastFrame, (f) => f.includes('1 article'), 'the library');
	const files = () => readdirSync(library).filter((name) => !name.startsWith('.')).sort();
	return { server, library, store, configDir, app, files };
}

/** A route that answers only when the test says so: the spinner can be seen while it waits. */
function heldRoute(server: NewsServer, path: string, body: () => Buffer | string, type = 'text/html; charset=utf-8'): () => void {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	server.route(path, (_request, response) => {
		void released.then(() => {
			response.writeHead(200, { 'content-type': type });
			response.end(body());
		});
	});
	return release;
}

test('A: keys typed right after A fill the prompt; a spinner while the page is fetched, keys still working; the article is listed, selected and new', async (t) => {
	const { server, library, store, app, files } = await importingApp(t);
	const release = heldRoute(server, '/news/held', () => fixture('zakharova.html'));
	await press(app.stdin, `A${server.origin}/news/held`);
	await waitForFrame(app.lastFrame, (f) => f.includes(`Add: ${server.origin}/news/held`), 'the address typed in the same chunk as A');
	await press(app.stdin, KEYS.enter);
	let frame = await waitForFrame(app.lastFrame, (f) => SPINNER.test(f) && f.includes(`Adding ${server.origin}/news/held`), 'the spinner');
	assert.match(frame, /Esc stops/);
	await press(app.stdin, KEYS.tab);
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('by recent (Tab)'), 'Tab sorts while the page is fetched');
	assert.ok(SPINNER.test(frame), 'still fetching');
	release();
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Added: Russia warns peacekeepers'), 'the article added');
	assert.match(frame, /Added: Russia warns peacekeepers in Ukraine would trigger direct confrontation with Moscow \(Euroma/);
	assert.match(frame, /2 articles · 1 new/);
	assert.match(frame, /› Russia warns peacekeepers.*Euromaidan Press\s+6 Mar 2025.*new\n/, 'selected, with its source, its date for reading, and marked new');
	assert.deepEqual(files(), [ZAKHAROVA, 'tide.txt']);
	assert.equal(store.isNew(join(library, ZAKHAROVA)), true);
	await press(app.stdin, 'j');
	frame = await waitForFrame(app.lastFrame, (f) => !f.includes('Added:'), 'the outcome line goes with the next key');
});

test('A: the same page again is one line and selects the copy there; a 404 and a missing file are one line each and write nothing', async (t) => {
	const { server, app, files } = await importingApp(t);
	await press(app.stdin, `A${server.origin}/news/zakharova\r`);
	await waitForFrame(app.lastFrame, (f) => f.includes('Added:'), 'added');
	await press(app.stdin, 'g');
	await waitForFrame(app.lastFrame, (f) => /› Tide tables/.test(f) || /› Russia/.test(f), 'moved');
	await press(app.stdin, 'G');
	let frame = await waitForFrame(app.lastFrame, (f) => /› Tide tables/.test(f), 'the other article selected');
	await press(app.stdin, `A${server.origin}/news/zakharova?utm_source=newsletter#top\r`);
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Already in the library'), 'the duplicate');
	assert.match(frame, /Already in the library \(the same address\): Russia warns peacekeepers/);
	assert.match(frame, /› Russia warns peacekeepers/, 'the copy already there is selected');
	assert.match(frame, /2 articles/);

	await press(app.stdin, `A${server.origin}/news/gone\r`);
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Cannot add'), 'the 404');
	assert.match(frame, new RegExp(`Cannot add ${server.origin}/news/gone: the server answered 404 Not Found\\n`));
	await press(app.stdin, 'A/no/such/page.html\r');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Cannot add /no/such'), 'the missing file');
	assert.match(frame, /Cannot add \/no\/such\/page\.html: no such file or folder/);
	assert.deepEqual(files(), [ZAKHAROVA, 'tide.txt'], 'nothing written');
});

test('A: Esc closes the prompt; Esc while fetching stops it, the request is cut and nothing is written', async (t) => {
	const { server, app, files } = await importingApp(t);
	await press(app.stdin, 'Asomething');
	await waitForFrame(app.lastFrame, (f) => f.includes('Add: something'), 'typing');
	await press(app.stdin, KEYS.escape);
	let frame = await waitForFrame(app.lastFrame, (f) => !f.includes('Add:'), 'Esc closes the prompt');
	assert.match(frame, /1 article/);

	let cut = false;
	server.route('/news/never', (_request, response: ServerResponse) => {
		response.on('close', () => (cut = true));
	});
	await press(app.stdin, `A${server.origin}/news/never\r`);
	await waitForFrame(app.lastFrame, (f) => SPINNER.test(f), 'the spinner');
	await waitForFrame(() => (server.requests.some((request) => request.path === '/news/never') ? 'asked' : ''), (f) => f === 'asked', 'the request made');
	await press(app.stdin, KEYS.escape);
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Stopped: nothing was added'), 'stopped');
	assert.doesNotMatch(frame, SPINNER);
	await waitForFrame(() => (cut ? 'cut' : ''), (f) => f === 'cut', 'the fetch aborted: the server sees the connection close');
	assert.deepEqual(files(), ['tide.txt']);
	await press(app.stdin, 'q');
	await waitForFrame(app.lastFrame, (f) => !f.includes('1 article'), 'q still quits');
});

test('A: a saved page pasted as a quoted path (a file dropped on the terminal) is added', async (t) => {
	const { app, files } = await importingApp(t);
	const saved = join(temporaryFolder('marginalia-ui-saved-'), 'saved pages');
	mkdirSync(saved);
	copyFileSync(join(import.meta.dirname, '../../../fixtures/import/og-only.html'), join(saved, 'storm.html'));
	await press(app.stdin, 'A');
	await press(app.stdin, `\u001B[200~'${join(saved, 'storm.html')}'\n\u001B[201~`);
	await waitForFrame(app.lastFrame, (f) => f.includes("storm.html'"), 'the paste in the prompt, its line break dropped');
	await press(app.stdin, KEYS.enter);
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('Added:'), 'added');
	assert.match(frame, /› Storm closes the coast road/);
	assert.equal(files().length, 2);
});

test('r: a spinner and the count while the feeds refresh; a broken feed is one line; new articles are marked until opened, in the store', async (t) => {
	const { server, library, store, configDir, app } = await importingApp(t);
	await press(app.stdin, 'r');
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('No feeds yet'), 'r with no feeds');
	assert.match(frame, /No feeds yet: subscribe with 'marginalia feed add URL', then r/);

	const release = heldRoute(server, '/feeds/held.xml', () => fixture('rss.xml').toString('utf8').replaceAll('{{origin}}', server.origin), 'application/rss+xml');
	store.addFeed({ url: `${server.origin}/feeds/held.xml`, title: 'The Daily Ledger – World' });
	store.addFeed({ url: `${server.origin}/feeds/broken.xml`, title: null });
	await press(app.stdin, 'r');
	frame = await waitForFrame(app.lastFrame, (f) => SPINNER.test(f) && f.includes('Refreshing 2 feeds: 1 read · 0 new articles'), 'the spinner, the broken feed read first');
	release();
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('3 new articles;'), 'the count');
	assert.match(frame, new RegExp(`3 new articles; feed ${server.origin}/feeds/broken.xml: a broken feed`));
	assert.match(frame, /4 articles · 3 new/);
	const row = (title: string) => new RegExp(`${title}[^\\n]*`).exec(frame)?.[0] ?? '';
	assert.match(row('Ferry services cancelled'), /The Daily Ledger[^\n]*2 Nov 2025[^\n]*new$/);
	assert.match(row('Storm closes the coast road'), /new$/);
	assert.match(row('Tide tables'), /unread$/);
	const kept = () => Object.keys((JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')) as { arrivals: Record<string, unknown> }).arrivals).sort();
	assert.equal(kept().length, 3);

	await press(app.stdin, 'g');
	await waitForFrame(app.lastFrame, (f) => /› Ferry services/.test(f), 'the first article');
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('page 1/'), 'opened');
	await press(app.stdin, 'q');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('4 articles · 2 new'), 'back in the library: one fewer new');
	assert.doesNotMatch(row('Ferry services cancelled'), /new$/);
	assert.ok(!kept().includes(join(library, 'ferry-services-cancelled-as-gales-reach-the-islands.txt')), 'opened: no longer new in the store');
	assert.equal(kept().length, 2);
});

test('the library: a Feed column where it is wide enough, and feed:name in the / filter', async () => {
	const library = temporaryFolder('marginalia-ui-feeds-');
	const article = (name: string, title: string, feed: string | null) =>
		writeFileSync(join(library, name), `---\ntitle: ${title}\nsource: Somewhere\ndate: 2025-11-02T09:00:00+01:00\n${feed ? `feed: ${feed}\n` : ''}---\n${title}\n\nText of it.\n`);
	article('a.txt', 'Ferry services cancelled', 'https://ledger.example/feed.xml');
	article('b.txt', 'Harbour wall repaired', 'https://coastal.example/rss');
	article('c.txt', 'Tide tables for the week', null);
	const { store } = await tempStore();
	store.addFeed({ url: 'https://ledger.example/feed.xml', title: 'The Daily Ledger' });
	const app = await renderApp({ store, paths: [library] });
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('3 articles'), 'the library');
	assert.doesNotMatch(frame, /Feed/, 'no room for it at 100 columns');
	resize(app.stdout, 140, 24);
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Feed'), 'the Feed column at 140');
	assert.match(frame, /Ferry services cancelled\s+Somewhere\s+The Daily Ledger\s+2 Nov 2025/);
	assert.match(frame, /Harbour wall repaired\s+Somewhere\s+coastal\.example\s+2 Nov 2025/, 'a feed with no title: its host');
	await press(app.stdin, '/');
	await press(app.stdin, 'feed:ledger');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('· 1 match '), 'feed:ledger');
	assert.match(frame, /› Ferry services/);
	assert.doesNotMatch(frame, /Harbour wall|Tide tables/);
	await press(app.stdin, '\u007f'.repeat(6) + 'coastal harbour');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('/ feed:coastal harbour'), 'feed: and words');
	assert.match(frame, /· 1 match /);
	assert.match(frame, /› Harbour wall/);
	await tick();
	app.unmount();
});
