import { inQuotes } from '../../../core/annotations/citation.js';
import type { LibraryQuote } from '../../../core/library/people.js';
import { wrapRange } from '../../../core/reader/layout.js';
import { sanitizeInline } from '../../../core/text/sanitize.js';

/**
 * A quote as the people screen lists it: in marks, wrapped to `width` with every word kept, and what the
 * reader should know of its attribution (a guess, their own correction) after it.
 */
export function quoteLines(quote: Pick<LibraryQuote, 'text' | 'sure' | 'corrected' | 'kind'>, width: number): string[] {
	const tags = [quote.kind === 'partial' ? 'partial' : null, quote.corrected ? 'your correction' : !quote.sure ? 'unsure' : null].filter(Boolean);
	const flat = sanitizeInline(`${inQuotes(quote.text)}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`);
	const lines = wrapRange(flat, 0, flat.length, Math.max(1, width)).map((range) => flat.slice(range.start, range.end));
	return lines.length > 0 ? lines : [''];
}
