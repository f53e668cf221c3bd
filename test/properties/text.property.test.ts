import { test } from 'node:test';
import fc from 'fast-check';
import { sanitizeChar, sanitizeInline, sanitizeMultiline } from '../../source/core/text/sanitize.js';
import { RUNS, hostileText } from '../helpers/arbitraries.js';

// A terminal acts on C0 and C1 controls (ESC starts every escape sequence), DEL, and bidi overrides.
const UNSAFE_INLINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_MULTILINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

test('property: sanitised text never holds ESC or another control (but the newline of multi-line output)', () => {
	fc.assert(
		fc.property(fc.oneof(hostileText, fc.string({ unit: 'binary' })), (text) => {
			return !UNSAFE_INLINE.test(sanitizeInline(text)) && !UNSAFE_MULTILINE.test(sanitizeMultiline(text));
		}),
		RUNS,
	);
});

test('property: sanitising is character by character, so a slice sanitised alone lines up with the whole', () => {
	fc.assert(
		fc.property(hostileText, fc.nat(), (text, at) => {
			const cut = text.length === 0 ? 0 : at % text.length;
			const whole = sanitizeInline(text);
			return whole === sanitizeInline(text.slice(0, cut)) + sanitizeInline(text.slice(cut)) && whole === [...text].map((char) => (char === '\n' ? ' ' : sanitizeChar(char))).join('');
		}),
		RUNS,
	);
});
