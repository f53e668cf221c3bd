import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore } from '../../source/store/index.js';
import { ARRIVAL_LIFETIME_MS, withArrivals } from '../../source/store/arrivals.js';
import type { StoreData } from '../../source/store/format.js';
import { readJson, temporaryConfigDir } from '../helpers/store-fixtures.js';

test('new articles: marked in the file, seen by another window, cleared by opening (in the file too)', async (t) => {
	const dir = temporaryConfigDir(t);
	const library = join(dir, 'library');
	const [ferry, storm] = [join(library, 'ferry.txt'), join(library, 'storm.txt')];
	const { store } = await openStore({ configDir: dir });
	store.markArrived([ferry, storm]);
	assert.deepEqual(Object.keys(readJson(store.path).arrivals as object).sort(), [ferry, storm]);
	const { store: other } = await openStore({ configDir: dir });
	assert.equal(other.isNew(ferry), true);
	assert.equal(other.isNew(join(library, 'tide.txt')), false);
	other.markOpened(ferry);
	assert.deepEqual(Object.keys(readJson(store.path).arrivals as object), [storm]);
	store.reload();
	assert.equal(store.isNew(ferry), false, 'the first window sees it opened once it reads the file again');
	store.markArrived([join(library, 'tide.txt')]);
	assert.deepEqual(Object.keys(readJson(store.path).arrivals as object).sort(), [storm, join(library, 'tide.txt')], 'a change on a fresh read keeps the other window’s');
});

test('a mark older than its lifetime is dropped when new ones come', () => {
	const now = new Date('2026-06-01T00:00:00Z');
	const data: StoreData = { arrivals: { '/old.txt': { arrived: new Date(now.getTime() - ARRIVAL_LIFETIME_MS - 1000).toISOString() }, '/recent.txt': { arrived: '2026-05-30T00:00:00Z' } } };
	withArrivals(data, ['/new.txt'], now);
	assert.deepEqual(Object.keys(data.arrivals!).sort(), ['/new.txt', '/recent.txt']);
});
