import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../../source/core/article/article.js';
import { analyseQuotes } from '../../../source/core/quotes/index.js';
import type { Correction } from '../../../source/core/annotations/corrections.js';
import { selectorsFor } from '../../../source/core/annotations/selectors.js';
import { ArticleReading } from '../../../source/core/reader/article-reading.js';
import { layoutArticle, totalLines } from '../../../source/core/reader/layout.js';
import { currentTop, initialReaderState, readerReducer, withInitialFocus } from '../../../source/core/reader/state.js';
import { ZAKHAROVA_FILE, readBundled } from '../../helpers/articles.js';
import { largeArticleText } from '../../helpers/large-article.js';

const WIDTH = 70;
const HEIGHT = 20;
const SLOTS = 6;

/** The reader opening an article: its first page shown, as the screen does on its first frame. */
function opened(article: ReturnType<typeof parseArticle>) {
	const reading = new ArticleReading(article, SLOTS);
	const context = reading.context(WIDTH, false, HEIGHT);
	const state = withInitialFocus(initialReaderState(0), context);
	reading.showPage(context, currentTop(state, context), HEIGHT);
	return { reading, context, state };
}

function workToTheEnd(reading: ArticleReading): number {
	let slices = 0;
	while (reading.work()) slices++;
	return slices;
}

const long = parseArticle(largeArticleText(1_200_000));

test('a short article is worked out whole when first shown: its page count exact, its quotes what `quotes` finds', () => {
	for (const article of [parseArticle(readBundled(ZAKHAROVA_FILE)), parseArticle(largeArticleText(60_000))]) {
		shortArticleWhole(article);
	}
});

function shortArticleWhole(article: ReturnType<typeof parseArticle>): void {
	const { reading, context } = opened(article);
	assert.equal(reading.estimating, false, 'no "~" before the page count');
	assert.deepEqual(context.layout.lines, layoutArticle(article, { width: WIDTH, unfold: false }).lines);
	assert.deepEqual(reading.quotes.engine, analyseQuotes(article));
	assert.deepEqual(reading.quotes.analysis.quotes, analyseQuotes(article).quotes, "no corrections: the quotes as the engine found them");
	assert.equal(workToTheEnd(reading), 0, 'nothing left for the background');
}

test('a long article shows its first page with only that much worked out, the page count estimated', () => {
	const { reading, context } = opened(long);
	assert.equal(reading.estimating, true);
	assert.ok(context.layout.lines.length < 10 * HEIGHT, `a few pages laid out (${context.layout.lines.length} lines)`);
	const whole = layoutArticle(long, { width: WIDTH, unfold: false }).lines.length;
	const estimate = totalLines(context.layout);
	assert.ok(Math.abs(estimate - whole) / whole < 0.1, `the estimate (${estimate} lines) is near the length (${whole})`);
	// The first page has its quotes coloured and its speakers named, from the windows holding it.
	const page = context.layout.lines.slice(0, HEIGHT);
	const decorations = reading.quotes.decorationsOver(page[0]!.start, page.at(-1)!.end);
	assert.ok(decorations.some((decoration) => decoration.type === 'quote'), 'quotes on the first page are coloured');
	assert.ok(reading.quotes.speakers.length > 0);
	assert.equal(reading.quotes.complete, false, 'the rest of the quotes wait');
});

test('a long article: the background slices lay out the rest, then analyse the quotes; then the count is exact', () => {
	const { reading, context } = opened(long);
	const slices = workToTheEnd(reading);
	assert.ok(slices > 10, `the work came in slices (${slices})`);
	assert.equal(reading.estimating, false);
	assert.deepEqual(context.layout.lines, layoutArticle(long, { width: WIDTH, unfold: false }).lines);
	assert.equal(reading.quotes.complete, true);
	const whole = analyseQuotes(long);
	const speech = (kinds: readonly { kind: string }[]) => kinds.filter((quote) => quote.kind === 'direct' || quote.kind === 'partial').length;
	assert.equal(speech(reading.quotes.analysis.quotes), speech(whole.quotes), 'every quote found, as the whole analysis finds them');
});

