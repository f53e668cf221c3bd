// Names: who is a person, who is a body, and which words are no name at all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '../../../source/core/article.js';
import { analyseQuotes } from '../../../source/core/quotes/index.js';
import { quoteTable } from './table.js';

quoteTable('a participle opening a sentence is no name', [
	{ text: ['Painting Hale as a threat to workers, the leaflets echo the union’s message.', '“That is what he did in the last election,” said Ed Rendle, the former mayor.', '“He is reprising that role.”'], quote: 'reprising that role', speaker: 'Ed Rendle' },
]);

test('a participle opening a sentence never becomes a speaker', () => {
	const article = parseArticle('Council votes on the harbour\n\nPainting Hale as a threat to workers, the leaflets repeat the union’s line: “He will sell the docks.”\n');
	const { speakers } = analyseQuotes(article);
	assert.deepEqual(speakers.map((speaker) => speaker.name).filter((name) => name.startsWith('Painting')), []);
});
