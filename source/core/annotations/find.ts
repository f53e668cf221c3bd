/**
 * Finding what a person typed in an article: they type straight quotes, hyphens and single spaces
 * where the article has curly quotes, dashes and line breaks.
 */

import type { TextRange } from '../text/range.js';

export type { TextRange };

const DOUBLE_QUOTES = /["“”„‟«»〝〞＂]/;
const SINGLE_QUOTES = /['‘’‚‛‹›′＇]/;
const DASHES = /[-‐‑‒–—―−﹘﹣－]/;
const WHITE_SPACE = /\s/;

/** The article text in matching form, with each character's range in the original text. */
export interface NormalisedText {
	readonly text: string;
	/** `starts[i]`/`ends[i]`: the original range that normalised character `i` came from. */
	readonly starts: Uint32Array;
	readonly ends: Uint32Array;
}

function normaliseCharacter(char: string): string {
	if (DOUBLE_QUOTES.test(char)) return '"';
	if (SINGLE_QUOTES.test(char)) return "'";
	if (DASHES.test(char)) return '-';
	if (char === '…') return '...';
	return char;
}

export function normaliseForMatching(original: string): NormalisedText {
	let text = '';
	const starts: number[] = [];
	const ends: number[] = [];
	let index = 0;
	while (index < original.length) {
		const char = original[index]!;
		if (WHITE_SPACE.test(char)) {
			let runEnd = index + 1;
			while (runEnd < original.length && WHITE_SPACE.test(original[runEnd]!)) runEnd++;
			text += ' ';
			starts.push(index);
			ends.push(runEnd);
			index = runEnd;
			continue;
		}
		for (const part of normaliseCharacter(char)) {
			text += part;
			starts.push(index);
			ends.push(index + 1);
		}
		index++;
	}
	return { text, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** The query in the same form, trimmed: typed text never means "starting with a line break". */
export function normaliseQuery(query: string): string {
	return normaliseForMatching(query.trim()).text;
}

/** Every non-overlapping occurrence of `query`, as offsets into the original text, in reading order. */
export function findAll(text: string, query: string, normalised: NormalisedText = normaliseForMatching(text)): TextRange[] {
	const needle = normaliseQuery(query);
	if (needle.length === 0) return [];
	const found: TextRange[] = [];
	for (let at = normalised.text.indexOf(needle); at >= 0; at = normalised.text.indexOf(needle, at + needle.length)) {
		found.push({ start: normalised.starts[at]!, end: normalised.ends[at + needle.length - 1]! });
	}
	return found;
}

/** The `occurrence`-th (1-based) occurrence of `query`, or undefined when there are fewer. */
export function findOccurrence(text: string, query: string, occurrence = 1): TextRange | undefined {
	if (!Number.isInteger(occurrence) || occurrence < 1) return undefined;
	return findAll(text, query)[occurrence - 1];
}
