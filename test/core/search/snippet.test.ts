import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSnippet } from '../../../source/core/search/snippet.js';

const marked = (snippet: { text: string; matches: readonly { start: number; end: number }[] }) =>
	snippet.matches.reduceRight((text, { start, end }) => `${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}`, snippet.text);

test('a short text is one line whole, its line breaks and runs of space made one space', () => {
	const text = 'Troops\n  should be sent';
	assert.equal(marked(makeSnippet(text, [{ start: 0, end: 6 }])), '[Troops] should be sent');
});

test('a long text is cut around the first match at word boundaries, with an ellipsis where cut', () => {
	const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
	const text = words.join(' ');
	const at = text.indexOf('word40');
	const snippet = makeSnippet(text, [{ start: at, end: at + 6 }], 60);
	assert.ok(snippet.text.startsWith('…word'), snippet.text);
	assert.ok(snippet.text.endsWith('…'), snippet.text);
	assert.ok(snippet.text.length <= 62);
	assert.match(marked(snippet), /\[word40\]/);
});
