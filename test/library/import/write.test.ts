import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFileContent, type ImportedArticle } from '../../../source/core/import/article-file.js';
import { commitArticle } from '../../../source/library/import/commit.js';
import { comparableUrl, folderDuplicateIndex } from '../../../source/library/import/duplicates.js';
import { writeNewFile } from '../../../source/library/import/write.js';
import { temporaryDir } from '../../helpers/cli.js';
import { mkfifoSync } from '../../helpers/fifo.js';

const STORY: ImportedArticle = {
	meta: { title: 'Storm closes the coast road', source: 'The Coastal Times', url: 'https://coast.test/news/storm', date: '2025-11-02' },
	body: 'Storm closes the coast road\n\n“We will not gamble with people’s lives,” said Priya Nair.\n',
};

test('write: a new file complete at the first free name; nothing else is left in the folder', (t) => {
	const dir = join(temporaryDir(t), 'library');
	const first = writeNewFile(dir, ['story.txt', 'story-2.txt'], 'one\n');
	const second = writeNewFile(dir, ['story.txt', 'story-2.txt'], 'two\n');
	assert.equal(first, join(dir, 'story.txt'));
	assert.equal(second, join(dir, 'story-2.txt'));
	assert.equal(readFileSync(first, 'utf8'), 'one\n', 'the first file is untouched');
	assert.deepEqual(readdirSync(dir).sort(), ['story-2.txt', 'story.txt']);
});

test('write: a write that fails halfway (a full disk) leaves nothing behind, not even the temporary file', (t) => {
	const dir = temporaryDir(t);
	let calls = 0;
	const failing = {
		writeSync: (_fd: number, _buffer: Uint8Array, _offset: number, length: number) => {
			if (++calls > 1) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
			return Math.floor(length / 2);
		},
		fsyncSync: () => {},
	};
	assert.throws(() => writeNewFile(dir, ['story.txt'], 'x'.repeat(10_000), failing), /no space left/);
	assert.deepEqual(readdirSync(dir), []);
	// A write that takes nothing is a failure too, not a loop.
	assert.throws(() => writeNewFile(dir, ['story.txt'], 'text', { writeSync: () => 0, fsyncSync: () => {} }), /took no more bytes/);
	assert.throws(() => writeNewFile(dir, ['story.txt'], 'text', { writeSync: (_fd, _b, _o, length) => length, fsyncSync: () => { throw new Error('EIO: sync failed'); } }), /sync failed/);
	assert.deepEqual(readdirSync(dir), []);
});

test('write: never replaces a symlink, a FIFO or a file someone else put at the name', (t) => {
	const dir = temporaryDir(t);
	const elsewhere = join(temporaryDir(t), 'precious.txt');
	writeFileSync(elsewhere, 'keep me\n');
	symlinkSync(elsewhere, join(dir, 'story.txt'));
	mkfifoSync(join(dir, 'story-2.txt'));
	const written = writeNewFile(dir, ['story.txt', 'story-2.txt', 'story-3.txt'], 'new\n');
	assert.equal(written, join(dir, 'story-3.txt'));
	assert.equal(readFileSync(elsewhere, 'utf8'), 'keep me\n');
});

test('commit: the same address (tracking parameters, a fragment and a trailing slash aside) or the same text is not added twice', async (t) => {
	const dir = temporaryDir(t);
	const added = await commitArticle(STORY, { dir });
	assert.equal(added.status, 'added');
	assert.equal(readFileSync(join(dir, 'storm-closes-the-coast-road.txt'), 'utf8'), articleFileContent(STORY));

	const sameAddress = await commitArticle({ ...STORY, body: 'A later version of the story, reworded.\n' }, { dir, alsoKnownAs: ['https://coast.test/news/storm/?utm_source=rss#top'] });
	assert.deepEqual(sameAddress, { status: 'duplicate', title: STORY.meta.title, path: join(dir, 'storm-closes-the-coast-road.txt'), by: 'url' });

	const sameText = await commitArticle({ meta: { title: 'Piped in' }, body: STORY.body }, { dir });
	assert.equal(sameText.status, 'duplicate');
	assert.equal(sameText.status === 'duplicate' && sameText.by, 'text');

	const other = await commitArticle({ meta: { title: STORY.meta.title }, body: 'Another storm, another story.\n' }, { dir });
	assert.equal(other.status === 'added' && other.path, join(dir, 'storm-closes-the-coast-road-2.txt'));
	assert.deepEqual(readdirSync(dir).filter((name) => !name.startsWith('.')).sort(), ['storm-closes-the-coast-road-2.txt', 'storm-closes-the-coast-road.txt']);
	assert.ok(!existsSync(join(dir, '.marginalia-import.lock')), 'the folder lock is released');
});

test('duplicates: the folder index reads each file once until it changes, and skips what is not an article file', (t) => {
	const dir = temporaryDir(t);
	mkdirSync(join(dir, 'folder.txt'));
	writeFileSync(join(dir, 'notes.pdf'), articleFileContent(STORY));
	const index = folderDuplicateIndex(dir);
	const candidate = { urls: ['https://coast.test/news/storm'], fingerprint: 'none' };
	assert.equal(index.find(candidate), null);
	writeFileSync(join(dir, 'story.md'), articleFileContent(STORY));
	assert.deepEqual(index.find(candidate), { path: join(dir, 'story.md'), by: 'url' });
	writeFileSync(join(dir, 'story.md'), 'Rewritten by hand, no address.\n');
	assert.equal(index.find(candidate), null);
	assert.equal(comparableUrl('HTTPS://Coast.test/a/?utm_medium=x&id=3#c'), 'https://coast.test/a?id=3');
	assert.equal(comparableUrl('not a url'), null);
});
