// Character classes read by char code, for loops over every character of an article: a regular expression
// per character (or per token) cost more than the work around it.

/** What /\s/ matches. */
export function isWhiteSpace(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return false;
	return (
		code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
	);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** For each BMP code unit: 0 not known yet, 1 a letter or digit, 2 not. Filled as characters are met. */
const bmpLetterOrDigit = new Uint8Array(0x10000);

/** What /[\p{L}\p{N}]/u matches at `at`: the whole code point, where a surrogate pair starts there. */
export function isLetterOrDigitAt(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
	if (code >= 0xd800 && code <= 0xdfff) return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
	let known = bmpLetterOrDigit[code]!;
	if (known === 0) bmpLetterOrDigit[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
	return known === 1;
}

/** The code units of the code point at `at`: 2 for a surrogate pair, else 1. */
export function codeUnitsAt(text: string, at: number): 1 | 2 {
	const code = text.charCodeAt(at);
	if (code < 0xd800 || code > 0xdbff) return 1;
	const low = text.charCodeAt(at + 1);
	return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

const UPPER_CASE_START = /^\p{Lu}/u;

/** What /^\p{Lu}/u matches: the first code point is an upper-case letter. */
export function startsUpperCase(text: string): boolean {
	const code = text.charCodeAt(0);
	if (code < 0x80) return code >= 0x41 && code <= 0x5a;
	return UPPER_CASE_START.test(text);
}

/** Which characters join two runs of letters and digits into one word. */
export type Joins = (code: number) => boolean;

/** Where the word starting at `start` ends: letters and digits, runs of them joined through one `joins` character, read up to `end`. */
export function wordEnd(text: string, start: number, end: number, joins: Joins): number {
	let at = start;
	for (;;) {
		while (at < end) {
			const code = text.charCodeAt(at);
			// Most text is ASCII: judged here, without a call per character.
			if (code < 0x80) {
				if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) at++;
				else break;
			} else if (isLetterOrDigitAt(text, at)) at += codeUnitsAt(text, at);
			else break;
		}
		if (at + 1 < end && joins(text.charCodeAt(at)) && isLetterOrDigitAt(text, at + 1)) at++;
		else return at;
	}
}

/** Words in text[start, end) as wordEnd reads them, counted up to `limit`. */
export function countWordsBetween(text: string, start: number, end: number, joins: Joins, limit = Number.POSITIVE_INFINITY): number {
	let count = 0;
	for (let at = start; at < end && count < limit; ) {
		if (isLetterOrDigitAt(text, at)) {
			count++;
			at = wordEnd(text, at, end, joins);
		} else at += codeUnitsAt(text, at);
	}
	return count;
}

/** What /^\d/ matches: an ASCII digit first. */
export function startsWithDigit(text: string): boolean {
	const code = text.charCodeAt(0);
	return code >= 0x30 && code <= 0x39;
}

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;

/** What /[’']s$/ matches: `Russia’s`, `Lavrov's`. */
export function endsWithPossessive(text: string): boolean {
	return text.length >= 2 && text.charCodeAt(text.length - 1) === 0x73 && isApostrophe(text.charCodeAt(text.length - 2));
}

/** The text without a possessive ’s (text.replace(/[’']s$/, '')). */
export function withoutPossessive(text: string): string {
	return endsWithPossessive(text) ? text.slice(0, -2) : text;
}

/** What /[’'](d|m|ve|ll|re|t)$/ matches (lower case): `i’d`, `we’ll`, `don’t`. */
export function endsInContraction(lower: string): boolean {
	const at = lower.length - 1;
	const last = lower.charCodeAt(at);
	if (last === 0x64 || last === 0x6d || last === 0x74) return isApostrophe(lower.charCodeAt(at - 1)); // d m t
	const pair = lower.slice(at - 1);
	return (pair === 've' || pair === 'll' || pair === 're') && isApostrophe(lower.charCodeAt(at - 2));
}
