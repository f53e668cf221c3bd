import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { parseArticle } from '../../source/core/article/article.js';
import { layoutArticle, wrapRange } from '../../source/core/reader/layout.js';
import { sanitizeInline } from '../../source/core/text/sanitize.js';
import { FEW_RUNS, RUNS, columnWidths, hostileText } from '../helpers/arbitraries.js';

const visible = (text: string) => text.replace(/\s+/g, '');

/** Lines in order, never overlapping, none wider than the column, and together every visible character once. */
function checkLines(text: string, lines: readonly { start: number; end: number }[], width: number, expectedVisible: string): void {
	let previousEnd = 0;
	let shown = '';
	for (const line of lines) {
		assert.ok(line.start >= previousEnd && line.end >= line.start, `line ${line.start}..${line.end} after ${previousEnd}`);
		previousEnd = line.end;
		const slice = text.slice(line.start, line.end);
		const columns = stringWidth(sanitizeInline(slice));
		assert.ok(columns <= width, `${JSON.stringify(slice)} is ${columns} columns, wider than ${width}`);
		shown += slice;
	}
	assert.equal(visible(shown), expectedVisible, 'every visible character appears exactly once');
}

test('property: wrapping never makes a line wider than the column and shows every visible character exactly once', () => {
	fc.assert(
		fc.property(hostileText, columnWidths, (text, width) => {
			checkLines(text, wrapRange(text, 0, text.length, width), width, visible(text));
		}),
		RUNS,
	);
});

test('property: an article laid out in pages shows each visible character of its paragraphs once, in order, within the column', () => {
	fc.assert(
		fc.property(hostileText, columnWidths, fc.integer({ min: 1, max: 40 }), (raw, width, pageHeight) => {
			const article = parseArticle(raw);
			const layout = layoutArticle(article, { width, unfold: true });
			const textLines = layout.lines.filter((line) => line.kind !== 'blank');
			const paragraphs = article.paragraphs.map((paragraph) => article.text.slice(paragraph.start, paragraph.end)).join('');
			checkLines(article.text, textLines, width, visible(paragraphs));
			// Pages are runs of `pageHeight` lines: each line, so each character, on exactly one page.
			const pages = Math.ceil(layout.lines.length / pageHeight);
			const paged = Array.from({ length: pages }, (_, page) => layout.lines.slice(page * pageHeight, (page + 1) * pageHeight)).flat();
			assert.deepEqual(paged, layout.lines);
		}),
		FEW_RUNS,
	);
});
