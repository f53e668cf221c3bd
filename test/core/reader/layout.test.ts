import { test } from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import { parseArticle } from '../../../source/core/article/article.js';
import { columnWidth, layoutArticle, lineAtOffset, wrapRange } from '../../../source/core/reader/layout.js';
import { sanitizeInline } from '../../../source/core/text/sanitize.js';
import { LAVROV_FILE, ZAKHAROVA_FILE, readBundled } from '../../helpers/articles.js';

const shown = (text: string, line: { start: number; end: number }) => sanitizeInline(text.slice(line.start, line.end));

for (const file of [ZAKHAROVA_FILE, LAVROV_FILE]) {
	for (const width of [20, 41, 80]) {
		test(`${file.split('/').pop()} at ${width} columns: no line too wide, every character once`, () => {
			const article = parseArticle(readBundled(file));
			const layout = layoutArticle(article, { width, unfold: true });
			for (const line of layout.lines) {
				assert.ok(stringWidth(shown(article.text, line)) <= width, `too wide: "${shown(article.text, line)}"`);
			}
			const laidOut = layout.lines.filter((l) => l.kind !== 'blank').map((l) => article.text.slice(l.start, l.end)).join('');
			const nonSpace = (s: string) => s.replace(/\s+/g, '');
			assert.equal(nonSpace(laidOut), nonSpace(article.paragraphs.map((p) => article.text.slice(p.start, p.end)).join('')));
			assert.equal(nonSpace(laidOut), nonSpace(article.text));
			for (let i = 1; i < layout.lines.length; i++) {
				assert.ok(layout.lines[i]!.start >= layout.lines[i - 1]!.end, 'lines are in order and do not overlap');
			}
		});
	}
}

test('folded paragraphs become one line per run, covering their text', () => {
	const article = parseArticle(readBundled(ZAKHAROVA_FILE));
	const folded = layoutArticle(article, { width: 60, unfold: false });
	const foldLines = folded.lines.filter((l) => l.kind === 'fold');
	assert.equal(foldLines.length, 2, 'the caption run under the dek and the trailing boilerplate');
	assert.equal(foldLines[0]!.folded, 3);
	assert.ok(article.text.slice(foldLines[1]!.start, foldLines[1]!.end).startsWith('Related:'));
	assert.ok(article.text.slice(foldLines[1]!.start, foldLines[1]!.end).endsWith('Related Posts'));
	const unfolded = layoutArticle(article, { width: 60, unfold: true });
	assert.ok(unfolded.lines.length > folded.lines.length + 10);
});

test('a word wider than the column is cut between graphemes, and wide characters count double', () => {
	const text = 'a ' + 'x'.repeat(25) + ' 東京都庁舎の会議 b';
	const ranges = wrapRange(text, 0, text.length, 10);
	for (const range of ranges) assert.ok(stringWidth(text.slice(range.start, range.end)) <= 10);
	assert.equal(ranges.map((r) => text.slice(r.start, r.end)).join('').replace(/\s/g, ''), text.replace(/\s/g, ''));
	const emoji = '👩‍👩‍👧‍👦'.repeat(8);
	for (const range of wrapRange(emoji, 0, emoji.length, 5)) {
		assert.ok(/^(👩‍👩‍👧‍👦)+$/u.test(emoji.slice(range.start, range.end)), 'families stay whole');
	}
});

test('control characters take visible space, so they are measured as shown', () => {
	const text = 'alpha\u001b[31mbeta gamma\tdelta';
	for (const range of wrapRange(text, 0, text.length, 8)) assert.ok(stringWidth(shown(text, range)) <= 8);
});

test('lineAtOffset finds the line showing an offset, never a blank line', () => {
	const article = parseArticle(readBundled(LAVROV_FILE));
	const layout = layoutArticle(article, { width: 50, unfold: false });
	layout.lines.forEach((line, index) => {
		if (line.kind === 'blank') return;
		assert.equal(lineAtOffset(layout, line.start), index);
		assert.equal(lineAtOffset(layout, line.end - 1), index);
	});
});

test('the column is at most 80 wide and keeps a margin in narrow terminals', () => {
	assert.equal(columnWidth(200), 80);
	assert.equal(columnWidth(84), 80);
	assert.equal(columnWidth(60), 56);
});

test('a word tens of thousands of characters long is cut into column-wide lines', () => {
	const text = `Before “${'x'.repeat(50_000)}” after`;
	const ranges = wrapRange(text, 0, text.length, 40);
	assert.ok(ranges.every((range) => stringWidth(text.slice(range.start, range.end)) <= 40));
	assert.equal(ranges.map((range) => text.slice(range.start, range.end)).join('').replace(/\s/g, ''), text.replace(/\s/g, ''));
});

// Issue 10, item 3: a 200,000-character word froze the reader for 40–65 s on every layout (the segmenter
// was given the whole word). Now ~0.6 s; the timeout is far beyond that and far below the old cost.
test('a 200,000-character word is laid out: cut into column-wide lines, every character kept', { timeout: 20_000 }, () => {
	const word = 'x'.repeat(100_000) + '中'.repeat(50_000) + 'e\u0301'.repeat(25_000);
	const text = `Title\n\nBefore ${word} after.\n`;
	const layout = layoutArticle(parseArticle(text), { width: 61, unfold: false });
	const lines = layout.lines.filter((line) => line.kind !== 'blank');
	assert.ok(lines.every((line) => stringWidth(text.slice(line.start, line.end)) <= 61));
	assert.equal(lines.map((line) => text.slice(line.start, line.end)).join('').replace(/\s/g, ''), `Title Before ${word} after.`.replace(/\s/g, ''));
	assert.ok(lines.length > 200_000 / 61);
});

test('white space holding a line break is measured as shown: a tab beside it still takes four columns', () => {
	// Found by the property test: the break was counted as one column whatever else the white space held.
	const text = 'aaaa\t\nbbbb cc';
	const ranges = wrapRange(text, 0, text.length, 10);
	assert.ok(ranges.every((range) => stringWidth(shown(text, range)) <= 10), JSON.stringify(ranges.map((range) => shown(text, range))));
});

test('a grapheme wider than the column (a base and a run of spacing marks) is cut between its code points', () => {
	// Found by the property test: one cluster 3 columns wide in a 2-column line.
	const text = `\u1100${'\uabe3'.repeat(30)}`;
	const ranges = wrapRange(text, 0, text.length, 10);
	assert.ok(ranges.every((range) => stringWidth(shown(text, range)) <= 10));
	assert.equal(ranges.map((range) => text.slice(range.start, range.end)).join(''), text);
});
