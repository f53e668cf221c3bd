import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NewerFormatError, StoreError, configDirectory, openStore } from '../../source/store/index.js';
import { STORE_FORMAT_VERSION, migrateToFormat1 } from '../../source/store/format.js';
import { ARTICLE_TEXT, rangeOf, readJson, temporaryConfigDir } from '../helpers/store-fixtures.js';

const FILE = '/library/lavrov.txt';
const FINGERPRINT = 'a'.repeat(64);
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function addQuote(store: Awaited<ReturnType<typeof openStore>>['store'], exact = 'no room for compromise', note?: string) {
	return store.addHighlight({ file: FILE, text: ARTICLE_TEXT, fingerprint: FINGERPRINT, ...rangeOf(exact), note });
}

test('store: a new store writes config.json in the config folder with the format version and empty sections', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store, warning } = await openStore({ configDir: dir });
	assert.equal(warning, null);
	assert.equal(store.path, join(dir, 'config.json'));
	assert.deepEqual(readJson(store.path), {
		settings: {},
		positions: {},
		highlights: {},
		tombstones: {},
		__internal__: { migrations: { version: STORE_FORMAT_VERSION } },
	});
});

test('store: the config folder is --config-dir, else MARGINALIA_CONFIG_DIR, else ~/.config/marginalia', () => {
	assert.equal(configDirectory({ configDir: '/x/given', env: { MARGINALIA_CONFIG_DIR: '/x/env' } }), '/x/given');
	assert.equal(configDirectory({ env: { MARGINALIA_CONFIG_DIR: '/x/env' } }), '/x/env');
	assert.match(configDirectory({ env: {} }), /[\\/]marginalia$/);
	assert.doesNotMatch(configDirectory({ env: {} }), /nodejs/);
});

test('store: MARGINALIA_CONFIG_DIR from the given env is used', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store } = await openStore({ env: { MARGINALIA_CONFIG_DIR: dir } });
	assert.equal(store.path, join(dir, 'config.json'));
});

test('store: a highlight on disk holds selectors, fingerprint, note and times', async (t) => {
	const { store } = await openStore({ configDir: temporaryConfigDir(t) });
	const highlight = addQuote(store, 'no room for compromise', 'why it matters');
	assert.match(highlight.id, /^[0-9a-f]{12}$/);
	const onDisk = readJson(store.path).highlights as Record<string, unknown>;
	const { start, end } = rangeOf('no room for compromise');
	assert.deepEqual(onDisk, {
		[highlight.id]: {
			id: highlight.id,
			file: FILE,
			fingerprint: FINGERPRINT,
			exact: 'no room for compromise',
			prefix: ARTICLE_TEXT.slice(start - 32, start),
			suffix: ARTICLE_TEXT.slice(end, end + 32),
			start,
			end,
			note: 'why it matters',
			created: highlight.created,
			updated: highlight.created,
		},
	});
	assert.match(highlight.created, ISO);
	assert.ok(Object.isFrozen(highlight));
});

test('store: notes update in memory and on disk, with a new updated time', async (t) => {
	const { store } = await openStore({ configDir: temporaryConfigDir(t) });
	const highlight = addQuote(store);
	await new Promise((resolve) => setTimeout(resolve, 5));
	const changed = store.setNote(highlight.id, 'first line\nsecond line');
	assert.equal(changed.note, 'first line\nsecond line');
	assert.ok(changed.updated > highlight.updated);
	assert.equal(changed.created, highlight.created);
	assert.deepEqual(store.highlights(FILE), [changed]);
	const onDisk = (readJson(store.path).highlights as Record<string, { note: string }>)[highlight.id];
	assert.equal(onDisk?.note, 'first line\nsecond line');
	assert.throws(() => store.setNote('000000000000', 'x'), StoreError);
});

test('store: remove leaves a tombstone; restore (undo) brings the highlight back and drops the tombstone', async (t) => {
	const { store } = await openStore({ configDir: temporaryConfigDir(t) });
	const highlight = addQuote(store, 'no room for compromise', 'keep me');
	const removed = store.removeHighlight(highlight.id);
	assert.deepEqual(removed, highlight);
	assert.deepEqual(store.highlights(), []);
	let onDisk = readJson(store.path);
	assert.deepEqual(onDisk.highlights, {});
	assert.deepEqual(Object.keys(onDisk.tombstones as object), [highlight.id]);
	assert.match((onDisk.tombstones as Record<string, { deleted: string }>)[highlight.id]!.deleted, ISO);
	assert.equal(store.removeHighlight(highlight.id), undefined, 'a second remove finds nothing');

	store.restoreHighlight(removed!);
	assert.deepEqual(store.highlights(), [highlight]);
	onDisk = readJson(store.path);
	assert.deepEqual(onDisk.tombstones, {});
	assert.deepEqual((onDisk.highlights as Record<string, unknown>)[highlight.id], highlight);
});

