import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../../source/core/article/article.js';
import { articleFileContent } from '../../../source/core/import/article-file.js';
import { documentToArticle } from '../../../source/core/import/index.js';
import { htmlToArticle, NotAnArticleError } from '../../../source/core/import/html-article.js';
import { analyseQuotes } from '../../../source/core/quotes/index.js';
import { fixture } from '../../helpers/news-server.js';

const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../../articles/${name}`, import.meta.url)));
const PAGE_URL = 'http://127.0.0.1:8080/news/story';

/** What a reader sees of the quotes: each quote's words, speaker and kind, and each speaker's count. */
function quotesAndSpeakers(raw: string | Uint8Array) {
	const { quotes, speakers } = analyseQuotes(parseArticle(raw));
	return {
		quotes: quotes.map(({ text, speaker, kind }) => ({ text, speaker, kind })),
		speakers: speakers.map(({ name, quotes: count }) => ({ name, quotes: count })),
	};
}

for (const [page, plain, speaker] of [
	['zakharova.html', 'russia-warns-peacekeepers-direct-confrontation.txt', 'Maria Zakharova'],
	['lavrov.html', 'lavrov-no-compromise-on-peacekeepers.txt', 'Sergey Lavrov'],
] as const) {
	test(`html import: ${page}, a seed inside a news site's page, has every quote and speaker of the plain seed`, () => {
		const imported = articleFileContent(htmlToArticle(fixture(page).toString('utf8'), { url: PAGE_URL }));
		const expected = quotesAndSpeakers(seed(plain));
		assert.ok(expected.quotes.length >= 4, 'the seed has quotes to compare');
		assert.deepEqual(quotesAndSpeakers(imported), expected);
		assert.equal(expected.speakers[0]!.name, speaker);
	});
}

test('html import: navigation, ads, related links, newsletter box, cookie note, pleas and footer are dropped', () => {
	const { body } = htmlToArticle(fixture('zakharova.html').toString('utf8'), { url: PAGE_URL });
	for (const furniture of [
		'We use cookies',
		'Analysis', // the menu
		'Advertisement',
		'Read also',
		'Zelensky in London',
		'Sign up for our newsletter',
		'Related',
		'You could close this page',
		'suggest a correction',
		'Ctrl + Enter',
		'Most read',
		'ad blocker',
		'All rights reserved',
		'Share on Facebook',
		'Comments are closed',
	]) {
		assert.ok(!body.includes(furniture), `"${furniture}" was dropped`);
	}
	assert.ok(body.includes('she concluded'), 'the article itself is there');
});

test('html import: one paragraph per block after the headline, standfirst and byline; quote marks kept', () => {
	const { body } = htmlToArticle(fixture('zakharova.html').toString('utf8'), { url: PAGE_URL });
	const paragraphs = body.trimEnd().split('\n\n');
	assert.equal(paragraphs[0], 'Russia warns peacekeepers in Ukraine would trigger direct confrontation with Moscow');
	assert.deepEqual(paragraphs[1]!.split('\n'), [
		'Russia warns NATO peacekeeping mission in Ukraine could spark direct conflict, rejecting UK-France initiative as potential military intervention.',
		'By Yuri Zoria',
	]);
	assert.equal(paragraphs.length, 2 + 8);
	assert.equal(paragraphs[2], 'Russian Foreign Ministry spokeswoman Maria Zakharova stated that the deployment of peacekeeping forces in Ukraine would lead to a direct confrontation between Russia and NATO, according to Interfax.');
	// &ldquo; &rsquo; entities and literal curly marks alike.
	assert.ok(paragraphs.includes('“We understand why they are doing this. They need to provoke Europe into a massacre,” she concluded.'));
	assert.ok(body.includes('the idea of ‘depersonalizing’ the form'));
	const article = parseArticle(articleFileContent(htmlToArticle(fixture('zakharova.html').toString('utf8'))));
	assert.deepEqual(article.paragraphs.slice(0, 4).map((paragraph) => paragraph.kind), ['title', 'dek', 'byline', 'body']);
});

test('html import: <br> ends a paragraph, <q> gets the marks a browser draws, hidden text and scripts are left out', () => {
	const words = 'The council met on Tuesday evening to discuss the harbour, the road and the school. '.repeat(4);
	const html = `<!doctype html><html><head><title>Council meets</title></head><body><article><h1>Council meets</h1>
		<p>${words}</p>
		<p>The leader said <q>we will <q>not</q> wait</q> and left.<br>A second line stands alone.</p>
		<p hidden>Hidden text</p><p style="display: none">Also hidden</p><script>var x = "script text";</script>
		<p>${words}</p></article></body></html>`;
	const { body } = htmlToArticle(html);
	assert.ok(body.includes('The leader said “we will ‘not’ wait” and left.\n\nA second line stands alone.'));
	for (const unseen of ['Hidden text', 'Also hidden', 'script text']) assert.ok(!body.includes(unseen), unseen);
});

