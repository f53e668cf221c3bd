// Names: who is a person, who is a body, and which words are no name at all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '../../../source/core/article/article.js';
import { findMentions } from '../../../source/core/quotes/names/mentions.js';
import { headlineParagraph, speechParagraphs } from '../../../source/core/quotes/spans/headlines.js';
import { findQuoteSpans } from '../../../source/core/quotes/spans/marks.js';
import { tokenise } from '../../../source/core/quotes/spans/tokens.js';

/** The names found outside quotes in one paragraph under a fixed headline, as written. */
function names(paragraph: string): string[] {
	const article = parseArticle(`Council votes on the harbour plan\n\n${paragraph}\n`);
	const speech = speechParagraphs(article, headlineParagraph(article)).filter((entry) => entry.index > 0);
	const spans = findQuoteSpans(article.text, speech).filter((span) => span.depth === 0);
	return findMentions(article.text, tokenise(article.text, speech, spans)).map((mention) => mention.name);
}

test('a participle opening a sentence is no name, unless the article writes it inside a sentence too', () => {
	assert.deepEqual(names('Painting Hale as a threat to workers, the leaflets go on. Preceded by a band, Marla Ives took the stage.'), ['Hale', 'Marla Ives']);
	assert.deepEqual(names('Manning spoke first. Later, Tom Manning thanked the crew.'), ['Manning', 'Tom Manning']);
});

test('a reporting verb opening a sentence is no name', () => {
	assert.deepEqual(names('Said Dora Pyne, who grew up nearby: it was home.'), ['Dora Pyne']);
});
