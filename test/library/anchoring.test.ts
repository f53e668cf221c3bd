import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAnchoredHighlights } from '../../source/library/anchoring.js';
import { loadArticle } from '../../source/library/load.js';
import { openStore } from '../../source/store/index.js';
import { ARTICLE_TEXT, rangeOf, temporaryConfigDir } from '../helpers/store-fixtures.js';

async function libraryWithHighlight(t: Parameters<typeof temporaryConfigDir>[0]) {
	const root = temporaryConfigDir(t);
	const library = join(root, 'library');
	mkdirSync(library);
	const file = join(library, 'lavrov.txt');
	writeFileSync(file, `Lavrov rules out compromise\n\n${ARTICLE_TEXT}\n`);
	const { article } = await loadArticle(file);
	const { store } = await openStore({ configDir: join(root, 'config') });
	const range = rangeOf('no room for compromise', article.text);
	const highlight = store.addHighlight({ file, text: article.text, fingerprint: article.fingerprint, ...range, note: 'n' });
	return { root, library, file, store, highlight };
}

test('anchoring: highlights of an unchanged file are anchored', async (t) => {
	const { store, library, file, highlight } = await libraryWithHighlight(t);
	const { files, relocations } = await loadAnchoredHighlights(store, { libraryPaths: [library] });
	assert.deepEqual(relocations, []);
	assert.equal(files.length, 1);
	assert.equal(files[0]!.file, file);
	assert.deepEqual(files[0]!.highlights.map(({ state, start }) => ({ state, start })), [{ state: 'anchored', start: highlight.start }]);
});

test('anchoring: an edited file re-anchors without changing what is stored', async (t) => {
	const { store, library, file, highlight } = await libraryWithHighlight(t);
	writeFileSync(file, `Lavrov rules out compromise\n\nAn update was added at the top.\n\n${ARTICLE_TEXT}\n`);
	const { files } = await loadAnchoredHighlights(store, { libraryPaths: [library] });
	const [anchored] = files[0]!.highlights;
	assert.equal(anchored?.state, 'reanchored');
	assert.equal(anchored!.start, highlight.start + 'An update was added at the top.\n\n'.length);
	assert.deepEqual(store.highlights(), [highlight]);
});

test('anchoring: a renamed file is found again by its fingerprint and the stored path follows', async (t) => {
	const { store, library, file, highlight } = await libraryWithHighlight(t);
	store.setPosition(file, { offset: 40, progress: 0.2, fingerprint: highlight.fingerprint });
	const renamed = join(library, '2026-01-lavrov-interview.txt');
	renameSync(file, renamed);
	const { files, relocations } = await loadAnchoredHighlights(store, { libraryPaths: [] });
	assert.deepEqual(relocations, [{ from: file, to: renamed, highlights: 1 }], 'found in the folder the file was in');
	assert.equal(files[0]!.file, renamed);
	assert.equal(files[0]!.highlights[0]!.state, 'anchored');
	assert.equal(store.highlights(renamed)[0]?.id, highlight.id);
	assert.equal(store.position(renamed)?.offset, 40);
	store.reload();
	assert.equal(store.highlights(renamed).length, 1, 'the new path is on disk');
});

test('anchoring: a file moved to another library folder is found there', async (t) => {
	const { root, store, file, highlight } = await libraryWithHighlight(t);
	const elsewhere = join(root, 'archive');
	mkdirSync(elsewhere);
	renameSync(file, join(elsewhere, 'moved.txt'));
	const { files } = await loadAnchoredHighlights(store, { libraryPaths: [elsewhere] });
	assert.equal(files[0]!.file, join(elsewhere, 'moved.txt'));
	assert.equal(store.highlights()[0]?.id, highlight.id);
});

test('anchoring: a deleted file leaves its highlights as orphans, stored as they were', async (t) => {
	const { store, library, file, highlight } = await libraryWithHighlight(t);
	rmSync(file);
	const { files, relocations } = await loadAnchoredHighlights(store, { libraryPaths: [library] });
	assert.deepEqual(relocations, []);
	assert.equal(files[0]!.loaded, null);
	assert.equal(files[0]!.problem, 'no such file or folder');
	assert.deepEqual(files[0]!.highlights, [{ highlight, state: 'orphaned', start: highlight.start, end: highlight.end }]);
	assert.deepEqual(store.highlights(), [highlight]);
});

test('lock: a lock left by a crashed process is taken over once stale', async (t) => {
	const { store } = await libraryWithHighlight(t);
	const lock = `${store.path}.lock`;
	mkdirSync(lock);
	const longAgo = new Date(Date.now() - 60_000);
	utimesSync(lock, longAgo, longAgo);
	store.setSetting('theme', 'dark');
	assert.equal(store.settings().theme, 'dark');
});
