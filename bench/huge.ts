// A huge article as the core can open it today: an 11 MB file of 60,000 paragraphs read, parsed, its first
// page laid out and its quotes worked out near that page (IncrementalLayout, SlicedQuoteAnalysis); a page
// turn in it beside one in a seed article; the longest slice of the background work; memory.
// Run: npm run bench:huge   (prints figures and ratios against the targets; asserts nothing)
// The reader screen does not use these yet (after issue 8): this measures the core's part of the targets.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArticle, type Article } from '../source/core/article/article.js';
import { assignSpeakerSlots, quoteDecorations, styleRange } from '../source/core/reader/decorations.js';
import { IncrementalLayout } from '../source/core/reader/layout.js';
import { SlicedQuoteAnalysis } from '../source/core/reader/quote-slices.js';
import { readArticleFile } from '../source/library/load.js';

const PAGE_HEIGHT = 40;
const WIDTH = 80;
const PARAGRAPHS = 60_000;
const SLICE_CHARACTERS = 50_000;
const TARGETS = { firstPageMs: 1_000, pageTurnRatio: 1.5, residentMb: 300 };

const seedFiles = ['articles/russia-warns-peacekeepers-direct-confrontation.txt', 'articles/lavrov-no-compromise-on-peacekeepers.txt'];
const seeds = seedFiles.map((path) => parseArticle(readFileSync(new URL(`../${path}`, import.meta.url))));

function hugeText(): string {
	const body = seeds.flatMap((article) => article.paragraphs.filter((p) => p.kind === 'body').map((p) => article.text.slice(p.start, p.end)));
	return `A very long read about peacekeepers\n\n${Array.from({ length: PARAGRAPHS }, (_, i) => body[i % body.length]).join('\n\n')}\n`;
}

interface Reader {
	readonly article: Article;
	readonly layout: IncrementalLayout;
	readonly quotes: SlicedQuoteAnalysis;
}

/** What opening needs for the page at `top`: its lines, the quotes near it, its styles. */
function showPage(reader: Reader, top: number): void {
	const { layout, quotes } = reader;
	// A page ahead is laid out too, so the next turn finds it.
	layout.ensureLines(top + 2 * PAGE_HEIGHT);
	const lines = layout.lines.slice(top, top + PAGE_HEIGHT);
	const paragraphs = lines.filter((line) => line.paragraph >= 0).map((line) => line.paragraph);
	if (paragraphs.length > 0) quotes.analyseAround(paragraphs[0]!, paragraphs.at(-1)! - paragraphs[0]!);
	// Only the quotes and mentions on this page (SlicedQuoteAnalysis.between): the cost does not grow with the article.
	const start = lines[0]?.start ?? 0;
	const end = lines.at(-1)?.end ?? start;
	const analysis = quotes.between(start, end);
	// Colours from every speaker found so far, so that a speaker keeps one colour from page to page.
	const decorations = quoteDecorations(analysis, assignSpeakerSlots(quotes.speakers().map((speaker) => speaker.name), 8));
	for (const line of lines) styleRange(line.start, line.end, decorations);
}

function open(article: Article): Reader {
	const reader: Reader = { article, layout: new IncrementalLayout(article, { width: WIDTH, unfold: false }), quotes: new SlicedQuoteAnalysis(article) };
	showPage(reader, 0);
	return reader;
}

function percentile(samples: number[], share: number): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

const median = (samples: number[]) => percentile(samples, 0.5);

/** Background work for up to `ms`: layout ahead first, then quotes nearest the page shown. */
function idle(reader: Reader, top: number, ms: number): void {
	const until = performance.now() + ms;
	while (performance.now() < until && (!reader.layout.complete || !reader.quotes.complete)) {
		if (!reader.layout.complete) reader.layout.layOutMore(SLICE_CHARACTERS);
		else reader.quotes.analyseNext(reader.layout.lines[top]?.paragraph ?? 0);
	}
}

/**
 * Median time of a page turn through the first pages. Between two turns the reader has `idleMs` for the
 * background slices (a person reading, or a held key repeating at 30 Hz); 0 is the worst case, where each
 * page is laid out and analysed as it comes.
 */
