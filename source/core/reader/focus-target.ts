import type { Quote } from '../quotes/index.js';
import { contains, overlaps, type TextRange } from '../text/range.js';

/**
 * The highlight "under the cursor": the one exactly on the focus, else the innermost one holding the focus's
 * start (highlights may nest: a sentence inside a highlighted quote), else any the focus touches.
 */
export function highlightAtFocus<H extends TextRange>(highlights: readonly H[], focus: TextRange | null): H | undefined {
	if (!focus) return undefined;
	const exact = highlights.find((h) => h.start === focus.start && h.end === focus.end);
	if (exact) return exact;
	const holding = highlights.filter((h) => h.start <= focus.start && focus.start < h.end);
	holding.sort((a, b) => b.start - a.start || a.end - b.end);
	return holding[0] ?? highlights.find((h) => overlaps(h, focus));
}

/** The speech quote (marks included) that holds the focus, if any. */
export function quoteAtFocus(quotes: readonly Quote[], focus: TextRange | null): Quote | undefined {
	return focus ? quotes.find((quote) => contains({ start: quote.openStart, end: quote.closeEnd }, focus)) : undefined;
}

/**
 * What H, a and y act on when no highlight has the focus: a focused quote's words without their marks,
 * else the focused sentence (or selection) as it is.
 */
export function focusTarget(quotes: readonly Quote[], focus: TextRange | null): TextRange | null {
	if (!focus) return null;
	const quote = quoteAtFocus(quotes, focus);
	if (quote && quote.openStart === focus.start && quote.closeEnd === focus.end) return { start: quote.start, end: quote.end };
	return focus;
}