test('html import: metadata from schema.org JSON-LD (a @graph, the publisher by reference)', () => {
	const { meta } = htmlToArticle(fixture('lavrov.html').toString('utf8'), { url: PAGE_URL });
	assert.deepEqual(meta, {
		title: 'Russia sees no possibility of reaching a compromise on the potential deployment of European peacekeepers in Ukraine',
		source: 'The Daily Ledger',
		url: PAGE_URL,
		byline: 'Chinedu Okafor',
		date: '2025-03-06T09:15:00+01:00',
	});
});

test('html import: metadata from OpenGraph alone; the canonical address is kept when it is on the same site', () => {
	const html = fixture('og-only.html').toString('utf8');
	assert.deepEqual(htmlToArticle(html, { url: 'http://coast.test/news/storm-closes-coast-road?utm_source=rss' }).meta, {
		title: 'Storm closes the coast road for a second night',
		source: 'The Coastal Times',
		url: 'http://coast.test/news/storm-closes-coast-road',
		byline: 'Jane Smith',
		date: '2025-11-02T07:30:00Z',
	});
	// Another site's address in og:url is not believed over where the page came from.
	assert.equal(htmlToArticle(html, { url: PAGE_URL }).meta.url, PAGE_URL);
	// A saved page has only its own word for it.
	assert.equal(htmlToArticle(html).meta.url, 'http://coast.test/news/storm-closes-coast-road');
});

test('html import: <meta> tags, a title with the site name appended, and a windows-1252 page', () => {
	const article = documentToArticle({ bytes: fixture('harbour.html'), contentType: 'text/html', url: PAGE_URL });
	assert.deepEqual(article.meta, { title: 'Harbour wall repairs to start in spring', source: 'The Coastal Times', url: PAGE_URL, byline: 'Tom Reid', date: '2025-11-03' });
	assert.ok(article.body.includes('expected to cost £2.4 million'));
	assert.ok(article.body.includes('“It is not ideal, but we cannot leave the wall as it is for another winter,” said Priya Nair, the council’s head of highways.'));
	assert.deepEqual(quotesAndSpeakers(articleFileContent(article)).speakers, [
		{ name: 'Priya Nair', quotes: 1 },
		{ name: 'Calum Ross', quotes: 1 },
	]);
});

test('html import: a saved page remembers where it was saved from', () => {
	const html = `<!-- saved from url=(0034)https://example.org/news/a-story -->\n${fixture('harbour.html').toString('latin1')}`;
	assert.equal(htmlToArticle(html).meta.url, 'https://example.org/news/a-story');
});

test('html import: a page of links, a stub and an empty page are not articles', () => {
	assert.throws(() => htmlToArticle(fixture('section-front.html').toString('utf8')), (error: Error) => error instanceof NotAnArticleError && /mostly links/.test(error.message));
	assert.throws(() => htmlToArticle('<html><body><h1>Subscribe</h1><p>Subscribe to read this story.</p></body></html>'), /too little text|no article/);
	assert.throws(() => htmlToArticle(''), NotAnArticleError);
});

test('documents: text is kept as it is (its front matter too); feeds, images and binary files are refused', () => {
	const text = '---\ntitle: Tide tables\n---\nHigh water at Arden is at 06:12.\n\n“Check before you sail,” said the harbour master.\n';
	const article = documentToArticle({ bytes: Buffer.from(text), contentType: 'text/plain', url: PAGE_URL });
	assert.deepEqual(article, { meta: { title: 'Tide tables', url: PAGE_URL }, body: 'High water at Arden is at 06:12.\n\n“Check before you sail,” said the harbour master.\n' });
	// Piped or saved HTML without a media type is recognised by its start.
	assert.equal(documentToArticle({ bytes: fixture('og-only.html'), contentType: null }).meta.title, 'Storm closes the coast road for a second night');
	assert.throws(() => documentToArticle({ bytes: fixture('rss.xml'), contentType: 'application/rss+xml' }), /it is a feed/);
	assert.throws(() => documentToArticle({ bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), contentType: 'image/png' }), /not a web page or text \(image\/png\)/);
	assert.throws(() => documentToArticle({ bytes: Buffer.from('%PDF-1.7\n\u0000\u0000'), contentType: 'text/html' }), /binary content/);
	assert.throws(() => documentToArticle({ bytes: Buffer.from('{"a": 1}'), contentType: 'application/json' }), /application\/json/);
	assert.throws(() => documentToArticle({ bytes: Buffer.from('  \n\n '), contentType: null }), /no text/);
});
