import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../../source/core/article/article.js';
import { lineAtOffset, layoutArticle } from '../../../source/core/reader/layout.js';
import { currentTop, initialReaderState, readerReducer, withInitialFocus, type ReaderContext } from '../../../source/core/reader/state.js';
import { articleSentences } from '../../../source/core/reader/sentences.js';
import { findInArticle } from '../../../source/core/search/find-in-article.js';
import { LAVROV_FILE, readBundled } from '../../helpers/articles.js';

const article = parseArticle(readBundled(LAVROV_FILE));
const context: ReaderContext = {
	layout: layoutArticle(article, { width: 60, unfold: false }),
	pageHeight: 10,
	sentences: articleSentences(article, false),
	quotes: [],
};
const reduce = readerReducer(article.text, context);
const start = () => withInitialFocus(initialReaderState(0), context);
const typed = (state: ReturnType<typeof start>, query: string) => reduce(state, { type: 'find-type', query, matches: findInArticle(article.text, query) });
const text = (range: { start: number; end: number } | null) => (range ? article.text.slice(range.start, range.end) : null);
const onScreen = (state: ReturnType<typeof start>, range: { start: number; end: number }) => {
	const top = currentTop(state, context);
	const first = lineAtOffset(context.layout, range.start);
	const last = lineAtOffset(context.layout, range.end - 1);
	return first >= top && last < top + context.pageHeight;
};

test('/ focuses the first match as it is typed; n and N step and wrap; the page follows', () => {
	let state = typed(reduce(start(), { type: 'find-open' }), 'peacekeep');
	assert.equal(state.mode, 'find');
	assert.ok(state.find!.matches.length >= 3, 'every place it occurs');
	assert.equal(state.find!.current, 0);
	assert.match(text(state.focus)!, /^peacekeep/i);
	state = reduce(state, { type: 'find-done' });
	assert.equal(state.mode, 'reader');
	const count = state.find!.matches.length;
	for (let step = 1; step < count; step++) {
		state = reduce(state, { type: 'find-step', by: 1 });
		assert.equal(state.find!.current, step);
		assert.ok(onScreen(state, state.find!.matches[step]!), `match ${step + 1} is in view`);
	}
	state = reduce(state, { type: 'find-step', by: 1 });
	assert.equal(state.find!.current, 0, 'n after the last goes back to the first');
	assert.match(state.message!, /From the top/);
	state = reduce(state, { type: 'find-step', by: -1 });
	assert.equal(state.find!.current, count - 1, 'N before the first goes to the last');
});

test('Esc while typing puts the reader back where it was, the find before it included; an empty Enter clears it', () => {
	const before = reduce(typed(reduce(start(), { type: 'find-open' }), 'peacekeep'), { type: 'find-done' });
	const cancelled = reduce(typed(reduce(before, { type: 'find-open' }), 'troops'), { type: 'find-cancel' });
	assert.deepEqual(cancelled.find, before.find);
	assert.deepEqual(cancelled.focus, before.focus);
	assert.equal(currentTop(cancelled, context), currentTop(before, context));
	const cleared = reduce(typed(reduce(before, { type: 'find-open' }), ''), { type: 'find-done' });
	assert.equal(cleared.find, null);
});

test('a phrase that runs from one page onto the next is shown whole', () => {
	// A phrase whose words are laid out on two lines that fall on two pages.
	const lines = context.layout.lines;
	const boundary = lines.findIndex((line, index) => index > 0 && index % context.pageHeight === 0 && line.kind === 'body' && lines[index - 1]!.kind === 'body');
	assert.ok(boundary > 0, 'a paragraph runs across a page boundary');
	const before = lines[boundary - 1]!;
	const after = lines[boundary]!;
	const phrase = `${article.text.slice(before.end - 12, before.end).trim()} ${article.text.slice(after.start, after.start + 8).trim()}`;
	let state = typed(reduce(start(), { type: 'find-open' }), phrase);
	const match = state.find!.matches[state.find!.current]!;
	assert.ok(lineAtOffset(context.layout, match.start) < boundary && lineAtOffset(context.layout, match.end - 1) >= boundary, 'the match runs across the boundary');
	assert.ok(onScreen(state, match), 'both of its lines are on screen');
	state = reduce(state, { type: 'find-done' });
	assert.ok(onScreen(state, state.focus!));
});
