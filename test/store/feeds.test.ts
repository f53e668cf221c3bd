import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../source/store/index.js';
import { readJson, temporaryConfigDir } from '../helpers/store-fixtures.js';

const URL_A = 'https://a.test/feed.xml';
const URL_B = 'https://b.test/atom';

test('store feeds: subscriptions are written to the file and read back in the order they were added', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store } = await openStore({ configDir: dir });
	assert.deepEqual(store.addFeed({ url: URL_A, title: 'A' }).added, true);
	assert.deepEqual(store.addFeed({ url: URL_A, title: 'A again' }).added, false);
	store.addFeed({ url: URL_B, title: null });
	const onDisk = readJson(store.path).feeds as Record<string, { title: string | null; seen: object; etag: string | null }>;
	assert.deepEqual(Object.keys(onDisk).sort(), [URL_A, URL_B]);
	assert.equal(onDisk[URL_A]!.title, 'A');
	assert.deepEqual(onDisk[URL_A]!.seen, {});
	const { store: other } = await openStore({ configDir: dir });
	assert.deepEqual(other.feeds().map((feed) => feed.url), [URL_A, URL_B]);
});

test('store feeds: another process’s changes are kept: a refresh merges into the file as it is now, and never revives a removed feed', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store: first } = await openStore({ configDir: dir });
	const { store: second } = await openStore({ configDir: dir });
	first.addFeed({ url: URL_A, title: 'A' });
	second.addFeed({ url: URL_B, title: 'B' });
	first.reload();
	assert.deepEqual(first.feeds().map((feed) => feed.url), [URL_A, URL_B], 'the second subscription did not replace the first');

	// Two refreshes at once: each applies its change to the file as it is at that moment.
	first.updateFeed(URL_A, (feed) => ({ ...feed, seen: { ...feed.seen, one: '2025-01-01T00:00:00Z' } }));
	second.updateFeed(URL_A, (feed) => ({ ...feed, seen: { ...feed.seen, two: '2025-01-02T00:00:00Z' }, etag: '"x"' }));
	first.reload();
	assert.deepEqual(Object.keys(first.feeds().find((feed) => feed.url === URL_A)!.seen).sort(), ['one', 'two']);

	second.removeFeed(URL_B);
	assert.equal(first.updateFeed(URL_B, (feed) => ({ ...feed, error: 'late' })), undefined);
	first.reload();
	assert.deepEqual(first.feeds().map((feed) => feed.url), [URL_A]);
	assert.equal(first.feeds()[0]!.etag, '"x"');
});

test('store feeds: a hand-edited entry missing fields is completed, and a wrong type is damage (moved aside, not lost)', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store } = await openStore({ configDir: dir });
	store.addFeed({ url: URL_A, title: 'A' });
	const { writeFileSync } = await import('node:fs');
	const data = readJson(store.path);
	data.feeds = { [URL_A]: { url: URL_A, added: '2025-01-01T00:00:00Z' } };
	writeFileSync(store.path, JSON.stringify(data));
	store.reload();
	assert.deepEqual(store.feeds()[0], { url: URL_A, title: null, added: '2025-01-01T00:00:00Z', lastFetched: null, error: null, etag: null, lastModified: null, items: 0, seen: {} });
	data.feeds = { [URL_A]: { url: URL_A, added: '2025-01-01T00:00:00Z', items: 'many' } };
	writeFileSync(store.path, JSON.stringify(data));
	const reopened = await openStore({ configDir: dir });
	assert.match(reopened.warning ?? '', /could not be read/);
	assert.deepEqual(reopened.store.feeds(), []);
});
