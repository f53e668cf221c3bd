import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LiveSearch } from '../../source/library/index/live-search.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('typing searches once the keys pause, and only the latest query is reported', async () => {
	const searched: string[] = [];
	const reported: string[] = [];
	const live = new LiveSearch<string>({
		debounceMs: 20,
		search: async (query, signal) => {
			searched.push(query);
			await pause(query === 'pea' ? 60 : 1);
			signal.throwIfAborted();
			return query.toUpperCase();
		},
		onResult: (query, result) => reported.push(`${query}=${result}`),
	});
	for (const query of ['p', 'pe', 'pea']) live.type(query);
	await pause(40);
	assert.deepEqual(searched, ['pea'], 'keys in quick succession: one search');
	live.type('peace'); // overtakes the slow search for 'pea'
	await pause(120);
	assert.deepEqual(searched, ['pea', 'peace']);
	assert.deepEqual(reported, ['peace=PEACE'], 'the overtaken search is never reported');
	live.type('x');
	live.cancel();
	await pause(40);
	assert.deepEqual(searched, ['pea', 'peace'], 'cancelled before it started');
});
