import fc from 'fast-check';

/**
 * Property tests run in CI on every `npm test`: few enough runs to take seconds, enough to meet the odd
 * cases. A failure prints the seed and the shrunk input; replay with `{ seed, path }` in the assert options.
 */
export const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 120) };
export const FEW_RUNS = { numRuns: Math.ceil(Number(process.env.PROPERTY_RUNS ?? 120) / 3) };

/** The pieces hostile or merely foreign text is made of. */
const TRICKY = [
	'\u001b[31m', '\u001b]0;retitled\u0007', '\u001b[2J', '\u009b', '\u0085', '\u0000', '\u007f', '\t', '\r', '\r\n', '\n', '\n\n', '\u2028',
	'中文的字', '日本語', '한국어', 'ｆｕｌｌ', '👨‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🇫🇷', 'e\u0301', 'a\u0308\u0323', 'Z\u0351\u0352\u0353\u0354',
	'\u202e', '\u2067', '\u200f', 'مرحبا بالعالم', 'שלום', '\u00a0', '\u200b', '\u200d', '\ufeff', '\ud83d', '\udc00',
	'“', '”', '"', "'", '‘', '’', '«', '»', '„', ' said ', ' Lavrov said. ', 'Sergey Lavrov', 'she said', ' ', '  ', '. ', ', ', '—',
	'word', 'another', 'Moscow', '---', 'title: x',
];

const trickyPiece = fc.constantFrom(...TRICKY);
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 12 });
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 8 });

/** A word far wider than any column: one character, or one grapheme, repeated. */
export const hugeWord = fc
	.tuple(fc.constantFrom('x', '中', '👨‍👩‍👧‍👦', 'e\u0301', '\u001b', '\u200b'), fc.integer({ min: 200, max: 3000 }))
	.map(([unit, count]) => unit.repeat(count));

/** Text as a hostile or clumsy file could hold it: controls, escapes, CJK, emoji, combining marks, RTL, huge words. */
export const hostileText = fc
	.array(fc.oneof({ weight: 6, arbitrary: trickyPiece }, { weight: 2, arbitrary: anyCodePoints }, { weight: 1, arbitrary: anyCodeUnits }, { weight: 1, arbitrary: hugeWord }), {
		maxLength: 60,
	})
	.map((pieces) => pieces.join(''));

/** Columns from the narrowest a grapheme fits in (2: a wide character) to wider than the reader ever uses. */
export const columnWidths = fc.integer({ min: 2, max: 120 });
