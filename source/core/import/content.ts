/** What a fetched body or a read file holds, judged from its media type and its first bytes; `other` is anything we do not read (images, PDFs, archives, plain JSON). */
export type ContentKind = 'html' | 'text' | 'feed' | 'other';

const SNIFF_BYTES = 4096;

/** NUL bytes or mostly control characters in the first few kilobytes: not text in any encoding we read. */
export function looksBinary(bytes: Uint8Array): boolean {
	const head = bytes.subarray(0, SNIFF_BYTES);
	if (head.length === 0) return false;
	// UTF-16 text starts with a BOM; anything else with a NUL is binary (images, PDFs, archives).
	if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
	let controls = 0;
	for (const byte of head) {
		if (byte === 0) return true;
		if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls++;
	}
	return controls > head.length * 0.1;
}

/** The start of an HTML document or fragment (after a BOM, white space and comments). */
export function looksLikeHtml(text: string): boolean {
	const start = text.slice(0, SNIFF_BYTES).replace(/^\uFEFF/, '').replace(/^(\s|<!--[\s\S]*?-->)+/, '');
	return /^<(!doctype\s+html|html|head|body|meta|title|article|main|div|p|section|header)[\s>/]/i.test(start);
}

/** An RSS, Atom or RDF document, or a JSON Feed. */
export function looksLikeFeed(text: string): boolean {
	const start = text.slice(0, SNIFF_BYTES).replace(/^\uFEFF/, '').trimStart();
	if (start.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(start);
	const xml = start.replace(/^(<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<\?xml-stylesheet[\s\S]*?\?>|\s)+/, '');
	return /^<(rss|feed|rdf:RDF)[\s>]/i.test(xml);
}

/** The media type without parameters, lower case; '' when there is none. */
export function mediaType(contentType: string | null): string {
	return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

const FEED_TYPES = new Set([
	'application/rss+xml',
	'application/atom+xml',
	'application/rdf+xml',
	'application/feed+json',
	'application/json',
	'application/xml',
	'text/xml',
]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain', 'text/markdown', 'text/x-markdown']);

/**
 * What a response holds. The media type decides where it is clear; where it is missing or generic
 * (`application/octet-stream`, XML, JSON) the bytes decide, since servers often mislabel feeds and pages.
 */
export function classifyContent(contentType: string | null, bytes: Uint8Array): ContentKind {
	const type = mediaType(contentType);
	if (looksBinary(bytes)) return 'other';
	const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, SNIFF_BYTES));
	if (HTML_TYPES.has(type)) return looksLikeFeed(head) ? 'feed' : 'html';
	if (TEXT_TYPES.has(type)) return looksLikeHtml(head) ? 'html' : looksLikeFeed(head) ? 'feed' : 'text';
	if (type === '' || type === 'application/octet-stream' || FEED_TYPES.has(type)) {
		if (looksLikeFeed(head)) return 'feed';
		if (looksLikeHtml(head)) return 'html';
		return type === '' ? 'text' : 'other';
	}
	return 'other';
}

/**
 * Decodes a body to text: the charset the server named, else a BOM, else a `<meta charset>` or XML
 * declaration near the start, else UTF-8. Invalid bytes become U+FFFD, as in the library.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
	const label = charsetParameter(contentType) ?? bomCharset(bytes) ?? declaredCharset(bytes) ?? 'utf-8';
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(label, { fatal: false });
	} catch {
		decoder = new TextDecoder('utf-8', { fatal: false });
	}
	return decoder.decode(bytes);
}

function charsetParameter(contentType: string | null): string | null {
	const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
	return match ? match[1]! : null;
}

function bomCharset(bytes: Uint8Array): string | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return null;
}

function declaredCharset(bytes: Uint8Array): string | null {
	// Latin-1 maps every byte to one character, so the ASCII declaration reads the same in any ASCII-based charset.
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
	const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
	if (meta) return meta[1]!;
	const xml = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
	return xml ? xml[1]! : null;
}
