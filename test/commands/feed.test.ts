import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliAsync, temporaryDir } from '../helpers/cli.js';
import { ETAG, fixture, startNewsServer } from '../helpers/news-server.js';

function sandbox(t: Parameters<typeof temporaryDir>[0]) {
	const config = temporaryDir(t, 'marginalia-feed-config-');
	const data = temporaryDir(t, 'marginalia-feed-data-');
	const library = join(data, 'articles');
	const run = (...args: string[]) => runCliAsync(config, args, { env: { MARGINALIA_DATA_DIR: data } });
	const files = () => (existsSync(library) ? readdirSync(library).filter((name) => !name.startsWith('.')).sort() : []);
	const feeds = async () => JSON.parse((await run('feed', 'list', '--json')).stdout) as { url: string; title: string | null; items: number; lastFetched: string | null; error: string | null }[];
	return { config, library, run, files, feeds };
}

test('feed add checks the address by fetching it: RSS, Atom and JSON Feed; a page that names its feed leads to it', async (t) => {
	const server = await startNewsServer(t);
	const { run, feeds } = sandbox(t);
	const rss = await run('feed', 'add', `${server.origin}/feeds/rss.xml`);
	assert.equal(rss.status, 0, rss.stderr);
	assert.equal(rss.stdout, `Subscribed to The Daily Ledger – World (3 items): ${server.origin}/feeds/rss.xml\nRun 'marginalia refresh' to add its articles to your library.\n`);
	assert.equal((await run('feed', 'add', `${server.origin}/feeds/atom.xml`)).status, 0);
	assert.equal((await run('feed', 'add', `${server.origin}/feeds/feed.json`)).status, 0);
	const page = await run('feed', 'add', `${server.origin}/feeds/page`);
	assert.equal(page.status, 0);
	assert.equal(page.stdout, `The page names a feed: ${server.origin}/feeds/rss.xml\nAlready subscribed to The Daily Ledger – World: ${server.origin}/feeds/rss.xml\n`);
	assert.deepEqual(await feeds(), [
		{ url: `${server.origin}/feeds/rss.xml`, title: 'The Daily Ledger – World', items: 0, lastFetched: null, error: null },
		{ url: `${server.origin}/feeds/atom.xml`, title: 'Euromaidan Press', items: 0, lastFetched: null, error: null },
		{ url: `${server.origin}/feeds/feed.json`, title: 'The Coastal Times', items: 0, lastFetched: null, error: null },
	]);
	const text = await run('feed', 'list');
	assert.match(text.stdout, /^Euromaidan Press\n {2}http:\/\/127\.0\.0\.1:\d+\/feeds\/atom\.xml · not refreshed yet$/m);
});

test('feed add: a broken feed, a 404, a page with no feed, an article, another scheme: one line, status 1, nothing stored', async (t) => {
	const server = await startNewsServer(t);
	const { run, feeds } = sandbox(t);
	for (const [address, reason] of [
		[`${server.origin}/feeds/broken.xml`, 'a broken feed (it cannot be read as RSS, Atom or JSON Feed)'],
		[`${server.origin}/feeds/gone.xml`, 'the server answered 404 Not Found'],
		[`${server.origin}/news/storm`, 'a web page that names no feed, not a feed'],
		[`${server.origin}/image.png`, 'not an RSS, Atom or JSON feed'],
	]) {
		const result = await run('feed', 'add', address!);
		assert.equal(result.status, 1, address);
		assert.equal(result.stderr, `marginalia: cannot subscribe to ${address}: ${reason}\n`);
	}
	const scheme = await run('feed', 'add', 'ftp://127.0.0.1/feed.xml');
	assert.equal(scheme.status, 1);
	assert.equal(scheme.stderr, 'marginalia: ftp://127.0.0.1/feed.xml: only http and https addresses can be fetched, not ftp\n');
	assert.deepEqual(await feeds(), []);
	assert.equal((await run('feed', 'add')).status, 2);
	assert.equal((await run('feed', 'frobnicate')).status, 2);
});

