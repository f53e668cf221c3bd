import type { TextRange } from '../text/range.js';
import { foldNeedle, foldText, type FoldedText } from './fold.js';

/**
 * The reader's `/`: every place the typed text occurs in the article, matched on the article text with
 * case, accents, quote marks and white space folded, so a phrase broken across wrapped lines, pages or a
 * hard line break is found. Ranges are article offsets, in order.
 */
export function findInArticle(text: string | FoldedText, needle: string): TextRange[] {
	const folded = typeof text === 'string' ? foldText(text) : text;
	const wanted = foldNeedle(needle);
	const matches: TextRange[] = [];
	if (wanted === '') return matches;
	for (let at = folded.text.indexOf(wanted); at >= 0; at = folded.text.indexOf(wanted, at + wanted.length)) {
		matches.push({ start: folded.starts[at]!, end: folded.ends[at + wanted.length - 1]! });
	}
	return matches;
}

/**
 * The match `n` or `N` goes to from `offset` (the focus): the first starting after it, or the last
 * starting before it; wrapping around at the ends. -1 when there are none.
 */
export function stepMatch(matches: readonly TextRange[], offset: number, direction: 1 | -1): number {
	if (matches.length === 0) return -1;
	if (direction === 1) {
		const next = matches.findIndex((match) => match.start > offset);
		return next >= 0 ? next : 0;
	}
	for (let index = matches.length - 1; index >= 0; index--) if (matches[index]!.start < offset) return index;
	return matches.length - 1;
}

/** The status line's words: "match 3 of 12", or "no match". */
export function matchLabel(index: number, total: number): string {
	return total === 0 || index < 0 ? 'no match' : `match ${index + 1} of ${total}`;
}
