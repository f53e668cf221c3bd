// A huge article as the app opens it: an 11 MB file of 60,000 paragraphs.
//  - its first page: read, parsed, laid out and its quotes worked out near it, as the reader does
//    (ArticleReading); and the built app started on it in a terminal, beside the app started on a seed article;
//  - a page turn in the app (Space to the next frame, the App rendered in this process) in it, beside one in a
//    seed article, while the rest is worked out between keys, with no time between keys, and once all is known;
//  - the slices of background work (how long one can hold up a key);
//  - the app's resident memory (the process in the terminal) while it works the whole article out, and that of
//    the process that counts its quotes for the library index.
// Run: npm run bench:huge   (needs a built dist/ and tmux for the terminal figures; prints figures and their
// targets; asserts nothing)
import './lib/production.js';
import { createElement } from 'react';
import { render } from 'ink-testing-library';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../source/core/article/article.js';
import { ArticleReading } from '../source/core/reader/article-reading.js';
import { Library } from '../source/library/index/library.js';
import { loadArticle, readArticleFile, type LoadedArticle } from '../source/library/load.js';
import { readLargeUnindexed } from '../source/library/unindexed.js';
import { openStore } from '../source/store/index.js';
import { App } from '../source/ui/app/App.js';
import { loadScreens } from '../source/ui/app/screen-modules.js';
import { COLOUR_THEME } from '../source/ui/theme.js';
import { reportTarget } from './lib/targets.js';
import { BenchTerminal, childrenOf, hasTmux, residentMb } from './lib/terminal.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WIDTH = 80;
const COLUMNS = 100;
const ROWS = 40;
const PARAGRAPHS = 60_000;
const TURNS = 60;
const TARGETS = { firstPageMs: 1_000, pageTurnRatio: 1.5, residentMb: 300 };

const SEED_FILE = join(ROOT, 'articles/russia-warns-peacekeepers-direct-confrontation.txt');
const seeds = [SEED_FILE, join(ROOT, 'articles/lavrov-no-compromise-on-peacekeepers.txt')].map((path) => parseArticle(readFileSync(path)));

function hugeText(): string {
	const body = seeds.flatMap((article) => article.paragraphs.filter((p) => p.kind === 'body').map((p) => article.text.slice(p.start, p.end)));
	return `A very long read about peacekeepers\n\n${Array.from({ length: PARAGRAPHS }, (_, i) => body[i % body.length]).join('\n\n')}\n`;
}

function percentile(samples: readonly number[], share: number): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

const median = (samples: readonly number[]) => percentile(samples, 0.5);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const row = (label: string, value: string, note = '') => console.log(`${label.padEnd(52)}${value.padStart(12)}  ${note}`);
const verdict = (met: boolean) => (met ? 'ok' : 'OVER');

/** The first page as the reader works it out: read, parsed, laid out as far as the page, its quotes near it. */
async function firstPage(file: string) {
	const began = performance.now();
	const bytes = await readArticleFile(file);
	const read = performance.now();
	const article = parseArticle(bytes);
	const parsed = performance.now();
	const reading = new ArticleReading(article, 8);
	const context = reading.context(WIDTH, false, ROWS - 7);
	reading.showPage(context, 0, ROWS - 7);
	const shown = performance.now();
	return { bytes: bytes.length, article, reading, read: read - began, parse: parsed - read, total: shown - began };
}

/** Each slice of the background work, timed: the longest is how long it can hold up a key. */
function backgroundSlices(reading: ArticleReading) {
	const slices = { layout: [] as number[], quotes: [] as number[] };
	for (;;) {
		const start = performance.now();
		const done = reading.work();
		if (!done) return slices;
		slices[done].push(performance.now() - start);
	}
}

/**
 * The App in this process, opened on `entry` as `marginalia FILE` opens it: Space pressed `turns` times (b on
 * the last page), each timed from the key to the frame showing the next page. `gapMs` between keys: the background works in them
 * (it waits 60 ms after a key); 0 is a key held down, where each page is worked out as it comes.
 */
