import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexProgress } from '../../source/commands/progress.js';

function run(stderrIsTerminal: boolean, events: readonly [at: number, done: number][]): string {
	let out = '';
	let now = 0;
	const progress = indexProgress({ stderr: (chunk) => (out += chunk), stderrIsTerminal }, () => now);
	for (const [at, done] of events) {
		now = at;
		progress.report({ done, total: 10_000 });
	}
	progress.done();
	return out;
}

test('a quick build says nothing, on a terminal or in a pipe', () => {
	assert.equal(run(true, [[0, 0], [100, 5_000], [250, 10_000]]), '');
	assert.equal(run(false, [[0, 0], [1_500, 10_000]]), '');
});

test('on a terminal one line is redrawn in place and cleared at the end', () => {
	const out = run(true, [[0, 0], [350, 1_200], [380, 1_300], [500, 2_500]]);
	assert.equal(out, '\r\u001b[2Kmarginalia: indexing the library: 1,200 of 10,000 articles\r\u001b[2Kmarginalia: indexing the library: 2,500 of 10,000 articles\r\u001b[2K');
});

test('in a pipe, a line every two seconds', () => {
	assert.equal(run(false, [[0, 0], [2_100, 3_000], [3_000, 4_000], [4_200, 6_000]]), 'marginalia: indexing the library: 3,000 of 10,000 articles\nmarginalia: indexing the library: 6,000 of 10,000 articles\n');
});
