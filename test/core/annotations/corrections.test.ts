import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '../../../source/core/article/article.js';
import { analyseQuotes } from '../../../source/core/quotes/index.js';
import { selectorsFor } from '../../../source/core/annotations/selectors.js';
import { nameKey, nameResolver, type Correction, type QuoteSpeakerCorrection } from '../../../source/core/annotations/corrections.js';
import { correctAnalysis } from '../../../source/core/annotations/corrected-analysis.js';

const TEXT = [
	'Harbour plan splits the council',
	'',
	'“We will not pay for a harbour nobody uses,” said councillor Ann Price on Monday.',
	'',
	'“The harbour will pay for itself within ten years,” said Mayor Tom Baird.',
	'',
	'“Nobody asked the fishermen,” Price added.',
].join('\n');

const article = parseArticle(TEXT);
const analysis = analyseQuotes(article);
const quoteNumbered = (words: string) => analysis.quotes.findIndex((quote) => quote.text.startsWith(words));

function setCorrection(words: string, to: string | null, text = article.text, created = '2026-01-01T00:00:00.000Z'): QuoteSpeakerCorrection {
	const quote = analysis.quotes[quoteNumbered(words)]!;
	return { id: `set-${words}`, kind: 'set', file: '/lib/harbour.txt', fingerprint: article.fingerprint, ...selectorsFor(text, quote.start, quote.end), from: quote.speaker, to, created };
}

test('the engine, before any correction', () => {
	assert.deepEqual(
		analysis.quotes.map((quote) => quote.speaker),
		['Ann Price', 'Tom Baird', 'Ann Price'],
	);
});

test('a quote correction sets that quote speaker, marks it corrected, and the speakers are counted again', () => {
	const corrected = correctAnalysis(article.text, analysis, [setCorrection('Nobody asked', 'Tom Baird')]);
	assert.deepEqual(
		corrected.quotes.map((quote) => [quote.speaker, quote.corrected]),
		[
			['Ann Price', false],
			['Tom Baird', false],
			['Tom Baird', true],
		],
	);
	assert.deepEqual(
		corrected.speakers.map((speaker) => [speaker.name, speaker.quotes]),
		[
			['Tom Baird', 2],
			['Ann Price', 1],
		],
	);
});

test('"nobody": the marks hold no one\'s words, and the quote is no longer speech', () => {
	const corrected = correctAnalysis(article.text, analysis, [setCorrection('We will not pay', null)]);
	const quote = corrected.quotes[0]!;
	assert.equal(quote.speaker, null);
	assert.equal(quote.kind, 'scare');
	assert.deepEqual(
		corrected.speakers.map((speaker) => [speaker.name, speaker.quotes]),
		[
			['Ann Price', 1],
			['Tom Baird', 1],
		],
	);
});

test('a typed name the engine never saw becomes a speaker, found where it is written', () => {
	const corrected = correctAnalysis(article.text, analysis, [setCorrection('The harbour will pay', 'Ann Price')]);
	assert.equal(corrected.speakers[0]!.name, 'Ann Price');
	assert.equal(corrected.speakers[0]!.quotes, 3);
	const typed = correctAnalysis(article.text, analysis, [setCorrection('The harbour will pay', 'Harbour Board')]);
	const board = typed.speakers.find((speaker) => speaker.name === 'Harbour Board');
	assert.equal(board?.quotes, 1);
	assert.deepEqual(board?.mentions, []);
});

test('a rename renames the speaker everywhere; the old spelling stays an alias so the name is still found', () => {
	const rename: Correction = { id: 'r1', kind: 'rename', from: 'Tom Baird', to: 'Tom Beard', created: '2026-01-02T00:00:00.000Z' };
	const corrected = correctAnalysis(article.text, analysis, [rename]);
	assert.equal(corrected.quotes[1]!.speaker, 'Tom Beard');
	assert.equal(corrected.quotes[1]!.corrected, true);
	const speaker = corrected.speakers.find((candidate) => candidate.name === 'Tom Beard')!;
	assert.ok(speaker.aliases.includes('Tom Baird'));
	assert.ok(speaker.mentions.length > 0);
});

