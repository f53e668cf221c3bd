// The whole `marginalia quotes --json` process over 300 generated articles of about 700 words, against
// compromise's whole process (bench/compromise-process.mjs: load, read, quotations() + people()) on the same
// files. Module loading, parsing, paragraph kinds and JSON count on both sides. Both run on one thread (a second
// thread taking half the files was slower on two cores: V8 compiles and collects on the other core already).
// Run: npm run build && npx tsx bench/quotes-process.ts   (prints figures and the ratio; asserts nothing)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../source/core/article/article.js';
import { countWords } from '../source/core/text/article-text.js';
import { reportTarget } from './lib/targets.js';

const ARTICLES = 300;
const WORDS = 700;
const RUNS = 3;
const root = new URL('..', import.meta.url).pathname;

/** The body paragraphs of the articles written for the project: the seeds and the hand-written gold sets. */
function paragraphPool(): string[] {
	const folders = ['articles', ...['quotes', 'quotes-dev', 'quotes-dev2', 'quotes-hidden'].map((set) => `test/fixtures/${set}/articles`)];
	return folders.flatMap((folder) =>
		readdirSync(join(root, folder))
			.filter((name) => name.endsWith('.txt'))
			.flatMap((name) => {
				const article = parseArticle(readFileSync(join(root, folder, name)));
				return article.paragraphs.filter((paragraph) => paragraph.kind === 'body').map((paragraph) => article.text.slice(paragraph.start, paragraph.end));
			}),
	);
}

/** A small deterministic generator, so every run times the same articles. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

function writeArticles(folder: string): number {
	const pool = paragraphPool();
	const next = random(7);
	let words = 0;
	for (let n = 0; n < ARTICLES; n++) {
		const paragraphs: string[] = [];
		while (countWords(paragraphs.join('\n\n')) < WORDS) paragraphs.push(pool[Math.floor(next() * pool.length)]!);
		const text = `Generated article ${n + 1}: officials, unions and residents weigh in\n\n${paragraphs.join('\n\n')}\n`;
		words += countWords(text);
		writeFileSync(join(folder, `article-${String(n + 1).padStart(3, '0')}.txt`), text);
	}
	return words;
}

function runOnce(args: readonly string[]): number {
	const start = performance.now();
	const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
	const elapsed = performance.now() - start;
	if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
	return elapsed;
}

const median = (samples: readonly number[]): number => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

const folder = mkdtempSync(join(tmpdir(), 'marginalia-bench-'));
try {
	const words = writeArticles(folder);
	// Runs alternate, so that a busy moment on a shared machine falls on both sides alike.
	const oursSamples: number[] = [];
	const theirsSamples: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		oursSamples.push(runOnce(['dist/cli.js', 'quotes', '--json', folder]));
		theirsSamples.push(runOnce(['bench/compromise-process.mjs', folder]));
	}
	const ours = median(oursSamples);
	const theirs = median(theirsSamples);
	console.log(`${ARTICLES} articles, ${words.toLocaleString('en')} words (median of ${RUNS} runs each)`);
	console.log(`marginalia quotes --json:        ${ours.toFixed(0)} ms  ${Math.round((words / ours) * 1000).toLocaleString('en')} words/s`);
	console.log(`compromise quotations+people:    ${theirs.toFixed(0)} ms  ${Math.round((words / theirs) * 1000).toLocaleString('en')} words/s`);
	console.log(`ratio: ours takes ${(ours / theirs).toFixed(3)} of compromise's time, ${(theirs / ours).toFixed(1)}x faster (target: at most 0.1, 10x)`);
	reportTarget(`marginalia quotes --json over ${ARTICLES} articles / compromise's time`, `${(ours / theirs).toFixed(3)}`, '≤ 0.1', ours / theirs <= 0.1);
} finally {
	rmSync(folder, { recursive: true, force: true });
}
