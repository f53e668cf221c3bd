import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isFoldedKind, parseArticle } from '../../../source/core/article/article.js';
import { fingerprintOf } from '../../../source/core/text/article-text.js';
import { LAVROV_FILE, ZAKHAROVA_FILE, readBundled } from '../../helpers/articles.js';

// The seeds' gold, copied with the bundled file names.
const seedsGold = JSON.parse(readFileSync(new URL('../../fixtures/seeds-gold.json', import.meta.url), 'utf8')) as Array<{
	file: string;
	boilerplate: string[];
}>;
const zakharovaBoilerplate = seedsGold.find((entry) => ZAKHAROVA_FILE.endsWith(entry.file))?.boilerplate ?? [];

const paragraphTexts = (file: string) => {
	const article = parseArticle(readBundled(file));
	return article.paragraphs.map((p) => ({ kind: p.kind, text: article.text.slice(p.start, p.end) }));
};

test('the scraped seed: headline title, dek, source from the site line', () => {
	const article = parseArticle(readBundled(ZAKHAROVA_FILE));
	assert.equal(article.title, 'Russia warns peacekeepers in Ukraine would trigger direct confrontation with Moscow');
	assert.equal(article.titleDerived, false);
	assert.match(article.dek ?? '', /^Russia warns NATO peacekeeping mission in Ukraine could spark direct conflict/);
	assert.equal(article.source, 'Euromaidan Press');
	assert.equal(article.paragraphs[0]?.kind, 'title');
});

test('every boilerplate paragraph of the gold is folded, and no body paragraph is', () => {
	assert.ok(zakharovaBoilerplate.length >= 9, 'gold boilerplate list is present');
	const paragraphs = paragraphTexts(ZAKHAROVA_FILE);
	for (const prefix of zakharovaBoilerplate) {
		const matches = paragraphs.filter((p) => p.text.startsWith(prefix));
		assert.ok(matches.length > 0, `gold boilerplate "${prefix}" is a paragraph`);
		for (const match of matches) assert.ok(isFoldedKind(match.kind), `"${prefix}" is folded, got ${match.kind}`);
	}
	const folded = paragraphs.filter((p) => isFoldedKind(p.kind));
	for (const paragraph of folded) {
		const isGoldBoilerplate = zakharovaBoilerplate.some((prefix) => paragraph.text.startsWith(prefix));
		const isRepeatedTitle = paragraph.text === 'Russia warns peacekeepers in Ukraine would trigger direct confrontation with Moscow';
		assert.ok(isGoldBoilerplate || isRepeatedTitle, `only boilerplate is folded, not "${paragraph.text.slice(0, 50)}"`);
	}
	const body = paragraphs.filter((p) => p.kind === 'body');
	assert.equal(body.length, 8);
	assert.ok(body.some((p) => p.text.startsWith('“We understand why they are doing this.')));
});

test('the seed with no headline gets a title from its first sentence and keeps its wire credit', () => {
	const article = parseArticle(readBundled(LAVROV_FILE));
	assert.equal(article.titleDerived, true);
	assert.equal(article.title, 'Russia sees no possibility of reaching a compromise on the potential deployment of European peacekeepers in Ukraine');
	assert.equal(article.dek, null);
	assert.equal(article.source, 'RIA/NAN');
	assert.ok(article.paragraphs.every((p) => p.kind === 'body'), 'nothing in a clean wire story is folded');
	assert.equal(article.paragraphs.length, 13);
});

test('front matter wins over heuristics and is not part of the text', () => {
	const raw = '---\ntitle: "A Better Title"\nsource: Example News\nurl: https://example.com/a\ndate: 2025-03-06\nbyline: Jo Writer\n---\nFirst line here.\n\nSecond paragraph.\n';
	const article = parseArticle(raw);
	assert.equal(article.title, 'A Better Title');
	assert.equal(article.source, 'Example News');
	assert.equal(article.url, 'https://example.com/a');
	assert.equal(article.date, '2025-03-06');
	assert.equal(article.byline, 'Jo Writer');
	assert.ok(article.text.startsWith('First line here.'));
	assert.equal(article.fingerprint, fingerprintOf(article.text));
});

test('decoding: BOM dropped, CRLF and CR become LF, invalid bytes become U+FFFD', () => {
	const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Headline here\r\n\r\nBody one.\rBody '), Buffer.from([0xff]), Buffer.from(' two.')]);
	const article = parseArticle(bytes);
	assert.equal(article.text, 'Headline here\n\nBody one.\nBody \uFFFD two.');
	assert.equal(article.title, 'Headline here');
});

test('hard-wrapped prose is joined into one paragraph; scraped one-line blocks are not', () => {
	const wrapped = [
		'Ministers met on Tuesday to discuss the budget, and officials said the talks',
		'went on late into the night as both sides argued over the spending plans for',
		'the coming year and how to pay for them.',
	].join('\n');
	const article = parseArticle(`Budget talks run late\n\n${wrapped}\n`);
	const body = article.paragraphs.filter((p) => p.kind === 'body');
	assert.equal(body.length, 1);
	assert.equal(article.text.slice(body[0]!.start, body[0]!.end), wrapped);
});

