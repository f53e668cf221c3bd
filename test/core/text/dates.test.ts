import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readableDate } from '../../../source/core/text/dates.js';

test('front-matter dates for reading: the day as the outlet dated it, a time only where asked', () => {
	assert.equal(readableDate('2025-11-02T09:00:00Z'), '2 Nov 2025');
	assert.equal(readableDate('2025-03-06T14:02:00+00:00', { time: true }), '6 Mar 2025, 14:02');
	assert.equal(readableDate('2025-11-02T23:30:00-05:00'), '2 Nov 2025', 'not moved into another zone');
	assert.equal(readableDate('2025-12-31'), '31 Dec 2025');
	assert.equal(readableDate('2025-12-31', { time: true }), '31 Dec 2025', 'no time to show');
	assert.equal(readableDate('2025-06-01 08:15'), '1 Jun 2025');
	assert.equal(readableDate('March 6, 2025'), 'March 6, 2025', 'anything else as written');
	assert.equal(readableDate('2025-13-01'), '2025-13-01');
});
