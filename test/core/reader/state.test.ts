import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../../source/core/article/article.js';
import { layoutArticle } from '../../../source/core/reader/layout.js';
import { analyseQuotes } from '../../../source/core/quotes/index.js';
import { currentTop, initialReaderState, readerReducer, visibleRange, withInitialFocus, type ReaderContext } from '../../../source/core/reader/state.js';
import { articleSentences } from '../../../source/core/reader/sentences.js';
import { LAVROV_FILE, readBundled } from '../../helpers/articles.js';

const article = parseArticle(readBundled(LAVROV_FILE));
const analysis = analyseQuotes(article);
const context: ReaderContext = {
	layout: layoutArticle(article, { width: 60, unfold: false }),
	pageHeight: 10,
	sentences: articleSentences(article, false),
	quotes: analysis.quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial').map((q) => ({ start: q.openStart, end: q.closeEnd, speaker: q.speaker })),
};
const reduce = readerReducer(article.text, context);
const start = () => withInitialFocus(initialReaderState(0), context);
const text = (range: { start: number; end: number } | null) => (range ? article.text.slice(range.start, range.end) : null);

test('the focus starts on the first sentence and moves onto each new page', () => {
	let state = start();
	assert.match(text(state.focus)!, /^Russia sees no possibility/);
	state = reduce(state, { type: 'move', move: { type: 'page', by: 1 } });
	assert.equal(currentTop(state, context), 10);
	const view = visibleRange(context, 10);
	assert.ok(state.focus!.start >= view.start && state.focus!.start < view.end, 'the focus is on the new page');
});

test(') and ( step by sentence; } and { by quote, bringing it into view', () => {
	let state = reduce(start(), { type: 'focus-sentence', by: 1 });
	assert.equal(text(state.focus), '“We see no room for compromise.');
	state = reduce(state, { type: 'focus-sentence', by: -1 });
	assert.match(text(state.focus)!, /^Russia sees/);
	for (let i = 0; i < 3; i++) state = reduce(state, { type: 'focus-quote', by: 1 });
	assert.match(text(state.focus)!, /^“We will view the presence/);
	const line = context.layout.lines.findIndex((l) => l.start <= state.focus!.start && state.focus!.start < l.end);
	const top = currentTop(state, context);
	assert.ok(line >= top && line < top + context.pageHeight, 'the quote is on screen');
	state = reduce(reduce(state, { type: 'focus-quote', by: 1 }), { type: 'focus-quote', by: 1 });
	state = reduce(state, { type: 'focus-quote', by: 1 });
	assert.equal(state.message, 'No more quotes below');
});

test('a selection grows and shrinks by sentence and word, never below one word', () => {
	let state = reduce(reduce(start(), { type: 'focus-sentence', by: 1 }), { type: 'select-start' });
	assert.equal(text(state.selection), '“We see no room for compromise.');
	state = reduce(state, { type: 'select-sentence', by: 1 });
	assert.match(text(state.selection)!, /hostile purpose\.$/);
	state = reduce(state, { type: 'select-word', by: 1 });
	assert.match(text(state.selection)!, /hostile purpose\. They$/);
	state = reduce(state, { type: 'select-sentence', by: -1 });
	assert.match(text(state.selection)!, /hostile purpose\.$/, 'shrinking drops the part-sentence first');
	state = reduce(state, { type: 'select-sentence', by: -1 });
	assert.equal(text(state.selection), '“We see no room for compromise.');
	state = reduce(state, { type: 'select-sentence', by: -1 });
	assert.equal(text(state.selection), '“We see no room for compromise.', 'not below the sentence it started from');
	for (let i = 0; i < 10; i++) state = reduce(state, { type: 'select-word', by: -1 });
	assert.equal(text(state.selection), '“We');
});

test('count and % jump; a key that is not a command clears the count', () => {
	let state = reduce(reduce(start(), { type: 'count', digit: '5' }), { type: 'count', digit: '0' });
	assert.equal(state.count, '50');
	state = reduce(state, { type: 'percent' });
	assert.equal(state.count, '');
	assert.equal(currentTop(state, context), Math.floor(context.layout.lines.length / 2));
	state = reduce(reduce(state, { type: 'count', digit: '9' }), { type: 'key' });
	assert.equal(state.count, '');
});

test('a selection grows by word only to the end of its paragraph', () => {
	let state = reduce(reduce(start(), { type: 'focus-sentence', by: 1 }), { type: 'select-start' });
	for (let i = 0; i < 60; i++) state = reduce(state, { type: 'select-word', by: 1 });
	assert.match(text(state.selection)!, /they need it for,” Lavrov stated\.$/);
});

test('a selection can start anywhere: w and b move its start by word, within its paragraph', () => {
	let state = reduce(reduce(start(), { type: 'focus-sentence', by: 1 }), { type: 'select-start' });
	assert.equal(text(state.selection), '“We see no room for compromise.');
	assert.equal(state.mode, 'select');
	state = reduce(state, { type: 'select-start-word', by: 1 });
	assert.equal(text(state.selection), 'see no room for compromise.');
	state = reduce(state, { type: 'select-start-word', by: 1 });
	assert.equal(text(state.selection), 'no room for compromise.');
	state = reduce(state, { type: 'select-start-word', by: -1 });
	state = reduce(state, { type: 'select-start-word', by: -1 });
	assert.equal(text(state.selection), '“We see no room for compromise.', 'back to the opening mark with its word');
	const still = reduce(state, { type: 'select-start-word', by: -1 });
	assert.equal(text(still.selection), text(state.selection), 'not before the paragraph');
});

test('growing and shrinking by word keeps the punctuation and closing marks stuck to a word', () => {
	let state = reduce(reduce(start(), { type: 'focus-sentence', by: 1 }), { type: 'select-start' });
	state = reduce(state, { type: 'select-word', by: 1 });
	assert.equal(text(state.selection), '“We see no room for compromise. This');
	state = reduce(state, { type: 'select-word', by: -1 });
	assert.equal(text(state.selection), '“We see no room for compromise.', 'the full stop kept');
	state = reduce(state, { type: 'select-word', by: -1 });
	assert.equal(text(state.selection), '“We see no room for');
	for (let i = 0; i < 20; i++) state = reduce(state, { type: 'select-word', by: 1 });
	assert.match(text(state.selection)!, /need it for,”$/, 'the comma and closing mark with the last word');
});
