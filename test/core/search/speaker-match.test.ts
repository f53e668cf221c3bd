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
