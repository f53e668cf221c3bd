import { foldNeedle, termsOf } from './fold.js';

/** Words that must stand side by side, in order: `text` folded for matching, `terms` for the index. */
export interface Phrase {
	readonly text: string;
	readonly terms: readonly string[];
}

/**
 * A parsed query. Every word and phrase must match within one hit (a paragraph, a quote, a note); words
 * match fuzzily, phrases exactly; `speakers` keeps only quotes by someone whose name matches (fuzzily);
 * a hit containing an excluded word or phrase is dropped.
 */
export interface SearchQuery {
	readonly words: readonly string[];
	readonly phrases: readonly Phrase[];
	/** One entry per `by:`, each the terms of that name. */
	readonly speakers: readonly (readonly string[])[];
	readonly excluded: readonly Phrase[];
}

const QUOTE_OPEN = /["“”„«»]/;
const QUOTE_CLOSE = /["“”„«»]/;

interface RawPart {
	readonly text: string;
	readonly quoted: boolean;
	readonly prefix: '' | '-' | 'by:';
}

/** Splits on white space, keeping `"…"` (straight or curly marks) whole; an unclosed mark runs to the end. */
function splitParts(input: string): RawPart[] {
	const parts: RawPart[] = [];
	let at = 0;
	while (at < input.length) {
		while (at < input.length && /\s/.test(input[at]!)) at++;
		if (at >= input.length) break;
		let prefix: RawPart['prefix'] = '';
		if (input[at] === '-' && at + 1 < input.length && !/\s/.test(input[at + 1]!)) {
			prefix = '-';
			at++;
		} else if (input.slice(at, at + 3).toLowerCase() === 'by:') {
			prefix = 'by:';
			at += 3;
		}
		if (QUOTE_OPEN.test(input[at] ?? '')) {
			const close = input.slice(at + 1).search(QUOTE_CLOSE);
			const end = close < 0 ? input.length : at + 1 + close;
			parts.push({ text: input.slice(at + 1, end), quoted: true, prefix });
			at = end + 1;
		} else {
			let end = at;
			while (end < input.length && !/\s/.test(input[end]!)) end++;
			parts.push({ text: input.slice(at, end), quoted: false, prefix });
			at = end;
		}
	}
	return parts;
}

const phraseOf = (text: string): Phrase => ({ text: foldNeedle(text), terms: termsOf(text) });

export function parseQuery(input: string): SearchQuery {
	const words: string[] = [];
	const phrases: Phrase[] = [];
	const speakers: string[][] = [];
	const excluded: Phrase[] = [];
	for (const part of splitParts(input)) {
		const terms = termsOf(part.text);
		if (terms.length === 0) continue;
		if (part.prefix === 'by:') speakers.push(terms);
		else if (part.prefix === '-') excluded.push(phraseOf(part.text));
		// Words joined by punctuation (peace-keeping, U.N.) stand side by side: a phrase.
		else if (part.quoted || terms.length > 1) phrases.push(phraseOf(part.text));
		else words.push(terms[0]!);
	}
	return { words, phrases, speakers, excluded };
}

/** True when the query asks for something: words, a phrase or a speaker (exclusions alone find nothing). */
export function isSearchable(query: SearchQuery): boolean {
	return query.words.length > 0 || query.phrases.length > 0 || query.speakers.length > 0;
}
