import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseFiles } from '../../source/library/index/analyse-pool.js';
import { isAnalysed, type AnalyseResult } from '../../source/library/index/analyse.js';
import { LARGE_FILE_BYTES } from '../../source/library/large-file.js';
import { largeArticleText } from '../helpers/large-article.js';
import { temporaryFolder } from '../helpers/temp.js';

test('a large article is counted in a process of its own: the app keeps answering while it is analysed', async () => {
	const folder = temporaryFolder();
	const large = join(folder, 'long-read.txt');
	writeFileSync(large, largeArticleText(LARGE_FILE_BYTES + 200_000));
	const small = join(folder, 'short.txt');
	writeFileSync(small, 'Harbour reopens\n\n“The harbour reopens on Monday,” said Jo Bloggs.\n');

	// What the app's own thread can do meanwhile: a timer every 10 ms; the longest wait between two ticks.
	let last = performance.now();
	let longestWait = 0;
	const timer = setInterval(() => {
		const now = performance.now();
		longestWait = Math.max(longestWait, now - last);
		last = now;
	}, 10);
	const results: AnalyseResult[] = [];
	const began = performance.now();
	// threads 0: few files are analysed on this thread, as the app does for a small library; the large one is not.
	await analyseFiles([large, small], (result) => results.push(result), { threads: 0 }).finally(() => clearInterval(timer));
	const took = performance.now() - began;

	const byPath = new Map(results.map((result) => [result.path, result]));
	const analysed = byPath.get(large);
	assert.ok(analysed && isAnalysed(analysed), 'the large article is analysed');
	assert.ok(analysed.article.quotes > 500, `its quotes are counted (${analysed.article.quotes})`);
	assert.deepEqual(analysed.article.speakers.slice(0, 2).map((speaker) => speaker.name).sort(), ['Maria Zakharova', 'Sergey Lavrov']);
	assert.ok(isAnalysed(byPath.get(small)!), 'the small one too');
	assert.ok(longestWait < took / 3, `the longest wait of the app's timer (${longestWait.toFixed(0)} ms) is a small part of the analysis (${took.toFixed(0)} ms)`);
});

test('a large article its process runs out of memory on is told as not analysed, and the other files are analysed', async () => {
	const folder = temporaryFolder();
	const large = join(folder, 'long-read.txt');
	writeFileSync(large, largeArticleText(LARGE_FILE_BYTES + 200_000));
	const small = join(folder, 'short.txt');
	writeFileSync(small, 'Harbour reopens\n\n“The harbour reopens on Monday,” said Jo Bloggs.\n');
	const results: AnalyseResult[] = [];
	// A heap far too small for it: the process ends, the app does not.
	await analyseFiles([large, small], (result) => results.push(result), { threads: 0, largeFileHeapMb: 16 });
	const byPath = new Map(results.map((result) => [result.path, result]));
	assert.deepEqual(byPath.get(large), { path: large, problem: 'could not be analysed (out of memory)' });
	assert.ok(isAnalysed(byPath.get(small)!));
});