test('a long article: a speaker keeps their colour as more of the article is analysed', () => {
	const { reading } = opened(long);
	const before = new Map(reading.quotes.speakers.map((speaker) => [speaker.name, speaker.slot]));
	workToTheEnd(reading);
	for (const speaker of reading.quotes.speakers) {
		if (before.has(speaker.name)) assert.equal(speaker.slot, before.get(speaker.name), speaker.name);
	}
});

test('a long article: paging far ahead and } to the next quote work on what is not worked out yet', () => {
	const { reading, context, state } = opened(long);
	// 200 pages on at once (a count, then Space): the layout grows as far as the move needs.
	const far = readerReducer(long.text, context)(state, { type: 'move', move: { type: 'page', by: 200 } });
	const top = currentTop(far, context);
	assert.equal(top, 200 * HEIGHT);
	assert.ok(far.focus && far.focus.start > 0, 'the focus follows to the new page');
	reading.showPage(context, top, HEIGHT);
	// } from there: the quotes after the focus are analysed as far as the next one.
	const from = far.focus!.start;
	reading.quotes.analyseForStep(from, 1, null);
	const next = readerReducer(long.text, reading.context(WIDTH, false, HEIGHT))(far, { type: 'focus-quote', by: 1 });
	assert.ok(next.focus && next.focus.start > from, 'the focus moved on to a quote further on');
	assert.ok(long.text.slice(next.focus.start, next.focus.end).startsWith('“'), `a quote: ${long.text.slice(next.focus.start, next.focus.start + 40)}`);
});

test('a long article: the reader’s corrections apply to the page shown and to the speakers as they are counted', () => {
	const { reading, context } = opened(long);
	const page = context.layout.lines.slice(0, HEIGHT);
	const pageRange = { start: page[0]!.start, end: page.at(-1)!.end };
	const quote = reading.quotes.speechOver(pageRange).find((found) => found.speaker === 'Maria Zakharova')!;
	assert.ok(quote, 'a quote of Zakharova’s on the first page');
	const corrections: Correction[] = [
		{ id: 'set-1', kind: 'set', file: '/long.txt', fingerprint: long.fingerprint, ...selectorsFor(long.text, quote.start, quote.end), from: quote.speaker, to: 'Ann Price', created: '2026-01-01T00:00:00.000Z' },
		{ id: 'rename-1', kind: 'rename', from: 'Sergey Lavrov', to: 'S. Lavrov', created: '2026-01-02T00:00:00.000Z' },
	];
	const before = reading.quotes.version;
	reading.quotes.correct(corrections, '/long.txt');
	assert.notEqual(reading.quotes.version, before, 'what the screen memoises is drawn again');

	const onPage = reading.quotes.speechOver(pageRange);
	assert.equal(onPage.find((found) => found.start === quote.start)?.speaker, 'Ann Price');
	assert.equal(onPage.find((found) => found.start === quote.start)?.corrected, true);
	assert.ok(!onPage.some((found) => found.speaker === 'Sergey Lavrov'), 'renamed on the page');
	const names = reading.quotes.speakers.map((speaker) => speaker.name);
	assert.ok(names.includes('Ann Price') && names.includes('S. Lavrov') && !names.includes('Sergey Lavrov'), names.join(', '));
	// The page's colours: the corrected quote in Ann Price's colour.
	const slot = reading.quotes.speakers.find((speaker) => speaker.name === 'Ann Price')!.slot;
	const coloured = reading.quotes.decorationsOver(pageRange.start, pageRange.end).find((decoration) => decoration.type === 'quote' && decoration.start === quote.openStart);
	assert.deepEqual(coloured && 'slot' in coloured ? coloured.slot : undefined, slot);

	// As the rest is counted, the correction holds: one quote of Ann Price's in the whole article.
	workToTheEnd(reading);
	assert.equal(reading.quotes.speakers.find((speaker) => speaker.name === 'Ann Price')?.quotes, 1);
	assert.equal(reading.quotes.analysis.quotes.filter((found) => found.corrected && found.speaker === 'Ann Price').length, 1);
});
