import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { temporaryFolder } from '../helpers/temp.js';
import { Terminal } from '../helpers/tmux.js';

const terminal = new Terminal();
after(() => terminal.kill());

test('in a real terminal: s and a query typed in one go, a hit opened, n to the next, back to the hits', async () => {
	assert.equal(spawnSync('tmux', ['-V']).status, 0, 'tmux is required for this test (CI installs it)');
	// A new config and cache folder: the index is built while the library is on screen.
	terminal.start(temporaryFolder('marginalia-e2e-search-'), 100, 30);
	await terminal.waitFor((s) => s.includes('2 articles'), 'the library, its rows read');
	// One send-keys: the terminal hands the app the whole string as one chunk, as a fast typist does.
	terminal.keys('speacekeepers');
	let text = await terminal.waitFor((s) => s.includes('5 hits in 2 articles'), 'the hits');
	assert.match(text, /s› peacekeepers/, 'every key typed right after s is in the query');
	assert.match(text, /quote\s+…the form of peacekeepers/);
	terminal.keys('Down', 'Enter');
	text = await terminal.waitFor((s) => s.includes('hit 2 of 5'), 'the reader at the second hit');
	const focused = text.split('\n').find((line) => line.includes('▌'));
	assert.match(focused ?? '', /peacekeepers/, 'the hit has the focus, on screen');
	terminal.keys('n');
	await terminal.waitFor((s) => s.includes('hit 3 of 5'), 'n: the next hit');
	terminal.keys('q');
	await terminal.waitFor((s) => s.includes('5 hits in 2 articles'), 'q: back to the hits');
	terminal.keys('q', 'q');
	text = await terminal.waitFor((s) => s.includes('EXIT='), 'the process to end');
	assert.match(text, /EXIT=0/);
});
