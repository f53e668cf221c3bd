/**
 * How text is compared in search: case, accents, the kind of quotation mark or dash, and runs of white
 * space do not matter. Terms (for the index) are runs of letters and digits; folded text (for phrases and
 * the reader's find) keeps a map back to the article's offsets.
 */

const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}+/gu;

/** A term as the index stores it: lower case, accents dropped. */
export function foldTerm(token: string): string {
	const lower = token.toLowerCase();
	return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '').normalize('NFC') : lower;
}

/** Single letters (a, I, the s of an apostrophe) say nothing on their own; digits do. */
export function isIndexedTerm(term: string): boolean {
	return term.length > 1 || (term >= '0' && term <= '9') || /\p{N}/u.test(term);
}

// What each UTF-16 code unit is, worked out once per unit seen: a letter or digit starts a term, a mark
// continues one, anything else ends it. Surrogates (letters beyond the first plane) are read as pairs.
const OTHER = 1;
const STARTS = 2;
const CONTINUES = 3;
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
	const known = classes[code]!;
	if (known !== 0) return known;
	const char = String.fromCharCode(code);
	const found = /[\p{L}\p{N}]/u.test(char) ? STARTS : /\p{M}/u.test(char) ? CONTINUES : OTHER;
	classes[code] = found;
	return found;
}

function isAsciiWordChar(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** The class of the character at `at`: a surrogate pair is classed by its code point. */
function classAt(text: string, at: number, code: number): number {
	if (code < 0x80) return isAsciiWordChar(code) ? STARTS : OTHER;
	if (code < 0xd800 || code > 0xdbff) return classOf(code);
	const char = String.fromCodePoint(text.codePointAt(at)!);
	return /[\p{L}\p{N}]/u.test(char) ? STARTS : /\p{M}/u.test(char) ? CONTINUES : OTHER;
}

/** Calls `visit` with each term of `text[start, end)` (runs of letters and digits) and its offsets. */
export function forEachTerm(text: string, start: number, end: number, visit: (term: string, start: number, end: number) => void): void {
	let at = start;
	while (at < end) {
		const code = text.charCodeAt(at);
		const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
		if (classAt(text, at, code) !== STARTS) {
			at += width;
			continue;
		}
		const from = at;
		let ascii = code < 0x80;
		at += width;
		while (at < end) {
			const next = text.charCodeAt(at);
			if (next < 0x80) {
				if (!isAsciiWordChar(next)) break;
				at++;
				continue;
			}
			if (classAt(text, at, next) === OTHER) break;
			ascii = false;
			at += next >= 0xd800 && next <= 0xdbff ? 2 : 1;
		}
		const token = text.slice(from, at);
		const term = ascii ? token.toLowerCase() : foldTerm(token);
		if (isIndexedTerm(term)) visit(term, from, at);
	}
}

export function termsOf(text: string): string[] {
	const terms: string[] = [];
	forEachTerm(text, 0, text.length, (term) => terms.push(term));
	return terms;
}

/** Folded text with, for each of its characters, the article offsets of the character it came from. */
export interface FoldedText {
	readonly text: string;
	readonly starts: Int32Array;
	readonly ends: Int32Array;
}

const SAME_AS: Readonly<Record<string, string>> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201a': "'",
	'\u201b': "'",
	'\u02bc': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u201e': '"',
	'\u00ab': '"',
	'\u00bb': '"',
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '-',
	'\u2013': '-',
	'\u2014': '-',
	'\u2212': '-',
	'\u00ad': '',
};

function foldChar(char: string): string {
	const same = SAME_AS[char];
	if (same !== undefined) return same;
	return foldTerm(char);
}

function isSpace(code: number): boolean {
	return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * `text[start, end)` folded: lower case, accents dropped, quotes and dashes of one kind, every run of white
 * space one space. A phrase matches the folded text whatever line breaks or wrapping it had.
 */
export function foldText(text: string, start = 0, end = text.length): FoldedText {
	let out = '';
	let starts = new Int32Array(end - start + 1);
	let ends = new Int32Array(end - start + 1);
	let length = 0;
	const push = (unit: string, from: number, to: number) => {
		if (length === starts.length) {
			const grownStarts = new Int32Array(starts.length * 2);
			const grownEnds = new Int32Array(starts.length * 2);
			grownStarts.set(starts);
			grownEnds.set(ends);
			[starts, ends] = [grownStarts, grownEnds];
		}
		out += unit;
		starts[length] = from;
		ends[length++] = to;
	};
	let inSpace = false;
	for (let at = start; at < end; ) {
		const code = text.charCodeAt(at);
		if (code < 0x80) {
			if (isSpace(code)) {
				if (inSpace) ends[length - 1] = at + 1;
				else push(' ', at, at + 1);
				inSpace = true;
			} else {
				push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 96 ? "'" : text[at]!, at, at + 1);
				inSpace = false;
			}
			at++;
			continue;
		}
		const point = text.codePointAt(at)!;
		const width = point > 0xffff ? 2 : 1;
		if (isSpace(point)) {
			if (inSpace) ends[length - 1] = at + width;
			else push(' ', at, at + width);
			inSpace = true;
		} else {
			const folded = foldChar(width === 1 ? text[at]! : text.slice(at, at + 2));
			for (let i = 0; i < folded.length; i++) push(folded[i]!, at, at + width);
			inSpace = false;
		}
		at += width;
	}
	return { text: out, starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/** The query side of `foldText`: trimmed, folded the same way. */
export function foldNeedle(needle: string): string {
	return foldText(needle.trim()).text;
}
