// What opening an article and turning a page cost, on the bundled seeds and on long articles made from them.
// Run: npm run bench:reader   (prints figures and their ratio to a 16 ms frame, and a 10,000-character paste
// into the note editor against its 200 ms target; asserts nothing about timings)
import { readFileSync } from 'node:fs';
import { parseArticle } from '../source/core/article/article.js';
import { analyseQuotes } from '../source/core/quotes/index.js';
import { assignSpeakerSlots, quoteDecorations, styleRange } from '../source/core/reader/decorations.js';
import { layoutArticle } from '../source/core/reader/layout.js';
import { initialReaderState, readerReducer, withInitialFocus, type ReaderContext } from '../source/core/reader/state.js';
import { articleSentences } from '../source/core/reader/sentences.js';
import { countWords } from '../source/core/text/article-text.js';
import { reportTarget } from './lib/targets.js';
import { median } from './lib/timing.js';

const FRAME_MS = 16;
const PAGE_HEIGHT = 40;
const seeds = ['articles/russia-warns-peacekeepers-direct-confrontation.txt', 'articles/lavrov-no-compromise-on-peacekeepers.txt'].map((path) =>
	readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'),
);

function longArticle(words: number): string {
	const body = seeds.map((text) => parseArticle(text)).flatMap((article) =>
		article.paragraphs.filter((p) => p.kind === 'body').map((p) => article.text.slice(p.start, p.end)),
	);
	const paragraphs: string[] = [];
	while (countWords(paragraphs.join(' ')) < words) paragraphs.push(...body);
	return `A long read about peacekeepers\n\n${paragraphs.join('\n\n')}\n`;
}

const rows: string[][] = [['article', 'words', 'open (ms)', 'page turn (ms)', 'resize (ms)', 'open / frame']];
for (const [name, text] of [
	['seed 000', seeds[0]!],
	['5,000 words', longArticle(5_000)],
	['50,000 words', longArticle(50_000)],
] as const) {
	const iterations = text.length > 200_000 ? 5 : 30;
	// Opening: parse, find quotes, lay out at 80 columns, split sentences, style the first page.
	const open = () => {
		const article = parseArticle(text);
		const analysis = analyseQuotes(article);
		const decorations = quoteDecorations(analysis, assignSpeakerSlots(analysis.speakers.map((s) => s.name), 8));
		const layout = layoutArticle(article, { width: 80, unfold: false });
		const sentences = articleSentences(article, false);
		for (const line of layout.lines.slice(0, PAGE_HEIGHT)) styleRange(line.start, line.end, decorations);
		return { article, analysis, decorations, layout, sentences };
	};
	const opened = open();
	const context: ReaderContext = {
		layout: opened.layout,
		pageHeight: PAGE_HEIGHT,
		sentences: opened.sentences,
		quotes: opened.analysis.quotes.map((q) => ({ start: q.openStart, end: q.closeEnd, speaker: q.speaker })),
	};
	const reduce = readerReducer(opened.article.text, context);
	let state = withInitialFocus(initialReaderState(0), context);
	// A page turn: the reducer moves the window and the focus, then the new page is styled.
	const turn = () => {
		state = reduce(state, { type: 'move', move: { type: 'page', by: 1 } });
		if (state.position.top >= context.layout.lines.length - PAGE_HEIGHT) state = reduce(state, { type: 'move', move: { type: 'start' } });
		for (const line of context.layout.lines.slice(state.position.top, state.position.top + PAGE_HEIGHT)) styleRange(line.start, line.end, opened.decorations);
	};
	const resize = () => layoutArticle(opened.article, { width: 61, unfold: false });
	const openMs = median(open, iterations);
	rows.push([
		name,
		opened.article.words.toLocaleString('en-US'),
		openMs.toFixed(2),
		median(turn, iterations * 10).toFixed(3),
		median(resize, iterations).toFixed(2),
		`${(openMs / FRAME_MS).toFixed(2)}×`,
	]);
}

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padStart(widths[column]!)).join('  '));
console.log(`\nA frame at 60 Hz is ${FRAME_MS} ms; "open / frame" under 1× means an article opens within one frame.`);

// Typing into a note: a 10,000-character paste, until it shows.
const { pasteBench, targets } = await import('./paste.js');
const pasteRows = await pasteBench();
const pasteWidths = pasteRows[0]!.map((_, column) => Math.max(...pasteRows.map((row) => row[column]!.length)));
console.log('');
for (const row of pasteRows) console.log(row.map((cell, column) => cell.padStart(pasteWidths[column]!)).join('  '));
console.log('\nThe target: a 10,000-character paste shows within 200 ms (ratio under 1×).');
for (const [name, figure, goal, met] of targets) reportTarget(name, figure, goal, met);
