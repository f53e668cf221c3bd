import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../../source/core/article/article.js';
import { parseMarkup } from '../../source/core/article/markdown.js';
import { Library, type IndexProgress } from '../../source/library/index/library.js';
import { writeFileWhole } from '../../source/library/index/write-file.js';

function folders(t: TestContext) {
	const root = mkdtempSync(join(tmpdir(), 'marginalia-index-'));
	t.after(() => rmSync(root, { recursive: true, force: true }));
	const library = join(root, 'library');
	const cache = join(root, 'cache');
	spawnSync('mkdir', ['-p', library]);
	return { root, library, cache };
}

const article = (title: string, body: string) => `${title}\n\n${body}\n`;

function writeArticles(folder: string, count: number): void {
	for (let i = 0; i < count; i++) {
		writeFileSync(join(folder, `story-${String(i).padStart(2, '0')}.txt`), article(`Story number ${i} about harbours`, `“The harbour reopens on Monday,” said Jo Bloggs${i}. The ferry ${i} waits.`));
	}
}

async function updated(folder: string, cache: string, threads = 0) {
	const library = Library.open([folder], { cacheDir: cache });
	const progress: IndexProgress[] = [];
	await library.update({ threads, onProgress: (event) => progress.push(event) });
	return { library, progress, read: progress.flatMap((event) => (event.article ? [event.article.name] : [])) };
}

const filesOf = (hits: readonly { file: string }[]) => [...new Set(hits.map((hit) => hit.file))].sort();

function indexFile(cache: string): string {
	const [folder] = readdirSync(join(cache, 'libraries'));
	return join(cache, 'libraries', folder!, 'library.idx');
}

test('a cold index reads every file; a warm one reads none and has the rows at once', async (t) => {
	const { library, cache } = folders(t);
	writeArticles(library, 3);
	const cold = await updated(library, cache);
	assert.deepEqual(cold.read.sort(), ['story-00.txt', 'story-01.txt', 'story-02.txt']);
	assert.deepEqual(cold.library.rows().map((row) => [row.title, row.quotes, row.speakers.map((s) => s.name)]), [
		['Story number 0 about harbours', 1, ['Jo Bloggs0']],
		['Story number 1 about harbours', 1, ['Jo Bloggs1']],
		['Story number 2 about harbours', 1, ['Jo Bloggs2']],
	]);

	const opened = Library.open([library], { cacheDir: cache });
	assert.equal(opened.rows().length, 3, 'rows from the cache before any file is looked at');
	const warm = await updated(library, cache);
	assert.deepEqual(warm.progress, [], 'nothing read again');
	assert.deepEqual(warm.library.rows(), cold.library.rows());
});

test('a changed file is read again alone; an added one is read, a removed one dropped', async (t) => {
	const { library, cache } = folders(t);
	writeArticles(library, 3);
	await updated(library, cache);
	writeFileSync(join(library, 'story-01.txt'), article('Story one rewritten', 'Nothing about ferries now.'));
	utimesSync(join(library, 'story-01.txt'), new Date(), new Date(Date.now() + 5_000));
	writeFileSync(join(library, 'story-09.txt'), article('A new story arrives', 'Fresh words.'));
	unlinkSync(join(library, 'story-02.txt'));
	const { library: index, read } = await updated(library, cache);
	assert.deepEqual(read.sort(), ['story-01.txt', 'story-09.txt']);
	assert.deepEqual(
		index.rows().map((row) => row.title),
		['Story number 0 about harbours', 'Story one rewritten', 'A new story arrives'],
	);
	const again = await updated(library, cache);
	assert.deepEqual(again.read, [], 'the changes were saved');
});

test('search finds the new words of a changed file and not its old ones, without rebuilding everything', async (t) => {
	const { library, cache } = folders(t);
	writeArticles(library, 3);
	const first = await updated(library, cache);
	assert.equal((await first.library.search('ferry', { limit: 10 })).length, 3);
	writeFileSync(join(library, 'story-00.txt'), article('Story zero', 'The lighthouse keeper retired.'));
	utimesSync(join(library, 'story-00.txt'), new Date(), new Date(Date.now() + 5_000));
	const { library: index } = await updated(library, cache);
	assert.deepEqual((await index.search('lighthouse', { limit: 10 })).map((hit) => hit.file), [join(library, 'story-00.txt')]);
	assert.deepEqual(
		(await index.search('ferry', { limit: 10 })).map((hit) => hit.file).sort(),
		[join(library, 'story-01.txt'), join(library, 'story-02.txt')],
	);
});