test('a byline under the headline is recognised', () => {
	const article = parseArticle('Storm hits the coast\n\nBy Jane Smith and Ali Khan\n\nThe storm arrived overnight, officials said.\n');
	assert.equal(article.byline, 'Jane Smith and Ali Khan');
	assert.deepEqual(article.paragraphs.map((p) => p.kind), ['title', 'byline', 'body']);
});

test('a headline may open with a quote; a quoted sentence is not a headline', () => {
	const quoted = parseArticle('‘We were never told’: tenants say cladding fears ignored\n\nResidents of the tower said on Monday that they had not been warned.\n');
	assert.equal(quoted.title, '‘We were never told’: tenants say cladding fears ignored');
	assert.equal(quoted.titleDerived, false);
	const speech = parseArticle('“We will rebuild,” the mayor said.\n\nThe town was hit hard.\n');
	assert.equal(speech.titleDerived, true);
});

test('a one-sentence headline ending in a full stop is the title, shown once; a lede of several sentences is not', () => {
	const article = parseArticle('Storms closed the coast road on Monday.\n\nCrews worked through the night.\n');
	assert.equal(article.title, 'Storms closed the coast road on Monday');
	assert.deepEqual(article.paragraphs.map((p) => p.kind), ['title', 'body'], 'the title paragraph, not a body paragraph repeating it');
	const lede = parseArticle('Storms closed the road. Crews worked all night.\n\nMore later.\n');
	assert.deepEqual(lede.paragraphs.map((p) => p.kind), ['body', 'body']);
	assert.equal(lede.title, 'Storms closed the road');
});

test('headlines are not cut at abbreviations: Sen., U.S., D.C.', () => {
	for (const [first, title] of [
		['Sen. Warren unveils a plan to cap drug prices.', 'Sen. Warren unveils a plan to cap drug prices'],
		['Trade talks with the U.S. resume after a pause.', 'Trade talks with the U.S. resume after a pause'],
		['The mayor opens his new office in Washington, D.C.', 'The mayor opens his new office in Washington, D.C.'],
	] as const) {
		const article = parseArticle(`${first}\n\nThe first paragraph of the story follows here.\n`);
		assert.equal(article.title, title);
		assert.equal(article.paragraphs[0]?.kind, 'title');
	}
	const derived = parseArticle('Sen. Elizabeth Warren of Mass. on Monday proposed a cap on the price of insulin across the U.S., and Republicans in the chamber said they would block it. Debate starts today.\n');
	assert.equal(derived.title, 'Sen. Elizabeth Warren of Mass. on Monday proposed a cap on the price of insulin across the U.S.', 'the stop of U.S. kept');
});

test('common tails are folded: ad breaks, editor’s notes, help lines, interview links, newsletter and podcast plugs', () => {
	const tails = [
		'Story continues below advertisement',
		'Editor’s note: This story has been updated with a statement from the council.',
		'Need help? Visit the support page or call 0800 123 456.',
		'Listen to the full interview here',
		'Get the morning briefing delivered to your inbox every weekday.',
		'Listen to our daily show on Apple Podcasts, Spotify or wherever you get your podcasts.',
	];
	const article = parseArticle(`Council approves the harbour plan\n\nThe council approved the plan on Monday.\n\n${tails.join('\n\n')}\n\nWork starts in May, officials said.\n`);
	const kinds = new Map(article.paragraphs.map((p) => [article.text.slice(p.start, p.end), p.kind]));
	for (const tail of tails) assert.equal(kinds.get(tail), 'boilerplate', tail);
	assert.equal(kinds.get('Work starts in May, officials said.'), 'body');
	assert.equal(kinds.get('The council approved the plan on Monday.'), 'body');
});

test('the headline repeated further down is folded, however it is cased, spaced or punctuated; a line that only starts like it is not', () => {
	const title = 'Harbour ferry returns after the storm';
	const repeats = ['Harbour ferry returns after the storm', 'HARBOUR FERRY — returns after the storm!', '  harbour   ferry: returns, after the storm. ', 'Ｈａｒｂｏｕｒ ferry returns after the storm'];
	const different = ['Harbour ferry returns after the storm passes', 'Harbour ferry returns', 'Harbour ferries return after the storm', 'The harbour ferry returns after the storm'];
	const article = parseArticle(`${title}\n\n${[...repeats, ...different].join('\n\n')}\n\nThe ferry sailed again on Monday, the council said.\n`);
	const kinds = new Map(article.paragraphs.map((p) => [article.text.slice(p.start, p.end), p.kind]));
	for (const repeat of repeats) assert.equal(kinds.get(repeat.trim()), 'boilerplate', repeat);
	for (const line of different) assert.equal(kinds.get(line), 'body', line);
});
