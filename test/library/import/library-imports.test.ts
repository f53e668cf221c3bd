import { test } from 'node:test';
import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ImportError } from '../../../source/library/import/add.js';
import { importInputOf, LibraryImports } from '../../../source/library/import/library-imports.js';
import { BUNDLED_LIBRARY } from '../../../source/library/load.js';
import { tempStore } from '../../helpers/store.js';
import { temporaryFolder } from '../../helpers/temp.js';

test('what is typed or pasted into A: addresses as they are; paths quoted, escaped, with ~, relative to the folder', () => {
	assert.deepEqual(importInputOf('  https://news.test/a?b=1 ', '/work'), { kind: 'url', url: 'https://news.test/a?b=1' });
	assert.deepEqual(importInputOf("'/tmp/saved pages/story.html'", '/work'), { kind: 'file', path: '/tmp/saved pages/story.html' });
	assert.deepEqual(importInputOf('/tmp/saved\\ pages/story.html', '/work'), { kind: 'file', path: '/tmp/saved pages/story.html' });
	assert.deepEqual(importInputOf('~/Downloads/story.html', '/work'), { kind: 'file', path: join(homedir(), 'Downloads/story.html') });
	assert.deepEqual(importInputOf('story.md', '/work'), { kind: 'file', path: '/work/story.md' });
	assert.throws(() => importInputOf('-', '/work'), ImportError);
	assert.throws(() => importInputOf('  ', '/work'), ImportError);
});

test('A and r write to the folder shown; the bundled samples or several folders: to the library setting, else the data folder', async () => {
	const { store } = await tempStore();
	const data = temporaryFolder('marginalia-imports-data-');
	const env = { MARGINALIA_DATA_DIR: data };
	const news = temporaryFolder('marginalia-imports-news-');
	const destination = (paths: string[]) => new LibraryImports({ store, paths, cwd: news, env }).destination();
	assert.deepEqual(destination([news]), { dir: news, becomesLibrary: false });
	assert.deepEqual(destination([BUNDLED_LIBRARY]), { dir: join(data, 'articles'), becomesLibrary: true });
	const other = join(news, 'other');
	mkdirSync(other);
	store.setSetting('library', other);
	assert.deepEqual(destination([news, BUNDLED_LIBRARY]), { dir: other, becomesLibrary: false });
	assert.deepEqual(destination([BUNDLED_LIBRARY]), { dir: other, becomesLibrary: false });
});
