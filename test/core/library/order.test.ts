import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextSort, orderLibrary, parseLibraryQuery, sortedIndexes, titleOrder, type LibraryRow } from '../../../source/core/library/order.js';

const row = (title: string, extra: Partial<LibraryRow> = {}): LibraryRow => ({ title, source: null, date: null, modified: 0, lastRead: null, speakers: [], ...extra });
const ROWS = [
	row('Beta harbour', { lastRead: '2026-01-02T00:00:00Z', date: '2025-01-01' }),
	row('alpha ferry', { date: '2025-06-01', speakers: ['Maria Zakharova'] }),
	row('Gamma bridge', { lastRead: '2026-01-03T00:00:00Z' }),
];

test('the library sorts by title, recently read (then title) and date; Tab cycles the three', () => {
	assert.deepEqual(orderLibrary(ROWS, 'title', ''), [1, 0, 2]);
	assert.deepEqual(orderLibrary(ROWS, 'recent', ''), [2, 0, 1]);
	assert.deepEqual(orderLibrary(ROWS, 'date', '').slice(0, 2), [1, 0]);
	assert.deepEqual([nextSort('recent'), nextSort('date'), nextSort('title')], ['date', 'title', 'recent']);
});

test('a query filters fuzzily by title, source and speaker', () => {
	assert.deepEqual(orderLibrary(ROWS, 'title', 'zakharva'), [1]);
	assert.deepEqual(orderLibrary(ROWS, 'title', 'harbor'), [0]);
});

test('feed:name keeps the articles of feeds whose title or address holds the name; the other words still filter fuzzily', () => {
	const rows = [
		row('Ferry services cancelled', { feed: 'The Daily Ledger https://ledger.example/feed.xml' }),
		row('Harbour wall repaired', { feed: ' https://coastal.example/rss' }),
		row('Harbour ferry returns'),
	];
	assert.deepEqual(orderLibrary(rows, 'title', 'feed:ledger'), [0]);
	assert.deepEqual(orderLibrary(rows, 'title', 'FEED:Coastal.example'), [1]);
	assert.deepEqual(orderLibrary(rows, 'title', 'feed:"daily ledger"'), [0]);
	assert.deepEqual(orderLibrary(rows, 'title', 'harbour feed:coastal'), [1]);
	assert.deepEqual(orderLibrary(rows, 'title', 'feed:nowhere'), []);
	assert.deepEqual(orderLibrary(rows, 'title', 'feed:'), [0, 2, 1], 'feed: with no name yet (being typed) filters nothing');
	assert.deepEqual(parseLibraryQuery('storm feed:"daily led'), { feeds: ['daily led'], words: 'storm' });
});

test('the date sort reads the front matter dates, time zones included, newest first', () => {
	const rows = [
		row('Late on the 2nd in New York', { date: '2025-11-02T23:30:00-05:00' }),
		row('Early on the 3rd in London', { date: '2025-11-03T01:00:00Z' }),
		row('Undated, changed long ago', { modified: Date.parse('2020-01-01') }),
		row('Just a day', { date: '2025-11-01' }),
	];
	// 23:30 in New York is 04:30 on the 3rd in London: the later of the two.
	assert.deepEqual(orderLibrary(rows, 'date', ''), [0, 1, 3, 2]);
});

test('one title sort serves every order: case and accents as a reader expects, the unread after the read', () => {
	const titles = ['fox', 'Émile', 'echo', 'Delta'];
	const byTitle = titleOrder(titles.length, (index) => titles[index]!);
	assert.deepEqual(byTitle.map((index) => titles[index]), ['Delta', 'echo', 'Émile', 'fox']);
	const keys = { byTitle, lastRead: new Map([[0, '2026-01-01T00:00:00Z']]), dateOf: (index: number) => [3, 1, 2, 1][index]! };
	assert.equal(sortedIndexes(keys, 'title'), byTitle, 'the title order is the one sorted once');
	assert.deepEqual(sortedIndexes(keys, 'recent'), [0, 3, 2, 1]);
	assert.deepEqual(sortedIndexes(keys, 'date'), [0, 2, 3, 1], 'newest first, the same date by title');
});
