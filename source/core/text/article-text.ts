import { createHash } from 'node:crypto';
import { countWordsBetween } from './characters.js';

/** Decoding whole files keeps no state between calls: one decoder serves them all. */
const UTF8 = new TextDecoder('utf-8', { fatal: false });

/**
 * The article text every offset refers to: the file decoded as UTF-8 (invalid bytes become U+FFFD),
 * BOM dropped, CRLF and CR turned into LF. Offsets are UTF-16 indexes into this string.
 */
export function decodeArticleText(raw: Uint8Array | string): string {
	const decoded = typeof raw === 'string' ? raw : UTF8.decode(raw);
	const withoutBom = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
	return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

/** SHA-256 (hex) of the article text: identifies an article across renames and moves. */
export function fingerprintOf(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `don't`, `U.S.`, `well-known`: a word runs on through one apostrophe, stop or hyphen. */
const joinsWords = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;

/**
 * Words: runs of letters and digits, joined through ' ’ . - (don't, U.S., well-known). What the regular
 * expression /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\/gu matches, counted in one pass without building the
 * list of matches (an 11 MB article has two million).
 */
export function countWords(text: string, start = 0, end = text.length): number {
	return countWordsBetween(text, start, end, joinsWords);
}
