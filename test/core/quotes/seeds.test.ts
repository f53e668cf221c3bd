import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseArticle } from '../../../source/core/article/article.js';
import { analyseQuotes } from '../../../source/core/quotes/index.js';
import { scoreArticle, type GoldArticle } from './score.js';

const root = new URL('../../../', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('test/fixtures/seeds-gold.json', root), 'utf8')) as GoldArticle[];

for (const entry of gold) {
	test(`seed ${entry.file}: every quote found and attributed`, () => {
		const article = parseArticle(readFileSync(new URL(`articles/${entry.file}`, root)));
		const { quotes } = analyseQuotes(article);
		const score = scoreArticle(entry, quotes);
		assert.deepEqual(score.misses, []);
		assert.equal(score.f1, 1);
		assert.equal(score.speakerAccuracy, 1);
		for (const quote of quotes) {
			assert.equal(article.text.slice(quote.start, quote.end), quote.text);
			assert.ok(quote.openStart < quote.start && quote.closeEnd >= quote.end);
		}
	});
}

test('seed 000: the spokeswoman is one speaker with her role, alias and gender', () => {
	const article = parseArticle(readFileSync(new URL('articles/russia-warns-peacekeepers-direct-confrontation.txt', root)));
	const { speakers, quotes } = analyseQuotes(article);
	assert.equal(speakers.length, 1);
	const [zakharova] = speakers;
	assert.equal(zakharova!.name, 'Maria Zakharova');
	assert.deepEqual(zakharova!.aliases, ['Zakharova']);
	assert.equal(zakharova!.role, 'Russian Foreign Ministry spokeswoman');
	assert.equal(zakharova!.gender, 'f');
	assert.equal(zakharova!.quotes, 4);
	assert.ok(zakharova!.mentions.length >= 2);
	for (const mention of zakharova!.mentions) assert.match(article.text.slice(mention.start, mention.end), /Zakharova/);
	assert.deepEqual(
		quotes.filter((quote) => quote.kind === 'scare').map((quote) => quote.text),
		['coalition of the willing', 'depersonalizing', 'Russian nuclear facility'],
	);
	assert.deepEqual(
		quotes.filter((quote) => quote.speaker).map((quote) => quote.kind),
		['direct', 'partial', 'partial', 'direct'],
	);
});

test('seed 003: the unclosed mark closes at its paragraph end and Macron, inside a quote, is not a speaker', () => {
	const article = parseArticle(readFileSync(new URL('articles/lavrov-no-compromise-on-peacekeepers.txt', root)));
	const { speakers, quotes } = analyseQuotes(article);
	assert.deepEqual(speakers.map((speaker) => speaker.name), ['Sergey Lavrov']);
	const fragment = quotes.find((quote) => quote.text === 'facts on the ground.');
	assert.ok(fragment);
	assert.equal(fragment.kind, 'partial');
	assert.equal(fragment.closeEnd, fragment.end);
	const next = quotes[quotes.indexOf(fragment) + 1]!;
	assert.match(next.text, /^We will view the presence/);
	assert.equal(next.speaker, 'Sergey Lavrov');
});
