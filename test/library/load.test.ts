import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES, listLibrary, loadArticle, readArticleFile, readArticleFileSync } from '../../source/library/load.js';
import { makeFifo } from '../helpers/faults.js';
import { LAVROV_FILE } from '../helpers/articles.js';
import { temporaryConfigDir } from '../helpers/store-fixtures.js';

test('load: a FIFO named .txt is refused without hanging, even when opened directly', async (t) => {
	const fifo = join(temporaryConfigDir(t), 'pipe.txt');
	makeFifo(fifo);
	// Before, opening it waited for a writer forever.
	await assert.rejects(loadArticle(fifo), /is a FIFO, not a regular file/);
	await assert.rejects(readArticleFile(fifo), /is a FIFO, not a regular file/);
	assert.throws(() => readArticleFileSync(fifo), /is a FIFO, not a regular file/);
});

test('load: a .txt link to /dev/zero is refused, never read', async (t) => {
	const zero = join(temporaryConfigDir(t), 'zero.txt');
	symlinkSync('/dev/zero', zero);
	await assert.rejects(loadArticle(zero), /is a device, not a regular file/);
	await assert.rejects(readArticleFile(zero), /is a device, not a regular file/);
	assert.throws(() => readArticleFileSync(zero), /is a device, not a regular file/);
});

test('load: the size limit is counted while reading, not taken from stat (a /proc file says 0 bytes)', async () => {
	// /proc/self/maps is a regular file whose stat size is 0 and whose content is a few kilobytes.
	await assert.rejects(readArticleFile('/proc/self/maps', 256), /too large for an article \(over 256 bytes\)/);
	assert.ok((await readArticleFile('/proc/self/maps')).length > 256);
	assert.throws(() => readArticleFileSync('/proc/self/maps', 256), /too large for an article \(over 256 bytes\)/);
	assert.ok(readArticleFileSync('/proc/self/maps').length > 256);
});

test('load: a file is read whole at any size: to its stat size, or in doubling buffers when stat says 0', async (t) => {
	const dir = temporaryConfigDir(t);
	for (const size of [0, 1, 16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 3 * 1024 * 1024 + 7]) {
		const path = join(dir, `${size}.txt`);
		const bytes = Buffer.alloc(size, 'abcdefghij');
		writeFileSync(path, bytes);
		assert.ok(Buffer.from(await readArticleFile(path)).equals(bytes), `${size} bytes, read with awaits`);
		assert.ok(Buffer.from(readArticleFileSync(path)).equals(bytes), `${size} bytes, read at once`);
	}
});

test('load: articles up to 50 MB are read; larger ones are refused with the limit', async (t) => {
	assert.equal(MAX_ARTICLE_BYTES, 50 * 1024 * 1024);
	const dir = temporaryConfigDir(t);
	const big = join(dir, 'big.txt');
	// Sparse: 60 MB in stat, nothing on disk.
	writeFileSync(big, 'A title\n\n');
	truncateSync(big, 60 * 1024 * 1024);
	await assert.rejects(loadArticle(big), /too large for an article \(over 50 MB\)/);
	const six = join(dir, 'six.txt');
	writeFileSync(six, `A long report\n\n${'Some words in a paragraph that goes on. '.repeat(150_000)}\n`);
	const loaded = await loadArticle(six);
	assert.ok(loaded.size > 5 * 1024 * 1024, 'over the old 5 MB limit');
	assert.equal(loaded.article.title, 'A long report');
});

test('load: one bad file does not stop the listing; each is named with why', async (t) => {
	const dir = temporaryConfigDir(t);
	copyFileSync(LAVROV_FILE, join(dir, 'good.txt'));
	makeFifo(join(dir, 'fifo.txt'));
	symlinkSync('/dev/zero', join(dir, 'zero.txt'));
	mkdirSync(join(dir, 'folder.txt'));
	symlinkSync('loop.txt', join(dir, 'loop.txt'));
	writeFileSync(join(dir, 'locked.txt'), 'Unreadable\n\ntext\n');
	const denied = async (path: string) => {
		if (path.endsWith('locked.txt')) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
		return readArticleFile(path);
	};
	const listing = await listLibrary([dir], denied);
	assert.deepEqual(listing.articles.map((article) => article.path), [join(dir, 'good.txt')]);
	assert.deepEqual(
		listing.unreadable.map(({ path, reason }) => [path.slice(dir.length + 1), reason]),
		[
			['fifo.txt', 'is a FIFO, not a regular file'],
			['folder.txt', 'is a folder'],
			['locked.txt', 'permission denied'],
			['loop.txt', 'a loop of symbolic links'],
			['zero.txt', 'is a device, not a regular file'],
		],
	);
});
