import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCliAsync, temporaryDir } from '../helpers/cli.js';
import { fixture, startNewsServer } from '../helpers/news-server.js';

const BUNDLED = fileURLToPath(new URL('../../articles', import.meta.url));

/** A config folder and a data folder of their own: the user's library and settings are never touched. */
function sandbox(t: Parameters<typeof temporaryDir>[0]) {
	const config = temporaryDir(t, 'marginalia-add-config-');
	const data = temporaryDir(t, 'marginalia-add-data-');
	const library = join(data, 'articles');
	const run = (args: string[], options: { input?: string | Buffer; cwd?: string } = {}) =>
		runCliAsync(config, args, { ...options, env: { MARGINALIA_DATA_DIR: data } });
	const files = () => (existsSync(library) ? readdirSync(library).sort() : []);
	return { config, data, library, run, files };
}

test('add URL: one article in the data folder, which becomes the library; list and quotes read it back', async (t) => {
	const server = await startNewsServer(t);
	const { config, library, run, files } = sandbox(t);
	const result = await run(['add', `${server.origin}/news/zakharova`]);
	assert.equal(result.status, 0, result.stderr);
	const file = join(library, 'russia-warns-peacekeepers-in-ukraine-would-trigger-direct-confrontation.txt');
	assert.equal(result.stdout, `Added: Russia warns peacekeepers in Ukraine would trigger direct confrontation with Moscow (Euromaidan Press, 2025-03-06)\n  ${file}\n`);
	assert.equal(result.stderr, `marginalia: your library is now ${library} (the library setting)\n`);
	assert.deepEqual(files(), ['russia-warns-peacekeepers-in-ukraine-would-trigger-direct-confrontation.txt']);
	assert.match(readFileSync(file, 'utf8'), new RegExp(`^---\ntitle: Russia warns peacekeepers in Ukraine would trigger direct confrontation with Moscow\nsource: Euromaidan Press\nurl: ${server.origin}/news/zakharova\nbyline: Yuri Zoria\ndate: 2025-03-06T14:02:00\\+00:00\n---\n`));
	const settings = JSON.parse(readFileSync(join(config, 'config.json'), 'utf8')).settings;
	assert.equal(settings.library, library);

	const [listed] = JSON.parse((await run(['list', '--json'])).stdout) as Record<string, unknown>[];
	assert.deepEqual({ ...listed, words: undefined }, {
		file,
		title: 'Russia warns peacekeepers in Ukraine would trigger direct confrontation with Moscow',
		source: 'Euromaidan Press',
		date: '2025-03-06T14:02:00+00:00',
		byline: 'Yuri Zoria',
		url: `${server.origin}/news/zakharova`,
		words: undefined,
		quotes: 4,
		speakers: ['Maria Zakharova'],
	});
	// Quotes and speakers as the plain seed has them.
	const speakersOf = async (path: string) =>
		(JSON.parse((await run(['quotes', '--json', path])).stdout) as { speakers: unknown[] }[])[0]!.speakers;
	assert.deepEqual(await speakersOf(file), await speakersOf(join(BUNDLED, 'russia-warns-peacekeepers-direct-confrontation.txt')));
});

test('add: a saved .html page, a .md and a .txt file, and standard input, each into the library as it is set', async (t) => {
	const { run, files, library } = sandbox(t);
	const work = temporaryDir(t, 'marginalia-add-work-');
	copyFileSync(fileURLToPath(new URL('../fixtures/import/lavrov.html', import.meta.url)), join(work, 'saved page.html'));
	writeFileSync(join(work, 'notes.md'), '# Harbour notes\n\n“Not ideal,” said Priya Nair.\n');
	writeFileSync(join(work, 'tides.txt'), '---\nsource: Harbour office\n---\nTide tables for the week\n\nHigh water is at 06:12.\n');
	const result = await run(['add', 'saved page.html', 'notes.md', 'tides.txt', '-', '--json'], { cwd: work, input: fixture('og-only.html') });
	assert.equal(result.status, 0, result.stderr);
	const entries = JSON.parse(result.stdout) as { input: string; status: string; title: string; source: string | null; file: string }[];
	assert.deepEqual(entries.map(({ input, status, title, source }) => ({ input, status, title, source })), [
		{ input: 'saved page.html', status: 'added', title: 'Russia sees no possibility of reaching a compromise on the potential deployment of European peacekeepers in Ukraine', source: 'The Daily Ledger' },
		{ input: 'notes.md', status: 'added', title: 'Harbour notes', source: null },
		{ input: 'tides.txt', status: 'added', title: 'Tide tables for the week', source: 'Harbour office' },
		{ input: '-', status: 'added', title: 'Storm closes the coast road for a second night', source: 'The Coastal Times' },
	]);
	assert.equal(files().length, 4);
	assert.equal(readFileSync(join(library, 'tide-tables-for-the-week.txt'), 'utf8'), '---\nsource: Harbour office\n---\nTide tables for the week\n\nHigh water is at 06:12.\n');
	assert.match(readFileSync(entries[3]!.file, 'utf8'), /^url: http:\/\/coast\.test\/news\/storm-closes-coast-road$/m, 'a piped page keeps its canonical address');
});

