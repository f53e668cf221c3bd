import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../source/store/index.js';
import { STORE_FORMAT_VERSION } from '../../source/store/format.js';
import { ARTICLE_TEXT, rangeOf, readJson, temporaryConfigDir } from '../helpers/store-fixtures.js';

const FRESH = {
	settings: {},
	positions: {},
	highlights: {},
	tombstones: {},
	__internal__: { migrations: { version: STORE_FORMAT_VERSION } },
};

function damagedFiles(dir: string): string[] {
	return readdirSync(dir).filter((name) => /^config\.damaged-.+\.json$/.test(name));
}

async function opensFreshKeepingDamaged(dir: string, damaged: string) {
	writeFileSync(join(dir, 'config.json'), damaged);
	const { store, warning } = await openStore({ configDir: dir });
	const aside = damagedFiles(dir);
	assert.equal(aside.length, 1, 'the damaged file is moved beside the new one');
	const asidePath = join(dir, aside[0]!);
	assert.equal(readFileSync(asidePath, 'utf8'), damaged, 'its content is intact');
	assert.ok(warning?.includes(asidePath), `the warning says where it is: ${warning}`);
	assert.deepEqual(readJson(store.path), FRESH, 'a fresh store starts');
	store.addHighlight({ file: '/library/a.txt', text: ARTICLE_TEXT, fingerprint: 'f', ...rangeOf('no room for compromise') });
	assert.equal(store.highlights().length, 1, 'and works');
	return { warning: warning!, asidePath };
}

test('damaged config: bad JSON is moved aside, with a warning, and a fresh store starts', async (t) => {
	const dir = temporaryConfigDir(t);
	const { warning } = await opensFreshKeepingDamaged(dir, '{"highlights": {"abc": {"id": "abc", "note": "my precious no');
	assert.match(warning, /not valid JSON/);
	assert.match(warning, /config\.damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json/);
});

test('damaged config: a schema violation is moved aside the same way', async (t) => {
	const dir = temporaryConfigDir(t);
	const damaged = JSON.stringify({
		highlights: { abc: { id: 'abc', file: '/x.txt', exact: 'words', start: 'twelve', note: 'my note' } },
		__internal__: { migrations: { version: STORE_FORMAT_VERSION } },
	});
	const { warning } = await opensFreshKeepingDamaged(dir, damaged);
	assert.match(warning, /schema violation/);
});

test('damaged config: valid JSON that is not an object is not silently emptied', async (t) => {
	for (const damaged of ['[1, 2, 3]', 'null', '"a string"']) {
		const dir = temporaryConfigDir(t);
		const { warning } = await opensFreshKeepingDamaged(dir, damaged);
		assert.match(warning, /not a JSON object/);
	}
});

test('damaged config: an old-format file that cannot be migrated is kept, not half-converted', async (t) => {
	const dir = temporaryConfigDir(t);
	await opensFreshKeepingDamaged(dir, JSON.stringify({ highlights: [{ text: 'no id here' }] }));
});

test('damaged config: a file damaged while open is moved aside on the next change, and nothing held is lost', async (t) => {
	const dir = temporaryConfigDir(t);
	const warnings: string[] = [];
	const { store } = await openStore({ configDir: dir, onWarning: (message) => warnings.push(message) });
	const first = store.addHighlight({ file: '/library/a.txt', text: ARTICLE_TEXT, fingerprint: 'f', ...rangeOf('no room for compromise'), note: 'mine' });
	writeFileSync(store.path, '{ this is not json');
	const second = store.addHighlight({ file: '/library/a.txt', text: ARTICLE_TEXT, fingerprint: 'f', ...rangeOf('Zimbabwean') });
	assert.equal(warnings.length, 1);
	const aside = damagedFiles(dir);
	assert.equal(aside.length, 1);
	assert.equal(readFileSync(join(dir, aside[0]!), 'utf8'), '{ this is not json');
	assert.ok(warnings[0]!.includes(join(dir, aside[0]!)));
	const onDisk = readJson(store.path).highlights as Record<string, { note: string }>;
	assert.deepEqual(Object.keys(onDisk).sort(), [first.id, second.id].sort());
	assert.equal(onDisk[first.id]?.note, 'mine');
});

test('damaged config: two damaged files in a row both survive', async (t) => {
	const dir = temporaryConfigDir(t);
	writeFileSync(join(dir, 'config.json'), '{1');
	await openStore({ configDir: dir });
	writeFileSync(join(dir, 'config.json'), '{2');
	await openStore({ configDir: dir });
	const contents = damagedFiles(dir).map((name) => readFileSync(join(dir, name), 'utf8')).sort();
	assert.deepEqual(contents, ['{1', '{2']);
});