test('a merge moves every quote of one speaker to the other', () => {
	const merge: Correction = { id: 'm1', kind: 'merge', from: 'ann price', to: 'Tom Baird', created: '2026-01-02T00:00:00.000Z' };
	const corrected = correctAnalysis(article.text, analysis, [merge]);
	assert.deepEqual(
		corrected.speakers.map((speaker) => [speaker.name, speaker.quotes]),
		[['Tom Baird', 3]],
	);
});

test('renames and merges chain in the order they were made, and a circle stops', () => {
	const steps: Correction[] = [
		{ id: 'b', kind: 'merge', from: 'Tom Beard', to: 'Thomas Baird', created: '2026-01-03T00:00:00.000Z' },
		{ id: 'a', kind: 'rename', from: 'Tom Baird', to: 'Tom Beard', created: '2026-01-02T00:00:00.000Z' },
		{ id: 'c', kind: 'merge', from: 'Thomas Baird', to: 'Tom Baird', created: '2026-01-04T00:00:00.000Z' },
	];
	const resolve = nameResolver(steps);
	assert.equal(resolve('Tom Baird'), 'Thomas Baird');
	assert.equal(resolve('Ann Price'), 'Ann Price');
});

test('names resolve as applying every rename and merge in the order made would have them, on random chains with circles', () => {
	// The rule itself, one step after another: what the resolver must agree with however it finds the steps.
	const byHand = (corrections: readonly Correction[], name: string) => {
		const key = nameKey;
		let current = name;
		const seen = new Set([key(name)]);
		for (const step of [...corrections].sort((a, b) => a.created.localeCompare(b.created))) {
			if (step.kind === 'set' || key(step.from) !== key(current)) continue;
			if (seen.has(key(step.to))) break;
			seen.add(key(step.to));
			current = step.to;
		}
		return current;
	};
	const names = ['Ann Price', 'ann price', 'Tom Baird', 'Tom Beard', 'Thomas Baird', 'Jo Poe', 'J. Poe'];
	let seed = 7;
	const random = (below: number) => {
		// mulberry32: repeatable, and well spread in 32-bit integer arithmetic.
		seed = (seed + 0x6d2b79f5) | 0;
		let mixed = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
		return ((mixed ^ (mixed >>> 14)) >>> 0) % below;
	};
	for (let round = 0; round < 300; round++) {
		const corrections: Correction[] = Array.from({ length: 1 + random(8) }, (_, index) => ({
			id: `c${index}`,
			kind: random(2) === 0 ? 'merge' : 'rename',
			from: names[random(names.length)]!,
			to: names[random(names.length)]!,
			created: `2026-01-${String(1 + random(28)).padStart(2, '0')}T00:00:${String(index).padStart(2, '0')}.000Z`,
		}));
		const resolve = nameResolver(corrections);
		for (const name of names) assert.equal(resolve(name), byHand(corrections, name), `${name} under ${JSON.stringify(corrections)}`);
	}
});

test('a quote correction follows its quote when the article is edited above it', () => {
	const correction = setCorrection('Nobody asked', 'Tom Baird');
	const edited = parseArticle(TEXT.replace('Harbour plan splits the council\n', 'Harbour plan splits the council\n\nA new paragraph written later, above everything.\n'));
	const corrected = correctAnalysis(edited.text, analyseQuotes(edited), [correction]);
	assert.equal(corrected.corrections[0]!.state, 'reanchored');
	assert.equal(corrected.quotes[2]!.speaker, 'Tom Baird');
});

test('a quote correction whose words are gone is an orphan, and changes nothing', () => {
	const correction = setCorrection('Nobody asked', 'Tom Baird');
	const edited = parseArticle(TEXT.replace('“Nobody asked the fishermen,” Price added.', 'Price said more later.'));
	const corrected = correctAnalysis(edited.text, analyseQuotes(edited), [correction]);
	assert.equal(corrected.corrections[0]!.state, 'orphaned');
	assert.ok(corrected.quotes.every((quote) => !quote.corrected));
});

test('corrections of another file do not apply', () => {
	const corrected = correctAnalysis(article.text, analysis, [setCorrection('Nobody asked', 'Tom Baird')], '/lib/other.txt');
	assert.equal(corrected.quotes[2]!.speaker, 'Ann Price');
});