test("refresh: each new item's page through the same import, progress on stderr; a failed page keeps the feed's text and says so", async (t) => {
	const server = await startNewsServer(t);
	const { run, files, library, feeds, config } = sandbox(t);
	for (const name of ['rss.xml', 'atom.xml', 'feed.json']) assert.equal((await run('feed', 'add', `${server.origin}/feeds/${name}`)).status, 0);
	const result = await run('refresh');
	assert.equal(result.status, 0, result.stderr);
	assert.deepEqual(files(), [
		'ferry-services-cancelled-as-gales-reach-the-islands.txt',
		'harbour-wall-repairs-to-start-in-spring.txt',
		'russia-sees-no-possibility-of-reaching-a-compromise-on-the-potential.txt',
		'russia-warns-peacekeepers-in-ukraine-would-trigger-direct-confrontation.txt',
		'storm-closes-the-coast-road-for-a-second-night.txt',
	]);
	assert.deepEqual(result.stdout.split('\n').filter(Boolean).sort(), files().map((name) => join(library, name)));
	const progress = result.stderr.split('\n');
	assert.equal(progress[0], `Refreshing 3 feeds into ${library}…`);
	assert.ok(progress.includes("  + The Daily Ledger – World: Ferry services cancelled as gales reach the islands (its page failed: the server answered 404 Not Found; kept the feed's text)"), result.stderr);
	assert.ok(progress.includes('  = The Coastal Times: Storm closes the coast road for a second night is already in the library (same address)') || progress.includes('  = The Daily Ledger – World: Storm closes the coast road for a second night is already in the library (same address)'), result.stderr);
	assert.ok(progress.includes('5 new articles.'), result.stderr);
	const saved = JSON.parse(readFileSync(join(config, 'config.json'), 'utf8'));
	assert.equal(saved.settings.library, library, 'refresh writes where add does');
	assert.deepEqual(Object.keys(saved.arrivals).sort(), files().map((name) => join(library, name)), 'each new article is marked new for the library');

	const ferries = readFileSync(join(library, 'ferry-services-cancelled-as-gales-reach-the-islands.txt'), 'utf8');
	assert.equal(
		ferries,
		[
			'---',
			'title: Ferry services cancelled as gales reach the islands',
			'source: The Daily Ledger – World',
			`url: ${server.origin}/missing/ferries`,
			'byline: Jane Smith',
			'date: 2025-11-02T09:00:00Z',
			`feed: ${server.origin}/feeds/rss.xml`,
			'---',
			'Ferry services cancelled as gales reach the islands',
			'',
			'All ferry sailings to the outer islands were cancelled on Sunday as gales of up to seventy miles an hour reached the coast.',
			'',
			'“We will not sail until it is safe,” said Morag Innes, the operator’s duty manager. “Passengers booked for Monday should check before they travel.”',
			'',
		].join('\n'),
	);
	// The page, not the feed's one-line description, and the tracking parameters left out of the address.
	const lavrov = readFileSync(join(library, 'russia-sees-no-possibility-of-reaching-a-compromise-on-the-potential.txt'), 'utf8');
	assert.match(lavrov, /^byline: Chinedu Okafor$/m);
	assert.match(lavrov, new RegExp(`^url: ${server.origin}/news/lavrov\\?utm_source=rss&utm_medium=feed$`, 'm'));
	assert.match(lavrov, /“We see no room for compromise\./);
	const speakers = JSON.parse((await run('quotes', '--json', join(library, 'ferry-services-cancelled-as-gales-reach-the-islands.txt'))).stdout)[0].speakers;
	assert.deepEqual(speakers.map((speaker: { name: string }) => speaker.name), ['Morag Innes']);

	const listed = await feeds();
	assert.deepEqual(listed.map(({ items, error }) => ({ items, error })), [{ items: 3, error: null }, { items: 1, error: null }, { items: 2, error: null }]);
	assert.ok(listed.every((feed) => feed.lastFetched !== null && !Number.isNaN(Date.parse(feed.lastFetched))));

	const again = await run('refresh', '--json');
	assert.equal(again.status, 0, again.stderr);
	assert.deepEqual(JSON.parse(again.stdout).added, [], 'nothing is new the second time');
	assert.equal(files().length, 5);
});

test('refresh: a second refresh asks with If-None-Match and If-Modified-Since, and a 304 adds nothing', async (t) => {
	const server = await startNewsServer(t);
	const { run, files } = sandbox(t);
	assert.equal((await run('feed', 'add', `${server.origin}/feeds/etag.xml`)).status, 0);
	assert.equal((await run('refresh')).status, 0);
	const before = files();
	assert.equal(before.length, 3);
	const feedRequests = () => server.requests.filter((request) => request.path === '/feeds/etag.xml');
	assert.equal(feedRequests()[1]!.headers['if-none-match'], undefined, 'the first refresh asks in full');
	const second = await run('refresh', `${server.origin}/feeds/etag.xml`);
	assert.equal(second.status, 0, second.stderr);
	assert.match(second.stderr, /The Daily Ledger – World: nothing new \(not modified\)\n/);
	const last = feedRequests().at(-1)!;
	assert.equal(last.headers['if-none-match'], ETAG);
	assert.equal(last.headers['if-modified-since'], 'Thu, 06 Mar 2025 12:00:00 GMT');
	assert.deepEqual(files(), before);
});

