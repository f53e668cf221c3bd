import { createHash } from 'node:crypto';

/**
 * The article text every offset refers to: the file decoded as UTF-8 (invalid bytes become U+FFFD),
 * BOM dropped, CRLF and CR turned into LF. Offsets are UTF-16 indexes into this string.
 */
export function decodeArticleText(raw: Uint8Array | string): string {
	const decoded = typeof raw === 'string' ? raw : new TextDecoder('utf-8', { fatal: false }).decode(raw);
	const withoutBom = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
	return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

/** SHA-256 (hex) of the article text: identifies an article across renames and moves. */
export function fingerprintOf(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** For each BMP code unit: 0 not known yet, 1 a letter or digit, 2 not. Filled as characters are met. */
const bmpWordChar = new Uint8Array(0x10000);

function isWordChar(code: number, text: string, at: number): boolean {
	if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
	if (code >= 0xd800 && code <= 0xdfff) return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
	let known = bmpWordChar[code]!;
	if (known === 0) bmpWordChar[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
	return known === 1;
}

const isJoiner = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;

/**
 * Words: runs of letters and digits, joined through ' ’ . - (don't, U.S., well-known). What the regular
 * expression /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\/gu matches, counted in one pass without building the
 * list of matches (an 11 MB article has two million).
 */
export function countWords(text: string, start = 0, end = text.length): number {
	let words = 0;
	let inWord = false;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (isWordChar(code, text, i)) {
			if (!inWord) words++;
			inWord = true;
		} else if (inWord && isJoiner(code) && i + 1 < end && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
			// Still the same word.
		} else {
			inWord = false;
		}
		// The low half of a surrogate pair was judged with its high half.
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
			const low = text.charCodeAt(i + 1);
			if (low >= 0xdc00 && low <= 0xdfff) i++;
		}
	}
	return words;
}
