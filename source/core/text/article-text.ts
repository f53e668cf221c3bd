import { createHash } from 'node:crypto';

/**
 * The article text every offset refers to: the file decoded as UTF-8 (invalid bytes become U+FFFD),
 * BOM dropped, CRLF and CR turned into LF. Offsets are UTF-16 indexes into this string.
 */
export function decodeArticleText(raw: Uint8Array | string): string {
	const decoded = typeof raw === 'string' ? raw : new TextDecoder('utf-8', { fatal: false }).decode(raw);
	return decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** SHA-256 (hex) of the article text: identifies an article across renames and moves. */
export function fingerprintOf(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number, text: string, at: number): boolean {
	if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
	return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
}

const isJoiner = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;

/**
 * Words: runs of letters and digits, joined through ' ’ . - (don't, U.S., well-known). What the regular
 * expression /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\/gu matches, counted in one pass without building the
 * list of matches (an 11 MB article has two million).
 */
export function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (isWordChar(code, text, i)) {
			if (!inWord) words++;
			inWord = true;
		} else if (inWord && isJoiner(code) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
			// Still the same word.
		} else {
			inWord = false;
		}
		// The low half of a surrogate pair was judged with its high half.
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const low = text.charCodeAt(i + 1);
			if (low >= 0xdc00 && low <= 0xdfff) i++;
		}
	}
	return words;
}
