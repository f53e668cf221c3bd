import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCitation, inQuotes } from '../../source/core/citation.js';

test('a citation is one pair of curly marks and the credit, leaving out what is unknown', () => {
	assert.equal(formatCitation({ text: '“We will win,”', speaker: 'Ann Lee', source: 'The Daily', date: '2025-03-06' }), '“We will win,” — Ann Lee, The Daily, 2025-03-06');
	assert.equal(formatCitation({ text: 'plain words\nover lines', speaker: null, source: null, title: 'A headline' }), '“plain words over lines” — A headline');
	assert.equal(formatCitation({ text: 'just words' }), '“just words”');
	assert.equal(inQuotes('“in reality, it’s about'), '“in reality, it’s about”', 'an apostrophe inside stays');
	assert.equal(inQuotes("'single' "), '“single”');
});

test('a guessed speaker is copied with "(attribution uncertain)"; a sure one, or none, without', () => {
	assert.equal(formatCitation({ text: 'We will win', speaker: 'Ann Lee', sure: false, source: 'The Daily' }), '“We will win” — Ann Lee (attribution uncertain), The Daily');
	assert.equal(formatCitation({ text: 'We will win', speaker: 'Ann Lee', sure: true, source: 'The Daily' }), '“We will win” — Ann Lee, The Daily');
	assert.equal(formatCitation({ text: 'We will win', speaker: null, sure: false, source: 'The Daily' }), '“We will win” — The Daily');
});