test('store: highlights(file) filters by absolute path, in reading order', async (t) => {
	const { store } = await openStore({ configDir: temporaryConfigDir(t) });
	const later = addQuote(store, 'talks with his Zimbabwean');
	const earlier = addQuote(store, 'no room for compromise');
	const elsewhere = store.addHighlight({ file: 'relative.txt', text: ARTICLE_TEXT, fingerprint: FINGERPRINT, start: 0, end: 6 });
	assert.equal(elsewhere.file, resolve('relative.txt'));
	assert.deepEqual(store.highlights(FILE).map((h) => h.id), [earlier.id, later.id]);
	assert.deepEqual(store.highlights('relative.txt').map((h) => h.id), [elsewhere.id]);
	assert.equal(store.highlights().length, 3);
});

test('store: a range outside the text is refused and nothing is written', async (t) => {
	const { store } = await openStore({ configDir: temporaryConfigDir(t) });
	const before = readFileSync(store.path, 'utf8');
	assert.throws(() => store.addHighlight({ file: FILE, text: ARTICLE_TEXT, fingerprint: FINGERPRINT, start: 5, end: 5 }), StoreError);
	assert.throws(() => store.addHighlight({ file: FILE, text: 'short', fingerprint: FINGERPRINT, start: 0, end: 50 }), StoreError);
	assert.equal(readFileSync(store.path, 'utf8'), before);
});

test('store: reading positions and settings, on disk', async (t) => {
	const { store } = await openStore({ configDir: temporaryConfigDir(t) });
	store.setPosition(FILE, { offset: 120.7, progress: 1.5, fingerprint: FINGERPRINT });
	const position = store.position(FILE);
	assert.deepEqual({ ...position, updated: undefined }, { offset: 120, progress: 1, fingerprint: FINGERPRINT, updated: undefined });
	assert.match(position!.updated, ISO);
	assert.equal(store.position('/library/other.txt'), undefined);

	store.setSetting('theme', 'mono');
	store.setSetting('library', '/home/me/news');
	store.setSetting('quoteColours', false);
	store.setSetting('library', undefined);
	assert.deepEqual(store.settings(), { theme: 'mono', quoteColours: false });
	const onDisk = readJson(store.path);
	assert.deepEqual(onDisk.settings, { theme: 'mono', quoteColours: false });
	assert.deepEqual(onDisk.positions, { [FILE]: position });
});

test('store: a value the schema refuses throws and changes nothing', async (t) => {
	const { store } = await openStore({ configDir: temporaryConfigDir(t) });
	store.setSetting('theme', 'dark');
	const before = readFileSync(store.path, 'utf8');
	// @ts-expect-error -- what a caller bypassing the types could pass
	assert.throws(() => store.setSetting('theme', 'neon'), /schema violation/);
	assert.equal(readFileSync(store.path, 'utf8'), before);
	assert.deepEqual(store.settings(), { theme: 'dark' });
});

test('store: two stores on one folder see each other after reload; each change starts from the file', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store: first } = await openStore({ configDir: dir });
	const { store: second } = await openStore({ configDir: dir });
	const a = addQuote(first, 'no room for compromise');
	const b = addQuote(second, 'talks with his Zimbabwean');
	assert.deepEqual(second.highlights().map((h) => h.id).sort(), [a.id, b.id].sort(), 'a change re-reads the file');
	assert.deepEqual(first.highlights().map((h) => h.id), [a.id], 'reads come from memory');
	first.reload();
	assert.equal(first.highlights().length, 2);
});

test('store: a highlight deleted by one store is not brought back by another that still holds it', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store: first } = await openStore({ configDir: dir });
	const highlight = addQuote(first);
	const { store: second } = await openStore({ configDir: dir });
	assert.equal(second.highlights().length, 1);
	first.removeHighlight(highlight.id);
	addQuote(second, 'talks with his Zimbabwean');
	assert.throws(() => second.setNote(highlight.id, 'too late'), /was deleted/);
	first.reload();
	second.reload();
	for (const store of [first, second]) assert.deepEqual(store.highlights().map((h) => h.exact), ['talks with his Zimbabwean']);
});

