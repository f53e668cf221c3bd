import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { StoreError, openStore } from '../../source/store/index.js';
import { ARTICLE_TEXT, rangeOf, readJson, temporaryConfigDir } from '../helpers/store-fixtures.js';

const FILE = '/library/lavrov.txt';
const FINGERPRINT = 'b'.repeat(64);

const setSpeaker = (words: string, to: string | null) => ({ kind: 'set' as const, file: FILE, text: ARTICLE_TEXT, fingerprint: FINGERPRINT, ...rangeOf(words), from: 'Sergei Lavrov', to });

test('corrections: a quote correction is stored with its selectors, the engine speaker and the chosen one', async (t) => {
	const { store } = await openStore({ configDir: temporaryConfigDir(t) });
	const correction = store.addCorrection(setSpeaker('no room for compromise', 'Maria Zakharova'));
	const { start, end } = rangeOf('no room for compromise');
	assert.deepEqual((readJson(store.path).corrections as Record<string, unknown>)[correction.id], {
		id: correction.id,
		kind: 'set',
		file: FILE,
		fingerprint: FINGERPRINT,
		exact: 'no room for compromise',
		prefix: ARTICLE_TEXT.slice(start - 32, start),
		suffix: ARTICLE_TEXT.slice(end, end + 32),
		start,
		end,
		from: 'Sergei Lavrov',
		to: 'Maria Zakharova',
		created: correction.created,
	});
});

test('corrections: a second choice for the same quote replaces the first, so undoing it goes back to the engine', async (t) => {
	const { store } = await openStore({ configDir: temporaryConfigDir(t) });
	store.addCorrection(setSpeaker('no room for compromise', 'Maria Zakharova'));
	const second = store.addCorrection(setSpeaker('no room for compromise', null));
	assert.deepEqual(store.corrections().map((correction) => correction.id), [second.id]);
	store.removeCorrection(second.id);
	assert.deepEqual(store.corrections(), []);
});

test('corrections: merges and renames are library-wide and listed with every file', async (t) => {
	const { store } = await openStore({ configDir: temporaryConfigDir(t) });
	const merge = store.addCorrection({ kind: 'merge', from: 'Lavrov', to: 'Sergei Lavrov' });
	const set = store.addCorrection(setSpeaker('no room for compromise', 'Maria Zakharova'));
	assert.deepEqual(store.corrections(FILE).map((correction) => correction.id), [merge.id, set.id]);
	assert.deepEqual(store.corrections('/library/other.txt').map((correction) => correction.id), [merge.id]);
	assert.throws(() => store.addCorrection({ kind: 'rename', from: 'Lavrov', to: '  ' }), StoreError);
});

test('corrections: two windows each add one and both are kept; one deleted in one window stays deleted', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store: first } = await openStore({ configDir: dir });
	const { store: second } = await openStore({ configDir: dir });
	const a = first.addCorrection({ kind: 'rename', from: 'Sergei Lavrov', to: 'Sergey Lavrov' });
	const b = second.addCorrection({ kind: 'merge', from: 'Zakharova', to: 'Maria Zakharova' });
	first.removeCorrection(b.id);
	second.addCorrection({ kind: 'merge', from: 'Peskov', to: 'Dmitry Peskov' });
	second.reload();
	assert.deepEqual(
		second.corrections().map((correction) => correction.id).filter((id) => id === a.id || id === b.id),
		[a.id],
	);
	assert.equal(second.corrections().length, 2);
});

test('corrections: undo puts a removed correction back', async (t) => {
	const { store } = await openStore({ configDir: temporaryConfigDir(t) });
	const rename = store.addCorrection({ kind: 'rename', from: 'Sergei Lavrov', to: 'Sergey Lavrov' });
	const removed = store.removeCorrection(rename.id)!;
	store.restoreCorrection(removed);
	assert.deepEqual(store.corrections().map((correction) => correction.to), ['Sergey Lavrov']);
});

test('corrections: a moved article takes its quote corrections along', async (t) => {
	const { store } = await openStore({ configDir: temporaryConfigDir(t) });
	store.addCorrection(setSpeaker('no room for compromise', 'Maria Zakharova'));
	store.moveFile(FILE, '/library/moved.txt');
	assert.deepEqual(store.corrections('/library/moved.txt').map((correction) => correction.kind === 'set' && correction.file), ['/library/moved.txt']);
});

test('corrections: a damaged correction makes the file damaged like any other, moved aside and never lost', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store } = await openStore({ configDir: dir });
	store.addCorrection({ kind: 'rename', from: 'A', to: 'B' });
	const data = readJson(store.path);
	const corrections = data.corrections as Record<string, Record<string, unknown>>;
	for (const correction of Object.values(corrections)) correction.kind = 'guess';
	writeFileSync(store.path, JSON.stringify(data));
	const reopened = await openStore({ configDir: dir });
	assert.match(reopened.warning ?? '', /moved to .*config\.damaged-/);
});
