import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle, splitFrontMatter } from '../../../source/core/article/article.js';
import { articleFileContent, frontMatterValue, importedFingerprint } from '../../../source/core/import/article-file.js';
import { classifyContent, decodeBody, looksLikeHtml } from '../../../source/core/import/content.js';
import { isoDate } from '../../../source/core/import/dates.js';
import { articleFileNames, articleFileStem } from '../../../source/core/import/file-name.js';

test('article file: the front matter reads back as written, whatever the values hold', () => {
	const meta = {
		title: '"Never again": the town that said no, and said it twice',
		source: "'The Ledger'",
		url: 'https://example.com/a?b=c&d=e#f',
		byline: 'Ann Lee and\nBo Chan \u0007',
		date: '2025-03-06T09:15:00+01:00',
		feed: 'https://example.com/feed.xml',
	};
	const content = articleFileContent({ meta, body: '---\nA body that opens like front matter.\n' });
	const { meta: read, body } = splitFrontMatter(content);
	assert.deepEqual(read, {
		title: '"Never again": the town that said no, and said it twice',
		source: "'The Ledger'",
		url: 'https://example.com/a?b=c&d=e#f',
		byline: 'Ann Lee and Bo Chan',
		date: '2025-03-06T09:15:00+01:00',
		feed: 'https://example.com/feed.xml',
	});
	assert.equal(body, '---\nA body that opens like front matter.\n');
	assert.match(content, /^feed: https:\/\/example\.com\/feed\.xml$/m, 'the feed is kept, for the library index');
	assert.equal(parseArticle(content).title, meta.title);
});

test('article file: no front matter when there is nothing to say, an empty one when the body would be mistaken for it', () => {
	assert.equal(articleFileContent({ meta: {}, body: 'Just text.' }), 'Just text.\n');
	assert.equal(splitFrontMatter(articleFileContent({ meta: {}, body: '---\ntitle: not meta\n---\ntext\n' })).body, '---\ntitle: not meta\n---\ntext\n');
	assert.equal(frontMatterValue('  two\tspaces \n'), 'two spaces');
});

test('article file: the fingerprint is the one the library computes for the written file', () => {
	const content = articleFileContent({ meta: { title: 'T', url: 'https://x.test/' }, body: 'T\n\n“Yes,” she said.\n' });
	assert.equal(importedFingerprint(content), parseArticle(content).fingerprint);
	// The same text under other metadata is the same text.
	assert.equal(importedFingerprint(content), importedFingerprint(articleFileContent({ meta: { title: 'Other' }, body: 'T\n\n“Yes,” she said.\n' })));
});

test('file names: readable, accents dropped, other scripts kept, cut at a word, numbered when taken', () => {
	assert.equal(articleFileStem('Russia warns peacekeepers in Ukraine would trigger direct confrontation with Moscow'), 'russia-warns-peacekeepers-in-ukraine-would-trigger-direct-confrontation');
	assert.equal(articleFileStem('Zürich’s café owners say “non”'), 'zurichs-cafe-owners-say-non');
	assert.equal(articleFileStem('Лавров: компромисса нет'), 'лавров-компромисса-нет');
	assert.equal(articleFileStem('!!!'), 'article');
	assert.equal(articleFileStem('a'.repeat(200)), 'a'.repeat(72));
	const names = articleFileNames('Storm');
	assert.deepEqual([names.next().value, names.next().value, names.next().value], ['storm.txt', 'storm-2.txt', 'storm-3.txt']);
});

test('dates: ISO kept as written, month names read, all-number dates refused', () => {
	assert.equal(isoDate('2025-03-06'), '2025-03-06');
	assert.equal(isoDate('2025-03-06T14:02:00+00:00'), '2025-03-06T14:02:00+00:00');
	assert.equal(isoDate('2025-03-06 14:02'), '2025-03-06T14:02');
	assert.equal(isoDate('Thu, 06 Mar 2025 14:02:00 GMT'), '2025-03-06T14:02:00Z');
	assert.equal(isoDate('March 6, 2025'), new Date('March 6, 2025').toISOString().replace('.000Z', 'Z'));
	assert.equal(isoDate('06/03/2025'), null);
	assert.equal(isoDate('2025-13-45'), null);
	assert.equal(isoDate('yesterday'), null);
	assert.equal(isoDate(''), null);
});

test('content: the media type where it is clear, the bytes where it is missing or generic', () => {
	const bytes = (text: string) => Buffer.from(text);
	assert.equal(classifyContent('text/html; charset=utf-8', bytes('<p>x</p>')), 'html');
	assert.equal(classifyContent('text/plain', bytes('Tide tables')), 'text');
	assert.equal(classifyContent('application/octet-stream', bytes('<?xml version="1.0"?>\n<rss version="2.0"></rss>')), 'feed');
	assert.equal(classifyContent('text/xml', bytes('<feed xmlns="http://www.w3.org/2005/Atom">')), 'feed');
	assert.equal(classifyContent('application/json', bytes('{"version": "https://jsonfeed.org/version/1.1", "items": []}')), 'feed');
	assert.equal(classifyContent(null, bytes('<!DOCTYPE html><html>')), 'html');
	assert.equal(classifyContent(null, bytes('Plain words')), 'text');
	assert.equal(classifyContent('image/jpeg', bytes('\u00ff\u00d8')), 'other');
	assert.equal(classifyContent('text/html', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 1])), 'other');
	assert.ok(looksLikeHtml('\uFEFF<!-- saved -->\n  <html lang="en">'));
	assert.ok(!looksLikeHtml('<b>bold</b> is not a page'));
});

test('content: decoded by the charset the server names, else a BOM, else the page’s own declaration', () => {
	const cafe = Buffer.from([0x63, 0x61, 0x66, 0xe9]);
	assert.equal(decodeBody(cafe, 'text/plain; charset=ISO-8859-1'), 'café');
	assert.equal(decodeBody(Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), cafe]), 'text/html'), '<meta charset="windows-1252"><p>café');
	assert.equal(decodeBody(Buffer.from([0xef, 0xbb, 0xbf, 0x63, 0xc3, 0xa9]), null), 'cé');
	assert.equal(decodeBody(cafe, 'text/plain; charset=no-such-charset'), 'caf\uFFFD');
});
