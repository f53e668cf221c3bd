import { test } from 'node:test';
import assert from 'node:assert/strict';
import { focusTarget, highlightAtFocus } from '../../../source/core/reader/focus-target.js';
import type { Quote } from '../../../source/core/quotes/index.js';

const quote: Quote = { start: 11, end: 30, text: 'x', kind: 'direct', speaker: 'Ann Lee', openStart: 10, closeEnd: 31, paragraph: 0, rule: 'after-quote', confidence: 1, sure: true, corrected: false };

test('the highlight under the focus: exact first, then the innermost holding its start', () => {
	const outer = { id: 'outer', start: 0, end: 100 };
	const inner = { id: 'inner', start: 40, end: 60 };
	const exact = { id: 'exact', start: 40, end: 50 };
	assert.equal(highlightAtFocus([outer, inner, exact], { start: 40, end: 50 })?.id, 'exact');
	assert.equal(highlightAtFocus([outer, inner], { start: 45, end: 55 })?.id, 'inner');
	assert.equal(highlightAtFocus([outer, inner], { start: 10, end: 20 })?.id, 'outer');
	assert.equal(highlightAtFocus([inner], { start: 30, end: 41 })?.id, 'inner', 'touching counts last');
	assert.equal(highlightAtFocus([inner], { start: 0, end: 10 }), undefined);
	assert.equal(highlightAtFocus([inner], null), undefined);
});

test('a focused quote is acted on without its marks; a sentence as it is', () => {
	assert.deepEqual(focusTarget([quote], { start: 10, end: 31 }), { start: 11, end: 30 });
	assert.deepEqual(focusTarget([quote], { start: 12, end: 20 }), { start: 12, end: 20 });
	assert.deepEqual(focusTarget([quote], { start: 40, end: 60 }), { start: 40, end: 60 });
	assert.equal(focusTarget([quote], null), null);
});
