import { test } from 'node:test';
import fc from 'fast-check';
import { countWords } from '../../../source/core/text/article-text.js';
import { RUNS, hostileText } from '../../helpers/arbitraries.js';

const byRegex = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

test('countWords counts what the word pattern matches, in one pass (property, on hostile and word-like text)', () => {
	const wordLike = fc.array(fc.constantFrom("don't", 'U.S.', 'well-known', '’tis', 'a.b.c', '--', "'", '.', ' ', '中文', '𝒳𝒴', '١٢٣', 'é', 'e\u0301', '-x-', "x''y"), { maxLength: 40 }).map((parts) => parts.join(''));
	fc.assert(fc.property(fc.oneof(hostileText, wordLike, fc.string({ unit: 'binary' })), (text) => countWords(text) === byRegex(text)), RUNS);
});
