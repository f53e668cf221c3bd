import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticle } from '../../../source/core/article/article.js';
import { IncrementalLayout, layoutArticle, lineAtOffset } from '../../../source/core/reader/layout.js';
import { LAVROV_FILE, ZAKHAROVA_FILE, readBundled } from '../../helpers/articles.js';
import { FEW_RUNS, hostileText } from '../../helpers/arbitraries.js';

const seeds = [ZAKHAROVA_FILE, LAVROV_FILE].map((file) => parseArticle(readBundled(file)));

/** The seeds' body paragraphs repeated into a long article (60,000 paragraphs is about 11 MB). */
function longArticle(paragraphs: number) {
	const body = seeds.flatMap((article) => article.paragraphs.filter((p) => p.kind === 'body').map((p) => article.text.slice(p.start, p.end)));
	return parseArticle(`A very long read\n\n${Array.from({ length: paragraphs }, (_, i) => body[i % body.length]).join('\n\n')}\n`);
}

test('incremental layout: laid out in any order of slices, it ends as the whole layout', () => {
	const step = fc.oneof(
		fc.record({ type: fc.constant('lines' as const), count: fc.integer({ min: 0, max: 200 }) }),
		fc.record({ type: fc.constant('offset' as const), share: fc.double({ min: 0, max: 1, noNaN: true }) }),
		fc.record({ type: fc.constant('slice' as const), characters: fc.integer({ min: 0, max: 3000 }) }),
	);
	const articles = fc.oneof(fc.constantFrom(...seeds), hostileText.map((text) => parseArticle(text)));
	fc.assert(
		fc.property(articles, fc.integer({ min: 10, max: 100 }), fc.boolean(), fc.array(step, { maxLength: 8 }), (article, width, unfold, steps) => {
			const whole = layoutArticle(article, { width, unfold });
			const layout = new IncrementalLayout(article, { width, unfold });
			for (const move of steps) {
				if (move.type === 'lines') layout.ensureLines(move.count);
				else if (move.type === 'offset') layout.ensureOffset(Math.floor(move.share * article.text.length));
				else layout.layOutMore(move.characters);
				// What is laid out is always a beginning of the whole layout.
				assert.deepEqual(layout.lines, whole.lines.slice(0, layout.lines.length));
			}
			while (!layout.layOutMore(1000));
			assert.deepEqual(layout.lines, whole.lines);
			assert.equal(layout.estimatedLineCount(), whole.lines.length);
		}),
		FEW_RUNS,
	);
});

test('incremental layout: the first page of a 20,000-paragraph article lays out only the start, and the page count is estimated', () => {
	const article = longArticle(20_000);
	assert.ok(article.text.length > 3_000_000);
	const layout = new IncrementalLayout(article, { width: 80, unfold: false });
	layout.ensureLines(40);
	assert.ok(layout.lines.length >= 40);
	assert.ok(layout.laidOutTo < article.text.length / 1000, `only the start is laid out (${layout.laidOutTo} of ${article.text.length})`);
	const estimate = layout.estimatedLineCount();
	while (!layout.layOutMore(500_000));
	const actual = layout.lines.length;
	assert.ok(Math.abs(estimate - actual) / actual < 0.1, `estimated ${estimate} lines from the first page; there are ${actual}`);
});

test('incremental layout: ensureOffset lays out up to the line showing that offset, and no further than its paragraph', () => {
	const article = longArticle(2_000);
	const layout = new IncrementalLayout(article, { width: 60, unfold: false });
	const target = article.paragraphs[1_000]!;
	const offset = Math.floor((target.start + target.end) / 2);
	layout.ensureOffset(offset);
	const line = layout.lines[lineAtOffset(layout, offset)]!;
	assert.ok(line.start <= offset && offset <= line.end);
	assert.equal(line.paragraph, 1_000);
	assert.equal(layout.laidOutTo, target.end, 'stops at the end of that paragraph');
});