async function pageTurns(entry: LoadedArticle, configDir: string, turns: number, gapMs: number, workOutFirst = false): Promise<number[]> {
	const { store } = await openStore({ configDir });
	await loadScreens();
	const app = render(
		createElement(App, {
			listing: { articles: [entry], unreadable: [], problem: null },
			store,
			theme: COLOUR_THEME,
			copy: () => ({ via: 'none' }),
			openUrl: () => ({ via: 'none' }),
			loadNotes: async () => ({ entries: [], articles: new Map(), notices: [] }),
			openAtStart: 0,
		}),
	);
	Object.defineProperty(app.stdout, 'columns', { value: COLUMNS, configurable: true });
	Object.defineProperty(app.stdout, 'rows', { value: ROWS, configurable: true });
	app.stdout.emit('resize');
	const page = () => Number(/page (\d+)\//.exec(app.lastFrame() ?? '')?.[1] ?? 0);
	const pages = () => /page \d+\/(~?)(\d+)/.exec(app.lastFrame() ?? '');
	const stuck = (what: string) => new Error(`bench/huge: no ${what}; the frame was:\n${app.lastFrame()}`);
	const opening = Date.now() + 30_000;
	// Drawn at the size set (the first frame is drawn before it: 24 rows).
	while (page() !== 1 || (app.lastFrame() ?? '').split('\n').length < ROWS - 2) {
		if (Date.now() > opening) throw stuck('first page');
		await sleep(5);
	}
	// Everything worked out first: the page count exact and the quotes' speakers no longer growing.
	if (workOutFirst) while (pages()?.[1] === '~' || (await settled(app.lastFrame)) === false) await sleep(100);
	const samples: number[] = [];
	for (let turn = 0; turn < turns; turn++) {
		if (gapMs > 0) await sleep(gapMs);
		const from = page();
		// On the last page (a seed article has two), a page back: a page turn too.
		const last = pages();
		const atEnd = last !== null && last[1] === '' && Number(last[2]) === from;
		const start = performance.now();
		app.stdin.write(atEnd ? 'b' : ' ');
		const deadline = Date.now() + 10_000;
		while (page() === from) {
			if (Date.now() > deadline) throw stuck(`page turn from page ${from}`);
			await new Promise((resolve) => setImmediate(resolve));
		}
		samples.push(performance.now() - start);
	}
	app.unmount();
	return samples;
}

/** Whether the speakers' counts stayed the same for half a second (the quotes are all counted). */
async function settled(frame: () => string | undefined): Promise<boolean> {
	const before = frame()?.split('\n').find((line) => line.includes('Quoted:'));
	await sleep(500);
	return frame()?.split('\n').find((line) => line.includes('Quoted:')) === before;
}

/** The built app started on `file` in a terminal: its first page, and its memory while it works out the rest (for `watchMs`). */
async function inTerminal(terminal: BenchTerminal, file: string, configDir: string, watchMs: number) {
	const command = `cd ${JSON.stringify(ROOT)} && env -u CI MARGINALIA_CONFIG_DIR=${JSON.stringify(configDir)} MARGINALIA_CACHE_DIR=${JSON.stringify(join(configDir, 'cache'))} node dist/cli.js ${JSON.stringify(file)}`;
	const { ms, session } = await terminal.timeToScreen(command, 'page 1/', { keep: true });
	const pid = terminal.pidOf(session);
	let appPeak = 0;
	let childPeak = 0;
	let appNow = 0;
	const until = Date.now() + watchMs;
	while (Date.now() < until) {
		const app = residentMb(pid);
		if (!app) break;
		appPeak = Math.max(appPeak, app.peak);
		appNow = app.now;
		for (const child of childrenOf(pid)) childPeak = Math.max(childPeak, residentMb(child)?.peak ?? 0);
		await sleep(100);
	}
	const exact = !/page 1\/~/.test(terminal.screen(session));
	terminal.end(session);
	return { firstPageMs: ms, appPeak, appNow, childPeak, exact };
}

const dir = mkdtempSync(join(tmpdir(), 'marginalia-bench-huge-'));
try {
	const file = join(dir, 'huge.txt');
	writeFileSync(file, hugeText());

	// The core's part of opening it, and the rest in slices.
	const progress = (what: string) => process.stderr.write(`bench/huge: ${what}\n`);
	progress('the first page and the rest in slices');
	const huge = await firstPage(file);
	const slices = backgroundSlices(huge.reading);
	const sum = (samples: number[]) => samples.reduce((a, b) => a + b, 0);
	const sliceSummary = (samples: number[]) => `median ${median(samples).toFixed(0)} ms, 99th ${percentile(samples, 0.99).toFixed(0)} ms, longest ${Math.max(...samples).toFixed(0)} ms`;

	// Page turns in the app, in this process. The huge article opens as the app opens it, not yet counted.
	const library = Library.open([file], { cacheDir: join(dir, 'cache') });
	const hugeEntry = (await readLargeUnindexed(library, file))!;
	const seedEntry = await loadArticle(SEED_FILE);
	const config = (name: string) => mkdtempSync(join(dir, `${name}-`));
	progress('page turns in the app');
	const seedTurns = await pageTurns(seedEntry, config('seed'), TURNS, 100);
	const hugeTurns = await pageTurns(hugeEntry, config('huge'), TURNS, 100);
	const heldTurns = await pageTurns(hugeEntry, config('held'), TURNS, 0);
	const knownTurns = await pageTurns(hugeEntry, config('known'), TURNS, 100, true);

	const ratio = median(hugeTurns) / median(seedTurns);
	row('article', `${(huge.bytes / 1024 / 1024).toFixed(1)} MB`, `${huge.article.paragraphs.length.toLocaleString('en-US')} paragraphs, ${huge.article.words.toLocaleString('en-US')} words`);
	row('read', `${huge.read.toFixed(0)} ms`);
	row('parse', `${huge.parse.toFixed(0)} ms`);
	row('first page (read, parse, lay out, quotes near it)', `${huge.total.toFixed(0)} ms`, `target < ${TARGETS.firstPageMs} ms ${verdict(huge.total < TARGETS.firstPageMs)}`);
	reportTarget('11 MB article, first page (read, parse, lay out, quotes near it)', `${huge.total.toFixed(0)} ms`, `< ${TARGETS.firstPageMs} ms`, huge.total < TARGETS.firstPageMs);
	row(`the rest: layout in ${slices.layout.length} slices`, `${(sum(slices.layout) / 1000).toFixed(1)} s`, sliceSummary(slices.layout));
	row(`the rest: quotes in ${slices.quotes.length} slices`, `${(sum(slices.quotes) / 1000).toFixed(1)} s`, sliceSummary(slices.quotes));
	const turnSummary = (samples: number[]) => `${median(samples).toFixed(1)} ms`;
	row('page turn in the app, seed article', turnSummary(seedTurns), `90th ${percentile(seedTurns, 0.9).toFixed(1)} ms`);
	row('page turn, huge article, while worked out', turnSummary(hugeTurns), `90th ${percentile(hugeTurns, 0.9).toFixed(1)} ms; ratio ${ratio.toFixed(2)}× (target ≤ ${TARGETS.pageTurnRatio}×) ${verdict(ratio <= TARGETS.pageTurnRatio)}`);
	reportTarget('page turn in the 11 MB article / in a seed article (the app, median)', `${ratio.toFixed(2)}×`, `≤ ${TARGETS.pageTurnRatio}×`, ratio <= TARGETS.pageTurnRatio);
	row('page turn, huge article, a key held down', turnSummary(heldTurns), `90th ${percentile(heldTurns, 0.9).toFixed(1)} ms; ratio ${(median(heldTurns) / median(seedTurns)).toFixed(2)}× (worst case)`);
	row('page turn, huge article, all worked out', turnSummary(knownTurns), `90th ${percentile(knownTurns, 0.9).toFixed(1)} ms; ratio ${(median(knownTurns) / median(seedTurns)).toFixed(2)}×`);

	if (hasTmux()) {
		progress('the app in a terminal');
		const terminal = new BenchTerminal();
		try {
			// First pages: three starts on each, interleaved (the machine's load weighs on both alike), each with a
			// new config and cache (the large article not indexed yet, as the first time); then the memory of one.
			const seedStarts: number[] = [];
			const hugeStarts: number[] = [];
			for (let run = 0; run < 3; run++) {
				seedStarts.push((await inTerminal(terminal, SEED_FILE, config('term-seed'), 0)).firstPageMs);
				hugeStarts.push((await inTerminal(terminal, file, config('term-huge'), 0)).firstPageMs);
			}
			const hugeApp = await inTerminal(terminal, file, config('term-memory'), 20_000);
			const more = median(hugeStarts) - median(seedStarts);
			row('the app started on it (tmux): first page', `${median(hugeStarts)} ms`, `median of 3; on a seed article ${median(seedStarts)} ms: ${more} ms more (target < ${TARGETS.firstPageMs}) ${verdict(more < TARGETS.firstPageMs)}`);
			reportTarget('the app on the 11 MB article: first page, beyond the time on a seed article (tmux, median of 3)', `${more} ms`, `< ${TARGETS.firstPageMs} ms`, more < TARGETS.firstPageMs);
			row('the app (tmux): resident memory, peak in 20 s', `${hugeApp.appPeak.toFixed(0)} MB`, `${hugeApp.appNow.toFixed(0)} MB at the end; target < ${TARGETS.residentMb} MB ${verdict(hugeApp.appPeak < TARGETS.residentMb)}${hugeApp.exact ? '' : ' (not all worked out in 20 s)'}`);
			reportTarget('the app working out the 11 MB article: resident memory, peak (tmux)', `${hugeApp.appPeak.toFixed(0)} MB`, `< ${TARGETS.residentMb} MB`, hugeApp.appPeak < TARGETS.residentMb);
			row('  and its process counting the quotes for the index', `${hugeApp.childPeak.toFixed(0)} MB`, 'peak, for a few seconds (its memory is given back when it ends)');
		} finally {
			terminal.close();
		}
	} else {
		console.log('(no tmux: the app in a terminal is not measured)');
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
