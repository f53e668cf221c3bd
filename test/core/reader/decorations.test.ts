import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { styleRange, type Decoration } from '../../../source/core/reader/decorations.js';
import { RUNS } from '../../helpers/arbitraries.js';

const decoration: fc.Arbitrary<Decoration> = fc
	.tuple(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 1, max: 60 }), fc.constantFrom('quote', 'quiet', 'speaker', 'highlight', 'selection', 'match'), fc.nat(7), fc.boolean())
	.map(([start, length, type, slot, flag]): Decoration => {
		const end = start + length;
		switch (type) {
			case 'quote':
				return { type, start, end, slot: flag ? slot : null };
			case 'speaker':
				return { type, start, end, slot };
			case 'highlight':
				return { type, start, end, hasNote: flag, focused: slot > 3 };
			default:
				return { type, start, end };
		}
	});

test('styleRange over thousands of decorations (found by an index) gives what it gives over just those on the line', () => {
	fc.assert(
		fc.property(fc.array(decoration, { minLength: 100, maxLength: 400 }), fc.integer({ min: 0, max: 5_050 }), fc.integer({ min: 1, max: 80 }), (decorations, start, length) => {
			const end = start + length;
			const onLine = decorations.filter((d) => d.start < end && d.end > start);
			fc.pre(onLine.length < 64);
			assert.deepEqual(styleRange(start, end, decorations), styleRange(start, end, onLine));
		}),
		RUNS,
	);
});
