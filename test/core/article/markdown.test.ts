import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../../source/core/article/article.js';
import { parseMarkup } from '../../../source/core/article/markdown.js';
import { visibleText } from '../../../source/core/text/hidden.js';

const SOURCE = [
	'# Harbour ferry **returns** after the storm',
	'',
	'The ferry *sailed* again on Monday, [the council said](https://example.com/council) in `a notice`.',
	'',
	'## What changed',
	'',
	'- New timetable',
	'- A second boat',
	'1. First stop',
	'',
].join('\n');

test('Markdown: markers are hidden ranges of the text, never removed; links keep their target; titles without markers', () => {
	const article = parseArticle(SOURCE, { parseMarkup });
	assert.equal(article.text, SOURCE, 'the text is the file’s');
	assert.equal(article.title, 'Harbour ferry returns after the storm');
	const shown = (start: number, end: number) => visibleText(article.text, start, end, article.markup?.hidden);
	const paragraph = (i: number) => article.paragraphs[i]!;
	assert.equal(shown(paragraph(1).start, paragraph(1).end), 'The ferry sailed again on Monday, the council said in a notice.');
	assert.equal(shown(paragraph(2).start, paragraph(2).end), 'What changed');
	assert.deepEqual(
		article.markup?.links.map((link) => [article.text.slice(link.start, link.end), link.url]),
		[['the council said', 'https://example.com/council']],
	);
	assert.deepEqual(
		article.markup?.styles.map((style) => [style.style, article.text.slice(style.start, style.end)]).sort(),
		[
			['code', 'a notice'],
			['emphasis', 'sailed'],
			['heading', 'Harbour ferry **returns** after the storm'],
			['heading', 'What changed'],
			['link', 'the council said'],
			['strong', 'returns'],
		],
	);
	assert.deepEqual(article.markup?.bullets.map((bullet) => article.text.slice(bullet.start, bullet.start + 5)), ['- New', '- A s']);
	assert.equal(parseArticle(SOURCE).markup, undefined, 'a .txt file is shown as it is');
});