test('store: a file moved or renamed takes its highlights and reading position along', async (t) => {
	const { store } = await openStore({ configDir: temporaryConfigDir(t) });
	addQuote(store);
	addQuote(store, 'talks with his Zimbabwean');
	store.setPosition(FILE, { offset: 10, progress: 0.5, fingerprint: FINGERPRINT });
	assert.equal(store.moveFile(FILE, '/library/renamed.txt'), 2);
	assert.equal(store.highlights(FILE).length, 0);
	assert.equal(store.highlights('/library/renamed.txt').length, 2);
	assert.equal(store.position(FILE), undefined);
	assert.equal(store.position('/library/renamed.txt')?.offset, 10);
});

const OLD_FORMAT = {
	theme: 'light',
	positions: { '/library/lavrov.txt': 321 },
	highlights: [
		{ id: 'old1', file: '/library/lavrov.txt', text: 'no room for compromise', start: 120, end: 142, note: 'from 0.x', created: '2025-05-01T10:00:00.000Z' },
		{ id: 'old2', file: '/library/lavrov.txt', text: 'Zimbabwean', start: 200, end: 210, created: '2025-05-02T10:00:00.000Z' },
	],
};

test('store: migration from the first format (highlights array, bare offsets, top-level settings), on disk', async (t) => {
	const dir = temporaryConfigDir(t);
	writeFileSync(join(dir, 'config.json'), JSON.stringify(OLD_FORMAT));
	const { store, warning } = await openStore({ configDir: dir });
	assert.equal(warning, null);
	const onDisk = readJson(store.path);
	assert.deepEqual(onDisk, {
		settings: { theme: 'light' },
		positions: { '/library/lavrov.txt': { offset: 321, progress: 0, fingerprint: '', updated: '1970-01-01T00:00:00.000Z' } },
		highlights: {
			old1: {
				id: 'old1',
				file: '/library/lavrov.txt',
				fingerprint: '',
				exact: 'no room for compromise',
				prefix: '',
				suffix: '',
				start: 120,
				end: 142,
				note: 'from 0.x',
				created: '2025-05-01T10:00:00.000Z',
				updated: '2025-05-01T10:00:00.000Z',
			},
			old2: {
				id: 'old2',
				file: '/library/lavrov.txt',
				fingerprint: '',
				exact: 'Zimbabwean',
				prefix: '',
				suffix: '',
				start: 200,
				end: 210,
				note: '',
				created: '2025-05-02T10:00:00.000Z',
				updated: '2025-05-02T10:00:00.000Z',
			},
		},
		tombstones: {},
		__internal__: { migrations: { version: STORE_FORMAT_VERSION } },
	});
	assert.deepEqual(store.settings(), { theme: 'light' });
	assert.equal(store.highlights().length, 2);
});

test('store: the migration is a no-op on data already in format 1', () => {
	const once = migrateToFormat1(OLD_FORMAT);
	assert.deepEqual(migrateToFormat1(once), once);
});

test('store: a file from a newer format is refused and left untouched', async (t) => {
	const dir = temporaryConfigDir(t);
	const newer = JSON.stringify({ highlights: {}, __internal__: { migrations: { version: '9.0.0' } } });
	writeFileSync(join(dir, 'config.json'), newer);
	await assert.rejects(openStore({ configDir: dir }), NewerFormatError);
	assert.equal(readFileSync(join(dir, 'config.json'), 'utf8'), newer);
	assert.ok(!existsSync(join(dir, 'config.json.lock')), 'the lock is released');
});

test('store: tombstones older than 90 days are dropped on the next write; recent ones stay', async (t) => {
	const dir = temporaryConfigDir(t);
	const recent = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
	writeFileSync(
		join(dir, 'config.json'),
		JSON.stringify({
			settings: {},
			positions: {},
			highlights: {},
			tombstones: { old: { deleted: '2020-01-01T00:00:00.000Z' }, recent: { deleted: recent } },
			__internal__: { migrations: { version: STORE_FORMAT_VERSION } },
		}),
	);
	const { store } = await openStore({ configDir: dir });
	store.setSetting('theme', 'auto');
	assert.deepEqual(readJson(store.path).tombstones, { recent: { deleted: recent } });
});

test('store: the schema is valid JSON Schema, and the validator compiled from it (committed) is up to date', async () => {
	const { Ajv } = await import('ajv');
	const { STORE_SCHEMA } = await import('../../source/store/format.js');
	assert.doesNotThrow(() => new Ajv({ allErrors: true }).compile({ type: 'object', properties: STORE_SCHEMA }));
	const { GENERATED, storeValidatorSource } = await import('../../scripts/store-validator.js');
	assert.equal(readFileSync(GENERATED, 'utf8'), storeValidatorSource(), 'run: npx tsx scripts/store-validator.ts --write');
});
