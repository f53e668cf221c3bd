import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle, type Article } from '../../../source/core/article/article.js';
import { analyseQuotes } from '../../../source/core/quotes/index.js';
import { SlicedQuoteAnalysis, analyseWindow } from '../../../source/core/reader/quote-slices.js';
import { LAVROV_FILE, ZAKHAROVA_FILE, readBundled } from '../../helpers/articles.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function goldArticles(): { name: string; article: Article }[] {
	const found = [ZAKHAROVA_FILE, LAVROV_FILE].map((file) => ({ name: file, article: parseArticle(readBundled(file)) }));
	for (const set of ['quotes', 'quotes-dev', 'quotes-dev2', 'quotes-hidden']) {
		for (const name of readdirSync(`${FIXTURES}${set}/articles`)) found.push({ name, article: parseArticle(readFileSync(`${FIXTURES}${set}/articles/${name}`)) });
	}
	return found;
}

function sliced(article: Article, windowParagraphs: number) {
	const analysis = new SlicedQuoteAnalysis(article, { windowParagraphs });
	while (!analysis.analyseNext());
	return analysis.analysis();
}

test('quote slices: an article within one window gets exactly what analyseQuotes gives', () => {
	for (const { name, article } of goldArticles()) {
		assert.deepEqual(sliced(article, 1_000), analyseQuotes(article), name);
	}
});

test('quote slices: in windows of three paragraphs every quote is found the same, and nearly every speaker', () => {
	let quotes = 0;
	let sameSpeaker = 0;
	for (const { name, article } of goldArticles()) {
		const whole = analyseQuotes(article).quotes;
		const parts = sliced(article, 3).quotes;
		assert.deepEqual(
			parts.map(({ openStart, start, end, closeEnd, kind, paragraph, text }) => ({ openStart, start, end, closeEnd, kind, paragraph, text })),
			whole.map(({ openStart, start, end, closeEnd, kind, paragraph, text }) => ({ openStart, start, end, closeEnd, kind, paragraph, text })),
			name,
		);
		quotes += whole.length;
		sameSpeaker += whole.filter((quote, i) => parts[i]!.speaker === quote.speaker).length;
	}
	// Measured: 775 of 775 with windows of 3; a speaker named only far before a window can be missed.
	assert.ok(sameSpeaker / quotes >= 0.99, `${sameSpeaker} of ${quotes} speakers as in the whole analysis`);
});

test('quote slices: the window around a page is analysed alone, with offsets of the whole article', () => {
	const seed = parseArticle(readBundled(LAVROV_FILE));
	const body = seed.paragraphs.filter((p) => p.kind === 'body').map((p) => seed.text.slice(p.start, p.end));
	const article = parseArticle(`A long read\n\n${Array.from({ length: 5_000 }, (_, i) => body[i % body.length]).join('\n\n')}\n`);
	const analysis = new SlicedQuoteAnalysis(article);
	analysis.analyseAround(2_500, 30);
	assert.ok(analysis.covers(2_500) && analysis.covers(2_530));
	assert.ok(!analysis.covers(0) && !analysis.covers(4_999), 'nothing else is analysed yet');
	const { quotes } = analysis.analysis();
	assert.ok(quotes.length > 0);
	for (const quote of quotes) assert.equal(article.text.slice(quote.start, quote.end), quote.text);
	assert.ok(quotes.some((quote) => quote.speaker === 'Sergey Lavrov'));
	const alone = analyseWindow(article, 2_500, 2_510);
	assert.ok(alone.quotes.every((quote) => quote.paragraph >= 2_500 && quote.paragraph < 2_510));
	assert.equal(analysis.analyseNext(2_500), false);
	assert.ok(analysis.covers(2_560), 'the next slice is the window after the reader');
});

test('quote slices: what a page asks for (between) is what the whole analysis holds over that page, at a cost of the page', () => {
	const seed = parseArticle(readBundled(ZAKHAROVA_FILE));
	const body = seed.paragraphs.filter((p) => p.kind === 'body').map((p) => seed.text.slice(p.start, p.end));
	const article = parseArticle(`A long read\n\n${Array.from({ length: 600 }, (_, i) => body[i % body.length]).join('\n\n')}\n`);
	const analysis = new SlicedQuoteAnalysis(article, { windowParagraphs: 25 });
	while (!analysis.analyseNext());
	const whole = analysis.analysis();
	for (let start = 0; start < article.text.length; start += 2_345) {
		const end = start + 3_000;
		const page = analysis.between(start, end);
		assert.deepEqual(page.quotes, whole.quotes.filter((quote) => quote.openStart < end && quote.closeEnd > start));
		const mentionsOf = (speakers: typeof whole.speakers) =>
			Object.fromEntries(speakers.map((s) => [s.name, s.mentions.filter((m) => m.start < end && m.end > start)]).filter(([, m]) => (m as unknown[]).length > 0));
		assert.deepEqual(mentionsOf(page.speakers), mentionsOf(whole.speakers));
		for (const speaker of page.speakers) assert.equal(speaker.quotes, whole.speakers.find((s) => s.name === speaker.name)?.quotes);
	}
});