function pageTurns(reader: Reader, turns: number, idleMs = 0): number {
	const samples: number[] = [];
	let top = 0;
	for (let turn = 0; turn < turns; turn++) {
		const start = performance.now();
		top += PAGE_HEIGHT;
		if (reader.layout.complete && top >= reader.layout.lines.length) top = 0;
		showPage(reader, top);
		samples.push(performance.now() - start);
		if (idleMs > 0) idle(reader, top, idleMs);
	}
	return median(samples);
}

const dir = mkdtempSync(join(tmpdir(), 'marginalia-bench-huge-'));
try {
	const file = join(dir, 'huge.txt');
	writeFileSync(file, hugeText());
	const began = performance.now();
	const bytes = await readArticleFile(file);
	const read = performance.now();
	const article = parseArticle(bytes);
	const parsed = performance.now();
	const huge = open(article);
	const firstPage = performance.now();

	const seedTurn = pageTurns(open(seeds[0]!), 200);
	// Turned while the rest is not laid out or analysed yet. With no time between keys each new page is worked
	// out as it comes (the worst case); with a held key's 33 ms between turns, the slices keep ahead.
	const worstTurn = pageTurns(open(article), 100);
	const hugeTurn = pageTurns(open(article), 100, 33);

	// The background work: layout and quotes in slices, as the reader would run them between keys.
	const layoutSlices: number[] = [];
	const quoteSlices: number[] = [];
	while (!huge.layout.complete || !huge.quotes.complete) {
		const start = performance.now();
		if (!huge.layout.complete) {
			huge.layout.layOutMore(SLICE_CHARACTERS);
			layoutSlices.push(performance.now() - start);
		} else {
			huge.quotes.analyseNext();
			quoteSlices.push(performance.now() - start);
		}
	}
	const resident = process.memoryUsage().rss / 1024 / 1024;
	// And once everything is known: 40,000 quotes and their speakers' mentions to style from.
	const finishedTurn = pageTurns(huge, 200);

	const firstPageMs = firstPage - began;
	const ratio = hugeTurn / seedTurn;
	const row = (label: string, value: string, target = '') => console.log(`${label.padEnd(44)}${value.padStart(12)}  ${target}`);
	row(`article`, `${(bytes.length / 1024 / 1024).toFixed(1)} MB`, `${article.paragraphs.length.toLocaleString('en-US')} paragraphs, ${article.words.toLocaleString('en-US')} words`);
	row('read', `${(read - began).toFixed(0)} ms`);
	row('parse', `${(parsed - read).toFixed(0)} ms`);
	row('first page (read, parse, lay out, quotes near it)', `${firstPageMs.toFixed(0)} ms`, `target < ${TARGETS.firstPageMs} ms ${firstPageMs < TARGETS.firstPageMs ? 'ok' : 'OVER'}`);
	row('page turn, seed article', `${seedTurn.toFixed(3)} ms`);
	row('page turn, huge article, while worked out', `${hugeTurn.toFixed(3)} ms`, `ratio ${ratio.toFixed(2)}× (target ≤ ${TARGETS.pageTurnRatio}×) ${ratio <= TARGETS.pageTurnRatio ? 'ok' : 'OVER'}`);
	row('page turn, huge article, no time between keys', `${worstTurn.toFixed(3)} ms`, `ratio ${(worstTurn / seedTurn).toFixed(2)}× (worst case; a frame is 16 ms)`);
	row('page turn, huge article, all worked out', `${finishedTurn.toFixed(3)} ms`, `ratio ${(finishedTurn / seedTurn).toFixed(2)}×`);
	const slices = (samples: number[]) => `median ${median(samples).toFixed(0)} ms, 99th ${percentile(samples, 0.99).toFixed(0)} ms, longest ${Math.max(...samples).toFixed(0)} ms`;
	row(`the rest: layout in ${layoutSlices.length} slices`, `${(layoutSlices.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`, slices(layoutSlices));
	row(`the rest: quotes in ${quoteSlices.length} slices`, `${(quoteSlices.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`, slices(quoteSlices));
	row('resident memory, everything laid out and analysed', `${resident.toFixed(0)} MB`, `target < ${TARGETS.residentMb} MB (this process, not the app) ${resident < TARGETS.residentMb ? 'ok' : 'OVER'}`);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
