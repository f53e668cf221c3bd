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

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
	// Counted, not collected: an article's words as an array is a lot of garbage for one number.
	WORD.lastIndex = 0;
	let count = 0;
	while (WORD.exec(text) !== null) count++;
	return count;
}
