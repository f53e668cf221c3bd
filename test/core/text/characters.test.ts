import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { endsInContraction, endsWithPossessive, isLetterOrDigitAt, isWhiteSpace, startsUpperCase, startsWithDigit, withoutPossessive } from '../../../source/core/text/characters.js';
import { countQuoteWords, isTitleCase } from '../../../source/core/quotes/spans/kinds.js';
import { tokenise } from '../../../source/core/quotes/spans/tokens.js';
import { SMALL_TITLE_WORDS } from '../../../source/core/quotes/lexicon/index.js';
import { normaliseForComparison, normalisesTo } from '../../../source/core/article/paragraph-kinds.js';
import { RUNS, hostileText } from '../../helpers/arbitraries.js';

// Each char-code reading stands in for a regular expression the engine called per token or per character:
// these properties hold them to that expression, on hostile text and on text made of the awkward cases.

const wordLike = fc
	.array(fc.constantFrom("don't", 'U.S.', 'AT&T', 'well-known', '’tis', 'Russia’s', "Lavrov's", 'we’ll', 'I’d', 'a.b', '--', "'", ' ', '中文', '𝒳𝒴', '١٢٣', 'É', 'e\u0301', '😀', '\ud800', 'The', 'of', 'Art', 'G7', '0', '2024', '\u00a0', '\u2009'), { maxLength: 30 })
	.map((parts) => parts.join(''));
const anyText = fc.oneof(hostileText, wordLike, fc.string({ unit: 'binary' }));

test('word counts by char code count what the word patterns match', () => {
	const quoteWords = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
	fc.assert(fc.property(anyText, (text) => countQuoteWords(text) === quoteWords(text) && countQuoteWords(text, 3) === Math.min(3, quoteWords(text))), RUNS);
});

test('the tokeniser reads the words and marks the word-or-mark pattern matches', () => {
	const byRegex = (text: string) => [...text.matchAll(/([\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*)|[^\s]/gu)].map((match) => match[0]);
	fc.assert(
		fc.property(anyText, (text) => {
			const tokens = tokenise(text, [{ index: 0, start: 0, end: text.length }], []);
			assert.deepEqual(
				tokens.map((token) => token.text),
				byRegex(text),
			);
		}),
		RUNS,
	);
});

test('title case by char code is what the word-by-word pattern says', () => {
	const byRegex = (text: string) => {
		const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
		if (words.length === 0 || !/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
		return words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || SMALL_TITLE_WORDS.has(word.toLowerCase()));
	};
	const titles = fc.array(fc.constantFrom('The', 'Art', 'of', 'the', 'Deal', 'deal', 'Élan', 'élan', '2024', '١٢', '𝒳', 'and', '’s', '-', ' '), { maxLength: 12 }).map((parts) => parts.join(' '));
	fc.assert(fc.property(fc.oneof(titles, anyText), (text) => isTitleCase(text) === byRegex(text)), RUNS);
	assert.equal(isTitleCase('The Art of the Deal'), true);
	assert.equal(isTitleCase('the Art of the Deal'), false, 'a small word may not open it');
	assert.equal(isTitleCase('Make America great again'), false);
});

test('per-token shape tests read char codes as their patterns do', () => {
	fc.assert(
		fc.property(anyText, (text) => {
			const lower = text.toLowerCase();
			assert.equal(startsWithDigit(text), /^\d/.test(text));
			assert.equal(endsWithPossessive(text), /[’']s$/.test(text));
			assert.equal(withoutPossessive(text), text.replace(/[’']s$/, ''));
			assert.equal(endsInContraction(lower), /[’'](d|m|ve|ll|re|t)$/.test(lower));
			assert.equal(startsUpperCase(text), /^\p{Lu}/u.test(text));
			for (let at = 0; at < text.length; at++) {
				assert.equal(isWhiteSpace(text.charCodeAt(at)), /\s/.test(text[at]!));
				assert.equal(isLetterOrDigitAt(text, at), /^[\p{L}\p{N}]/u.test(text.slice(at)));
			}
		}),
		RUNS,
	);
	for (const edge of ['0', '9', '/', ':', '١', "Lavrov's", 'Russia’s', 's', "'s", 'i’d', 'we’ll', 'they’re', 'd', 'don’t', 'Érica', 'éclair']) {
		assert.equal(startsWithDigit(edge), /^\d/.test(edge), edge);
		assert.equal(endsWithPossessive(edge), /[’']s$/.test(edge), edge);
		assert.equal(endsInContraction(edge), /[’'](d|m|ve|ll|re|t)$/.test(edge), edge);
		assert.equal(startsUpperCase(edge), /^\p{Lu}/u.test(edge), edge);
	}
});

test('a paragraph compared with the title as it is normalised matches what comparing the two normal forms says', () => {
	// A repeated headline written otherwise: other case, other punctuation and spacing, or another text altogether.
	const variant = (text: string) =>
		fc.constantFrom(text, text.toUpperCase(), text.toLowerCase(), `“${text}.”`, text.replace(/\s+/g, ' - '), text.replace(/[^\p{L}\p{N}]+/gu, ''), text.replace(/[^\p{L}\p{N}]+/u, 'x'), `${text} x`);
	const pair = anyText.chain((text) => fc.tuple(fc.constant(text), fc.oneof(variant(text), anyText)));
	fc.assert(
		fc.property(pair, ([paragraph, title]) => normalisesTo(paragraph, normaliseForComparison(title)) === (normaliseForComparison(paragraph) === normaliseForComparison(title))),
		RUNS,
	);
});
