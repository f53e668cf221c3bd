import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery } from '../../../source/core/search/query.js';
import { speakerMatcher } from '../../../source/core/search/speaker-match.js';

const matches = (query: string, forms: string[]) => speakerMatcher(parseQuery(query).speakers)(forms);

test('by: matches a speaker as the index does: every word, typos forgiven, a word begun', () => {
	assert.equal(matches('by:lavrov', ['Sergey Lavrov', 'Lavrov']), true);
	assert.equal(matches('by:lavrow', ['Sergey Lavrov']), true, 'one typo in a word of 6');
	assert.equal(matches('by:"sergey lavrov"', ['Sergey Lavrov']), true);
	assert.equal(matches('by:"maria lavrov"', ['Sergey Lavrov']), false, 'every word must be there');
	assert.equal(matches('by:zakh', ['Maria Zakharova']), true, 'four letters begin a word');
	assert.equal(matches('by:lavrov', ['Maria Zakharova', 'Zakharova']), false);
});

test('by: terms may be held by different forms of one speaker, and a name met again in another grouping is judged anew', () => {
	const match = speakerMatcher(parseQuery('by:"sergey lavrov"').speakers);
	assert.equal(match(['Sergey', 'Lavrov']), true, 'the first name in one form, the surname in the other');
	assert.equal(match(['Sergey', 'Maria Zakharova']), false, 'Sergey again, without a Lavrov beside him');
	assert.equal(match(['Lavrov']), false);
	assert.equal(match([]), false);
});

test('by: with more than 32 terms: every one must be held, the 33rd too', () => {
	// Words at least four edits apart, so that no typo allowance mistakes one for another.
	const letter = (code: number) => String.fromCharCode(97 + code);
	const words = Array.from({ length: 33 }, (_, index) => letter(index % 26).repeat(4) + letter(Math.floor(index / 26) * 13 + (index % 13)).repeat(4));
	const match = speakerMatcher([words]);
	assert.equal(match([words.join(' ')]), true);
	assert.equal(match([words.slice(0, 32).join(' ')]), false, 'all but the last');
	assert.equal(match([words.slice(0, 20).join(' '), words.slice(20).join(' ')]), true, 'split across two forms');
});
