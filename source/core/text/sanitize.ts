/**
 * What may reach the terminal. Every string printed from an article or a user's file goes through here:
 * ESC, the other C0 controls, DEL and C1 controls become visible placeholders, bidi overrides (which can
 * reorder what is shown) become U+FFFD, and tabs expand. Each input character maps to its own output, so
 * a slice of the article can be sanitised on its own and still line up with its offsets.
 */
const TAB = '    ';
const REPLACEMENT = '\uFFFD';

export function sanitizeChar(char: string): string {
	const code = char.charCodeAt(0);
	if (code === 0x09) return TAB;
	if (code < 0x20) return String.fromCharCode(0x2400 + code);
	if (code === 0x7f) return '\u2421';
	if (code >= 0x80 && code <= 0x9f) return REPLACEMENT;
	if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return REPLACEMENT;
	return char;
}

// Everything sanitizeChar changes, so clean text passes through without being rebuilt.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** For text laid out on one line: line breaks become spaces, everything else as sanitizeChar says. */
export function sanitizeInline(text: string): string {
	return text.replace(UNSAFE, (char) => (char === '\n' ? ' ' : sanitizeChar(char)));
}

/** For multi-line output (command output in a pipe): line breaks are kept. */
export function sanitizeMultiline(text: string): string {
	return text.replace(UNSAFE, (char) => (char === '\n' ? '\n' : sanitizeChar(char)));
}