test('add: the same page twice, through a redirect, or the same text under another name makes no second file, and says so', async (t) => {
	const server = await startNewsServer(t);
	const { run, files } = sandbox(t);
	assert.equal((await run(['add', `${server.origin}/news/storm`])).status, 0);
	const again = await run(['add', `${server.origin}/news/storm`, `${server.origin}/redirect`, `${server.origin}/news/storm?utm_source=newsletter#comments`, '-'], { input: fixture('og-only.html') });
	assert.equal(again.status, 0, again.stderr);
	const lines = again.stdout.split('\n').filter((line) => line.startsWith('Already'));
	assert.deepEqual(lines, [
		'Already in the library (the same address): Storm closes the coast road for a second night (The Coastal Times, 2025-11-02)',
		'Already in the library (the same address): Storm closes the coast road for a second night (The Coastal Times, 2025-11-02)',
		'Already in the library (the same address): Storm closes the coast road for a second night (The Coastal Times, 2025-11-02)',
		'Already in the library (the same text): Storm closes the coast road for a second night (The Coastal Times, 2025-11-02)',
	]);
	assert.deepEqual(files(), ['storm-closes-the-coast-road-for-a-second-night.txt']);
});

test('add: a 404, a timeout, a page of links, a binary file, an image, a feed, another scheme, an oversized page: one line each, status 1, nothing written', async (t) => {
	const server = await startNewsServer(t);
	const { run, data, config } = sandbox(t);
	const timeout = await run(['add', `${server.origin}/slow`, '--timeout', '0.5']);
	assert.equal(timeout.status, 1);
	assert.equal(timeout.stderr, `marginalia: cannot add ${server.origin}/slow: no complete answer within 0.5 s\n`);
	assert.equal(timeout.stdout, '');

	const cases: [string, string][] = [
		['/missing', 'the server answered 404 Not Found'],
		['/news/world', 'the page is mostly links, not an article'],
		['/download', 'binary content, not a web page or text'],
		['/image.png', 'not a web page or text (image/png)'],
		['/episode.mp3', 'not a web page or text (audio/mpeg)'],
		['/feeds/rss.xml', "it is a feed, not an article: subscribe with 'marginalia feed add'"],
		['/to-ftp', 'redirected to an address that is not http or https'],
		['/huge', 'larger than the 5 MB limit'],
	];
	const failures = await run(['add', ...cases.map(([path]) => `${server.origin}${path}`), 'ftp://127.0.0.1/story.txt']);
	assert.equal(failures.status, 1);
	assert.equal(failures.stdout, '');
	assert.deepEqual(failures.stderr.split('\n'), [
		...cases.map(([path, reason]) => `marginalia: cannot add ${server.origin}${path}: ${reason}`),
		'marginalia: cannot add ftp://127.0.0.1/story.txt: only http and https addresses can be fetched, not ftp',
		'',
	]);
	assert.ok(!existsSync(join(data, 'articles')) || readdirSync(join(data, 'articles')).length === 0, 'nothing in the library, not even a temporary file');
	assert.ok(!existsSync(join(config, 'config.json')) || !readFileSync(join(config, 'config.json'), 'utf8').includes('library'), 'no library was adopted');
});

test('add: some inputs fail and the others are still added; the status says something failed', async (t) => {
	const server = await startNewsServer(t);
	const { run, files } = sandbox(t);
	const result = await run(['add', `${server.origin}/missing`, `${server.origin}/news/lavrov`, 'no-such-file.html']);
	assert.equal(result.status, 1);
	assert.deepEqual(result.stderr.split('\n').filter((line) => line.startsWith('marginalia: cannot')), [
		`marginalia: cannot add ${server.origin}/missing: the server answered 404 Not Found`,
		'marginalia: cannot add no-such-file.html: no such file or folder',
	]);
	assert.equal(files().length, 1);
});

test('add --to DIR writes there and leaves the library setting alone; the bundled articles are never written to', async (t) => {
	const server = await startNewsServer(t);
	const { run, config } = sandbox(t);
	const elsewhere = join(temporaryDir(t, 'marginalia-add-to-'), 'clippings');
	const result = await run(['add', `${server.origin}/news/storm`, '--to', elsewhere]);
	assert.equal(result.status, 0, result.stderr);
	assert.deepEqual(readdirSync(elsewhere), ['storm-closes-the-coast-road-for-a-second-night.txt']);
	assert.ok(!existsSync(join(config, 'config.json')), 'the config was not even opened');

	const before = readdirSync(BUNDLED).sort();
	const bundled = await run(['add', `${server.origin}/news/storm`, '--to', BUNDLED]);
	assert.equal(bundled.status, 1);
	assert.match(bundled.stderr, /^marginalia: the bundled articles folder holds the samples/);
	assert.deepEqual(readdirSync(BUNDLED).sort(), before);
});

test('add: two processes adding one page at once make one file', async (t) => {
	const server = await startNewsServer(t);
	const { run, files, library } = sandbox(t);
	mkdirSync(library, { recursive: true });
	const results = await Promise.all([1, 2, 3].map(() => run(['add', `${server.origin}/news/lavrov`, '--to', library])));
	for (const result of results) assert.equal(result.status, 0, result.stderr);
	assert.equal(results.filter((result) => result.stdout.startsWith('Added')).length, 1);
	assert.equal(results.filter((result) => result.stdout.startsWith('Already in the library')).length, 2);
	assert.deepEqual(files(), ['russia-sees-no-possibility-of-reaching-a-compromise-on-the-potential.txt']);
});

test('add: usage errors are status 2; --help says what it takes', async (t) => {
	const { run } = sandbox(t);
	const none = await run(['add']);
	assert.equal(none.status, 2);
	assert.match(none.stderr, /^marginalia: add takes a URL, a FILE or - \(standard input\)\n/);
	assert.equal((await run(['add', 'x', '--timeout', 'soon'])).status, 2);
	const help = await run(['add', '--help']);
	assert.equal(help.status, 0);
	assert.match(help.stdout, /marginalia add URL\|FILE\|- \.\.\. \[--to DIR\]/);
});