test('refresh: a feed that breaks or goes down is one line and the others go on; an item with no text waits for the next refresh', async (t) => {
	const server = await startNewsServer(t);
	const { run, files, feeds } = sandbox(t);
	for (const name of ['rss.xml', 'atom.xml', 'feed.json']) assert.equal((await run('feed', 'add', `${server.origin}/feeds/${name}`)).status, 0);
	server.route('/feeds/rss.xml', (_request, response, origin) => {
		response.writeHead(200, { 'content-type': 'application/rss+xml' });
		response.end(fixture('broken.xml').toString('utf8').replaceAll('{{origin}}', origin));
	});
	server.route('/feeds/atom.xml', (_request, response) => {
		response.writeHead(503, { 'content-type': 'text/html' });
		response.end('<p>Down for maintenance</p>');
	});
	server.route('/news/harbour', (_request, response) => {
		response.writeHead(500);
		response.end();
	});
	const result = await run('refresh');
	assert.equal(result.status, 1);
	const lines = result.stderr.split('\n');
	assert.ok(lines.includes(`marginalia: feed ${server.origin}/feeds/rss.xml: a broken feed (it cannot be read as RSS, Atom or JSON Feed)`), result.stderr);
	assert.ok(lines.includes(`marginalia: feed ${server.origin}/feeds/atom.xml: the server answered 503 Service Unavailable`), result.stderr);
	assert.ok(lines.includes('  ! The Coastal Times: Harbour wall repairs to start in spring: the server answered 500 Internal Server Error, and the feed gives no text for it'), result.stderr);
	assert.ok(lines.includes('1 new article; 2 feeds failed.'), result.stderr);
	assert.deepEqual(files(), ['storm-closes-the-coast-road-for-a-second-night.txt']);
	assert.deepEqual((await feeds()).map((feed) => feed.error), [
		'a broken feed (it cannot be read as RSS, Atom or JSON Feed)',
		'the server answered 503 Service Unavailable',
		null,
	]);

	server.route('/news/harbour', (_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html' });
		response.end(fixture('harbour.html'));
	});
	const later = await run('refresh', `${server.origin}/feeds/feed.json`);
	assert.equal(later.status, 0, later.stderr);
	assert.deepEqual(files(), ['harbour-wall-repairs-to-start-in-spring.txt', 'storm-closes-the-coast-road-for-a-second-night.txt']);
});

test('refresh: pages are fetched a few at a time', async (t) => {
	const server = await startNewsServer(t);
	const { run, files } = sandbox(t);
	const stories = Array.from({ length: 8 }, (_, i) => i + 1);
	server.route('/feeds/many.xml', (_request, response, origin) => {
		response.writeHead(200, { 'content-type': 'application/rss+xml' });
		const items = stories.map((n) => `<item><title>Story ${n}</title><link>${origin}/story/${n}</link><guid>s${n}</guid></item>`).join('');
		response.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title><link>${origin}</link><description>d</description>${items}</channel></rss>`);
	});
	for (const n of stories) {
		server.route(`/story/${n}`, (_request, response) => {
			const page = fixture('og-only.html').toString('utf8').replaceAll('Storm closes the coast road for a second night', `Storm story number ${n}`).replace('The Met Office', `Update ${n}: the Met Office`);
			setTimeout(() => {
				response.writeHead(200, { 'content-type': 'text/html' });
				response.end(page);
			}, 150);
		});
	}
	assert.equal((await run('feed', 'add', `${server.origin}/feeds/many.xml`)).status, 0);
	const result = await run('refresh');
	assert.equal(result.status, 0, result.stderr);
	assert.equal(files().length, 8);
	console.log(`refresh: at most ${server.mostAtOnce()} requests at once for 8 pages`);
	assert.ok(server.mostAtOnce() <= 3, `at most 3 requests at once, not ${server.mostAtOnce()}`);
});

test('feed rm drops the subscription and keeps its articles; two processes subscribing at once keep both', async (t) => {
	const server = await startNewsServer(t);
	const { run, files, feeds } = sandbox(t);
	const together = await Promise.all(['rss.xml', 'atom.xml', 'feed.json'].map((name) => run('feed', 'add', `${server.origin}/feeds/${name}`)));
	for (const result of together) assert.equal(result.status, 0, result.stderr);
	assert.equal((await feeds()).length, 3);
	assert.equal((await run('refresh', `${server.origin}/feeds/atom.xml`)).status, 0);
	assert.equal(files().length, 1);
	const removed = await run('feed', 'rm', `${server.origin}/feeds/atom.xml`);
	assert.equal(removed.status, 0, removed.stderr);
	assert.equal(removed.stdout, 'Unsubscribed from Euromaidan Press; its articles stay in the library.\n');
	assert.deepEqual((await feeds()).map((feed) => feed.url).sort(), [`${server.origin}/feeds/feed.json`, `${server.origin}/feeds/rss.xml`]);
	assert.equal(files().length, 1);
	const missing = await run('feed', 'rm', `${server.origin}/feeds/atom.xml`);
	assert.equal(missing.status, 1);
	assert.equal(missing.stderr, `marginalia: not subscribed to ${server.origin}/feeds/atom.xml\n`);
	const unknown = await run('refresh', `${server.origin}/feeds/atom.xml`);
	assert.equal(unknown.status, 1);
});
