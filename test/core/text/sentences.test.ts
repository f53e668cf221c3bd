import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../source/core/text/sentences.js';

const split = (text: string) => splitSentences(text, 0, text.length).map((range) => text.slice(range.start, range.end));

test('sentences end at . ! ? with closing marks, not at abbreviations or initials', () => {
	assert.deepEqual(split('Mr. Smith met Dr. Jones at 3 p.m. on Jan. 5. They talked.'), ['Mr. Smith met Dr. Jones at 3 p.m. on Jan. 5.', 'They talked.']);
	assert.deepEqual(split('“We will win,” she said. “Watch us!” He left.'), ['“We will win,” she said.', '“Watch us!”', 'He left.']);
	assert.deepEqual(split('J. K. Rowling wrote it. The U.S. agreed.'), ['J. K. Rowling wrote it.', 'The U.S. agreed.']);
	assert.deepEqual(split('Is it over? No. It is not... yet'), ['Is it over?', 'No.', 'It is not... yet']);
	assert.deepEqual(split('A fragment with no end'), ['A fragment with no end']);
});

test('number abbreviations hold only before a number', () => {
	assert.deepEqual(split('He lives at No. 10 Downing Street. Vol. 2 is out.'), ['He lives at No. 10 Downing Street.', 'Vol. 2 is out.']);
});

test('one abbreviation list: titles, places and initials the quote engine also knew', () => {
	assert.deepEqual(split('Messrs. Ford and Hill left. Mt. Etna erupted. Sen. Warren of Mass. spoke.'), [
		'Messrs. Ford and Hill left.',
		'Mt. Etna erupted.',
		'Sen. Warren of Mass. spoke.',
	]);
	assert.deepEqual(split('He moved to Washington, D.C. Then he left.'), ['He moved to Washington, D.C. Then he left.']);
});