test('a damaged index, or one an older version wrote, is rebuilt and said so, never fatal', async (t) => {
	const { library, cache } = folders(t);
	writeArticles(library, 2);
	await updated(library, cache);
	const file = indexFile(cache);
	const whole = readFileSync(file);

	writeFileSync(file, whole.subarray(0, whole.length / 2));
	const cut = await updated(library, cache);
	assert.equal(cut.read.length, 2, 'rebuilt from the files');
	assert.equal(cut.library.rows().length, 2);
	assert.match(cut.library.warnings.join('\n'), /could not be used \((cut short|an entry is damaged)\)/);

	const text = readFileSync(file, 'latin1');
	writeFileSync(file, text.replace(/"version":"\d+\//, '"version":"0/'), 'latin1');
	const old = await updated(library, cache);
	assert.equal(old.read.length, 2);
	assert.match(old.library.warnings.join('\n'), /written by another version/);

	writeFileSync(file, 'garbage');
	const garbage = await updated(library, cache);
	assert.equal(garbage.read.length, 2);
	assert.equal(filesOf(await garbage.library.search('harbour', { limit: 5 })).length, 2);
});

test('a damaged search index is built again', async (t) => {
	const { library, cache } = folders(t);
	writeArticles(library, 2);
	const { library: index } = await updated(library, cache);
	await index.search('ferry', { limit: 5 });
	const searchFile = indexFile(cache).replace('library.idx', 'search.idx');
	writeFileSync(searchFile, readFileSync(searchFile).subarray(0, 100));
	const again = await updated(library, cache);
	assert.equal((await again.library.search('ferry', { limit: 5 })).length, 2);
	assert.ok(readFileSync(searchFile).length > 100, 'written whole again');
});

test('a cache that cannot be written: the index is kept in memory and the user told', async (t) => {
	const { library, root } = folders(t);
	writeArticles(library, 2);
	const notAFolder = join(root, 'cache-is-a-file');
	writeFileSync(notAFolder, 'x');
	const { library: index } = await updated(library, notAFolder);
	assert.equal(index.rows().length, 2);
	assert.match(index.warnings.join('\n'), /could not be saved/);
	assert.equal(filesOf(await index.search('harbour', { limit: 5 })).length, 2);
	assert.equal(index.listing().articles[0]!.article.text, article('Story number 0 about harbours', '“The harbour reopens on Monday,” said Jo Bloggs0. The ferry 0 waits.'));
});

test('the listing gives each article as the reader opens it, its text read from the index', async (t) => {
	const { library, cache } = folders(t);
	writeArticles(library, 2);
	await updated(library, cache);
	const { library: index } = await updated(library, cache);
	const [entry] = index.listing().articles;
	const parsed = parseArticle(readFileSync(join(library, 'story-00.txt')));
	assert.equal(entry!.article.text, parsed.text);
	assert.deepEqual(entry!.article.paragraphs, parsed.paragraphs);
	assert.equal(entry!.article.fingerprint, parsed.fingerprint);
	assert.equal(entry!.summary.quotes, 1);
});

test('a Markdown article read from the index keeps its markup: the reader hides its markers as it does reading the file', async (t) => {
	const { library, cache } = folders(t);
	const source = '# Harbour ferry **returns**\n\nThe ferry sailed again, [the council said](https://example.com/council).\n';
	writeFileSync(join(library, 'ferry.md'), source);
	await updated(library, cache);
	const { library: index } = await updated(library, cache);
	const [entry] = index.listing().articles;
	const parsed = parseArticle(source, { parseMarkup });
	assert.equal(entry!.article.text, source);
	assert.deepEqual(entry!.article.markup, parsed.markup);
	assert.deepEqual(
		entry!.article.markup?.links.map((link) => [source.slice(link.start, link.end), link.url]),
		[['the council said', 'https://example.com/council']],
	);
});

test('one file of a folder: only it is listed and searched', async (t) => {
	const { library, cache } = folders(t);
	writeArticles(library, 3);
	await updated(library, cache);
	const one = Library.open([join(library, 'story-01.txt')], { cacheDir: cache });
	await one.update();
	assert.deepEqual(one.rows().map((row) => row.name), ['story-01.txt']);
	assert.deepEqual((await one.search('ferry', { limit: 5 })).map((hit) => hit.file), [join(library, 'story-01.txt')]);
});

test('files that are not regular files are named, not read; the rest are indexed', async (t) => {
	const { library, cache } = folders(t);
	writeArticles(library, 2);
	const fifo = join(library, 'pipe.txt');
	if (spawnSync('mkfifo', [fifo]).status !== 0) return t.skip('mkfifo is not available');
	const { library: index } = await updated(library, cache);
	assert.equal(index.rows().length, 2);
	assert.deepEqual(index.unreadable(), [{ path: fifo, reason: 'is a FIFO, not a regular file' }]);
});

test('many files are read by worker threads with the same result', async (t) => {
	const { library, cache, root } = folders(t);
	writeArticles(library, 30);
	const threaded = await updated(library, cache, 2);
	const here = await updated(library, join(root, 'cache-here'), 0);
	assert.equal(threaded.read.length, 30);
	assert.deepEqual(threaded.library.rows(), here.library.rows());
});

test('an index file is written whole or not at all, and never over a symlink', (t) => {
	const { root } = folders(t);
	const target = join(root, 'elsewhere.txt');
	writeFileSync(target, 'precious');
	const link = join(root, 'library.idx');
	symlinkSync(target, link);
	assert.throws(() => writeFileWhole(link, [new TextEncoder().encode('index')]), /not a regular file/);
	assert.equal(readFileSync(target, 'utf8'), 'precious');
	assert.deepEqual(readdirSync(root).sort(), ['elsewhere.txt', 'library', 'library.idx'], 'no temporary file left');
	const plain = join(root, 'plain.idx');
	writeFileWhole(plain, [new TextEncoder().encode('one '), new TextEncoder().encode('two')]);
	assert.equal(readFileSync(plain, 'utf8'), 'one two');
});

test('updates() streams progress with each article read, for rows that fill in', async (t) => {
	const { library, cache } = folders(t);
	writeArticles(library, 3);
	const index = Library.open([library], { cacheDir: cache });
	const seen: string[] = [];
	const rowCounts: number[] = [];
	for await (const progress of index.updates({ threads: 0 })) {
		if (progress.article) seen.push(`${progress.done}/${progress.total} ${progress.article.title}`);
		rowCounts.push(index.rows().length);
	}
	assert.deepEqual(seen.sort(), ['1/3 Story number 0 about harbours', '2/3 Story number 1 about harbours', '3/3 Story number 2 about harbours']);
	assert.deepEqual(rowCounts, [0, 1, 2, 3], 'each article a row as soon as it is read');
	assert.equal(index.rows().length, 3, 'all rows once it is done');
});

test('an article read while the index is built is listed and can be opened before the build is done', async (t) => {
	const { library, cache } = folders(t);
	writeArticles(library, 3);
	const index = Library.open([library], { cacheDir: cache });
	assert.equal(index.listing().articles.length, 0);
	const opened: { text: string; problem: string | null }[] = [];
	let kept: ReturnType<Library['listing']>['articles'][number] | undefined;
	for await (const progress of index.updates({ threads: 0 })) {
		if (progress.done !== 1 || !progress.article) continue;
		const listing = index.listing();
		kept = listing.articles[0];
		opened.push({ text: kept!.article.text, problem: listing.problem });
	}
	assert.equal(opened.length, 1);
	assert.match(opened[0]!.text, /The ferry \d waits/, 'its text, before it is in the index file');
	assert.equal(opened[0]!.problem, null, 'a library being read is not said to be empty');
	assert.match(kept!.article.text, /The ferry \d waits/, 'the same article, once the build is done');
});

test('damage inside the stored text: search goes on without it, and the next update reads everything again', async (t) => {
	const { library, cache } = folders(t);
	writeArticles(library, 2);
	await updated(library, cache);
	const file = indexFile(cache);
	const bytes = readFileSync(file);
	const bodiesStart = 12 + bytes.readUInt32LE(8);
	bytes.fill(0xff, bodiesStart, bodiesStart + 16); // the first article's counts
	writeFileSync(file, bytes);
	const { library: index } = await updated(library, cache);
	const hits = await index.search('ferry', { limit: 5 });
	assert.deepEqual(filesOf(hits), [join(library, 'story-01.txt')], 'the damaged article is left out, no error');
	const again = await updated(library, cache);
	assert.equal(again.read.length, 0, 'a new process trusts the file (its header is whole)...');
	await index.update();
	assert.match(index.warnings.join('\n'), /stored text of story-00.txt is damaged/);
	assert.equal(filesOf(await index.search('ferry', { limit: 5 })).length, 2, '...but the one that met the damage rebuilt it');
	assert.equal((await updated(library, cache)).read.length, 0);
	assert.equal(filesOf(await (await updated(library, cache)).library.search('ferry', { limit: 5 })).length, 2);
});

test('a feed article keeps its feed in the index, from a cold index and a warm one', async (t) => {
	const { library, cache } = folders(t);
	writeFileSync(join(library, 'ferry.txt'), '---\ntitle: Ferry services cancelled\nfeed: https://ledger.example/feed.xml\nsurprise: kept out\n---\nFerry services cancelled\n\nNo sailings today.\n');
	writeFileSync(join(library, 'tide.txt'), article('Tide tables for the week', 'High water at 06:12.'));
	const cold = (await updated(library, cache)).library;
	const warm = (await updated(library, cache)).library;
	for (const index of [cold, warm]) {
		assert.deepEqual(index.rows().map((row) => [row.name, row.feed]), [['ferry.txt', 'https://ledger.example/feed.xml'], ['tide.txt', null]]);
		assert.equal(index.listing().articles[0]!.article.feed, 'https://ledger.example/feed.xml');
	}
	assert.equal(parseArticle(readFileSync(join(library, 'ferry.txt'))).feed, 'https://ledger.example/feed.xml');
});
