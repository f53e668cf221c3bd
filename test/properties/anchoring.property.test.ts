import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorHighlight } from '../../source/core/annotations/anchor.js';
import { selectorsFor } from '../../source/core/annotations/selectors.js';
import { parseArticle } from '../../source/core/article/article.js';
import { LAVROV_FILE, readBundled } from '../helpers/articles.js';
import { RUNS, hostileText } from '../helpers/arbitraries.js';

const BASE = parseArticle(readBundled(LAVROV_FILE)).text;

interface Edit {
	/** Where, as a share of the text outside the highlight: 0 is the start of the text, 1 its end. */
	readonly at: number;
	readonly remove: number;
	readonly insert: string;
}

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 80 }), insert: hostileText });

/** Applies edits that never touch `[start, end)`; returns the new text and where the highlight is now. */
function applyAway(text: string, start: number, end: number, edits: readonly Edit[]) {
	for (const { at, remove, insert } of edits) {
		const before = Math.round(at * (text.length - (end - start)));
		const position = before <= start ? before : before + (end - start);
		const removed = position <= start ? Math.min(remove, start - position) : Math.min(remove, text.length - position);
		text = text.slice(0, position) + insert + text.slice(position + removed);
		if (position <= start) {
			const shift = insert.length - removed;
			start += shift;
			end += shift;
		}
	}
	return { text, start, end };
}

const occurrences = (text: string, exact: string) => text.split(exact).length - 1;

test('property: edits away from a highlight keep it exact (re-anchored to the same words)', () => {
	fc.assert(
		fc.property(fc.nat(), fc.integer({ min: 1, max: 300 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (seed, length, edits) => {
			const start = seed % (BASE.length - 1);
			const end = Math.min(BASE.length, start + length);
			const exact = BASE.slice(start, end);
			// A phrase that occurs twice is ambiguous by nature; edits that write it again make it so.
			fc.pre(occurrences(BASE, exact) === 1 && exact.trim() !== '');
			const selectors = selectorsFor(BASE, start, end);
			const edited = applyAway(BASE, selectors.start, selectors.end, edits);
			fc.pre(occurrences(edited.text, exact) === 1);
			const found = anchorHighlight(edited.text, selectors);
			assert.notEqual(found.state, 'orphaned');
			assert.deepEqual([found.start, found.end], [edited.start, edited.end]);
			assert.equal(edited.text.slice(found.start, found.end), exact);
		}),
		RUNS,
	);
});
