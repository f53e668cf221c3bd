import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentPage, isAtEnd, movePager, pageCount, progressOf } from '../../../source/core/reader/pager.js';

const view = (top: number) => ({ top, lineCount: 95, pageHeight: 20 });

test('pages are aligned: forward and back land on the same boundaries', () => {
	assert.equal(pageCount(view(0)), 5);
	assert.equal(movePager(view(0), { type: 'page', by: 1 }), 20);
	assert.equal(movePager(view(20), { type: 'page', by: -1 }), 0);
	assert.equal(movePager(view(23), { type: 'page', by: 1 }), 40, 'from between pages, forward goes to the next boundary');
	assert.equal(movePager(view(23), { type: 'page', by: -1 }), 20, 'and back to the boundary before');
	assert.equal(movePager(view(60), { type: 'page', by: 1 }), 75, 'the last page is a full screen ending at the last line');
	assert.equal(movePager(view(75), { type: 'page', by: 1 }), 75, 'and the end');
	assert.equal(movePager(view(75), { type: 'page', by: -1 }), 60, 'back from it, the aligned page before');
	assert.equal(movePager(view(0), { type: 'page', by: -1 }), 0);
});

test('lines, half pages, start, end and percent', () => {
	assert.equal(movePager(view(0), { type: 'line', by: 1 }), 1);
	assert.equal(movePager(view(0), { type: 'line', by: -1 }), 0);
	assert.equal(movePager(view(0), { type: 'half-page', by: 1 }), 10);
	assert.equal(movePager(view(30), { type: 'start' }), 0);
	assert.equal(movePager(view(0), { type: 'end' }), 75, 'G shows a full last page, never one orphan line');
	assert.equal(movePager(view(0), { type: 'percent', percent: 50 }), 47);
	assert.equal(movePager(view(0), { type: 'percent', percent: 150 }), 75);
});

test('page number, progress and the end', () => {
	assert.equal(currentPage(view(0)), 1);
	assert.equal(currentPage(view(25)), 2);
	assert.equal(currentPage(view(75)), 5);
	assert.equal(progressOf(view(0)), 20 / 95);
	assert.equal(isAtEnd(view(75)), true);
	assert.equal(progressOf(view(75)), 1);
	assert.equal(pageCount({ lineCount: 0, pageHeight: 20 }), 1);
});
