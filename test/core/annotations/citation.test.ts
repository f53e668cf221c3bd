import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCitation, inQuotes } from '../../../source/core/annotations/citation.js';

test('a quotation is one pair of curly marks and its credit; its trailing comma becomes a full stop', () => {
	assert.equal(formatCitation({ text: '“It is not safe,”', quoted: true, speaker: 'Ann Lee', source: 'The Daily', date: '2025-03-06' }), '“It is not safe.” — Ann Lee, The Daily, 2025-03-06');
	assert.equal(formatCitation({ text: 'We will win', quoted: true }), '“We will win”');
	assert.equal(formatCitation({ text: 'Is it over?', quoted: true, speaker: 'Ann Lee' }), '“Is it over?” — Ann Lee');
});

test('narration is copied as it stands, without quote marks, with the outlet', () => {
	assert.equal(formatCitation({ text: 'plain words\nover lines.', quoted: false, speaker: 'Ann Lee', source: null, title: 'A headline' }), 'plain words over lines. — A headline');
	assert.equal(formatCitation({ text: 'She claimed that “in reality, it is war.”', quoted: false, source: 'The Daily' }), 'She claimed that “in reality, it is war.” — The Daily');
	assert.equal(inQuotes('“in reality, it’s about'), '“in reality, it’s about”', 'an apostrophe inside stays');
	assert.equal(inQuotes("'single' "), '“single”');
});

test('a guessed speaker is copied with "(attribution uncertain)"; a sure one, or none, without', () => {
	assert.equal(formatCitation({ text: 'We will win', quoted: true, speaker: 'Ann Lee', sure: false, source: 'The Daily' }), '“We will win” — Ann Lee (attribution uncertain), The Daily');
	assert.equal(formatCitation({ text: 'We will win', quoted: true, speaker: 'Ann Lee', sure: true, source: 'The Daily' }), '“We will win” — Ann Lee, The Daily');
	assert.equal(formatCitation({ text: 'We will win', quoted: true, speaker: null, sure: false, source: 'The Daily' }), '“We will win” — The Daily');
});
