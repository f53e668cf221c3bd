import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorHighlight } from '../../../source/core/annotations/anchor.js';
import { selectorsFor } from '../../../source/core/annotations/selectors.js';

const PARAGRAPHS = [
	'Russia sees no possibility of reaching a compromise on the deployment of European peacekeepers in Ukraine, the foreign minister said on Thursday.',
	'“We see no room for compromise. This discussion is being conducted with an openly hostile purpose,” he told reporters in Moscow.',
	'He made the comments following talks with his Zimbabwean counterpart, who was visiting for two days.',
	'Western countries would not agree on the terms of a peaceful resolution, as such a presence would create facts on the ground.',
	'The ministry said in a statement that the talks had covered trade, energy and the situation in the region.',
];
const ARTICLE = PARAGRAPHS.join('\n\n');

function highlightOf(text: string, exact: string, from = 0) {
	const start = text.indexOf(exact, from);
	assert.ok(start >= 0, `test setup: ${exact} not in text`);
	return selectorsFor(text, start, start + exact.length);
}

const SENTENCE = 'This discussion is being conducted with an openly hostile purpose';

test('anchor: unchanged text anchors at the saved position', () => {
	const saved = highlightOf(ARTICLE, SENTENCE);
	assert.deepEqual(anchorHighlight(ARTICLE, saved), { state: 'anchored', start: saved.start, end: saved.end });
});

test('anchor: a paragraph inserted above moves the highlight with its text', () => {
	const saved = highlightOf(ARTICLE, SENTENCE);
	const inserted = 'Update: this article was revised to add comments from the ministry.';
	const edited = `${inserted}\n\n${ARTICLE}`;
	const result = anchorHighlight(edited, saved);
	assert.equal(result.state, 'reanchored');
	assert.equal(edited.slice(result.start, result.end), SENTENCE);
	assert.equal(result.start, saved.start + inserted.length + 2);
});

test('anchor: a word changed inside the highlight is found approximately', () => {
	const saved = highlightOf(ARTICLE, SENTENCE);
	const edited = ARTICLE.replace('openly hostile', 'clearly hostile');
	const result = anchorHighlight(edited, saved);
	assert.equal(result.state, 'reanchored');
	assert.equal(edited.slice(result.start, result.end), 'This discussion is being conducted with an clearly hostile purpose');
});

test('anchor: a word changed and a paragraph inserted above, together', () => {
	const saved = highlightOf(ARTICLE, PARAGRAPHS[3]!);
	const edited = `A new first paragraph.\n\n${ARTICLE.replace('peaceful resolution', 'peaceful settlement')}`;
	const result = anchorHighlight(edited, saved);
	assert.equal(result.state, 'reanchored');
	assert.equal(edited.slice(result.start, result.end), PARAGRAPHS[3]!.replace('resolution', 'settlement'));
});

test('anchor: the highlighted sentence deleted leaves an orphan with its saved offsets', () => {
	const saved = highlightOf(ARTICLE, SENTENCE);
	const edited = ARTICLE.replace(` ${SENTENCE},”`, '”');
	assert.ok(!edited.includes('openly'));
	assert.deepEqual(anchorHighlight(edited, saved), { state: 'orphaned', start: saved.start, end: saved.end });
});

test('anchor: a whole paragraph deleted leaves an orphan', () => {
	const saved = highlightOf(ARTICLE, PARAGRAPHS[2]!);
	const edited = PARAGRAPHS.filter((_, index) => index !== 2).join('\n\n');
	assert.equal(anchorHighlight(edited, saved).state, 'orphaned');
});

test('anchor: short highlights are not matched approximately', () => {
	const saved = highlightOf(ARTICLE, 'two days');
	const edited = ARTICLE.replace('two days', 'ten days');
	assert.equal(anchorHighlight(edited, saved).state, 'orphaned');
});

test('anchor: rewritten beyond a quarter of its length is an orphan', () => {
	const saved = highlightOf(ARTICLE, PARAGRAPHS[4]!);
	const edited = ARTICLE.replace(PARAGRAPHS[4]!, 'In a statement, officials said the trade and energy discussions had been covered, as had the region.');
	assert.equal(anchorHighlight(edited, saved).state, 'orphaned');
});

test('anchor: duplicates of the exact text elsewhere — context picks the right one', () => {
	// "the talks" occurs in the last paragraph; highlight it, then insert an earlier duplicate closer to the old offset.
	const saved = highlightOf(ARTICLE, 'the talks', ARTICLE.indexOf(PARAGRAPHS[4]!));
	const decoy = 'Officials were not sure the talks would go ahead.';
	const edited = ARTICLE.replace(PARAGRAPHS[3]!, `${PARAGRAPHS[3]!} ${decoy}`);
	const result = anchorHighlight(edited, saved);
	assert.equal(result.state, 'reanchored');
	assert.equal(result.start, edited.indexOf('the talks', edited.indexOf(PARAGRAPHS[4]!)));
});

test('anchor: duplicates with identical context — the one nearest the saved position wins', () => {
	const block = 'Prices rose again. Prices rose again. Prices rose again.';
	const text = `${block}\n\n${block}`;
	const saved = highlightOf(text, 'rose', text.indexOf('\n\n') + 2 + 19);
	const shifted = `X${text}`;
	const result = anchorHighlight(shifted, saved);
	assert.equal(result.state, 'reanchored');
	assert.equal(result.start, saved.start + 1);
});

test('anchor: an empty or out-of-range saved position does not throw', () => {
	const saved = { ...highlightOf(ARTICLE, SENTENCE), start: ARTICLE.length + 50, end: ARTICLE.length + 70 };
	assert.equal(anchorHighlight(ARTICLE, saved).state, 'reanchored');
	assert.equal(anchorHighlight('', saved).state, 'orphaned');
});

/** A long article of real words in a pseudo-random (but fixed) order, so no 120-character run repeats. */
function longArticle(paragraphs: number): string {
	const words = [...new Set(PARAGRAPHS.join(' ').toLowerCase().match(/[a-z]+/g))];
	let state = 42;
	const random = () => {
		// mulberry32
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const out: string[] = [];
	for (let p = 0; p < paragraphs; p++) {
		const sentence: string[] = [];
		for (let w = 0; w < 60; w++) sentence.push(words[Math.floor(random() * words.length)]!);
		out.push(`${p}. ${sentence.join(' ')}.`);
	}
	return out.join('\n\n');
}

test('anchor: fast on a long article (~400 kB), for each stage', () => {
	const text = longArticle(1000);
	const at = Math.floor(text.length * 0.8);
	const start = text.indexOf(' ', at) + 1;
	const saved = selectorsFor(text, start, start + 120);
	const shifted = `${'An inserted paragraph of some length. '.repeat(20)}\n\n${text}`;
	const exactEnd = saved.end;
	const changed = shifted.slice(0, shifted.length - text.length + start + 40) + 'XXXXXXX' + shifted.slice(shifted.length - text.length + start + 47);
	const deleted = text.slice(0, start) + text.slice(exactEnd);
	const timings: Record<string, number> = {};
	for (const [name, version, expected] of [
		['anchored', text, 'anchored'],
		['moved', shifted, 'reanchored'],
		['edited', changed, 'reanchored'],
		['deleted', deleted, 'orphaned'],
	] as const) {
		const began = performance.now();
		const result = anchorHighlight(version, saved);
		timings[name] = Math.round((performance.now() - began) * 10) / 10;
		assert.equal(result.state, expected, name);
	}
	// Generous bounds for slow CI machines; the figures are printed for the record.
	console.log(`anchor timings on ${text.length} chars (ms):`, timings);
	for (const [name, ms] of Object.entries(timings)) assert.ok(ms < 500, `${name} took ${ms} ms`);
});

test('anchor: a common word with thousands of occurrences in a long article stays fast and finds its own', () => {
	let text = '';
	for (let i = 0; text.length < 400_000; i++) text += `${i}. ${ARTICLE}\n\n`;
	const start = text.indexOf('the', 200_000);
	const saved = selectorsFor(text, start, start + 3);
	const shifted = `Inserted.\n\n${text}`;
	const began = performance.now();
	const result = anchorHighlight(shifted, saved);
	const ms = performance.now() - began;
	assert.deepEqual(result, { state: 'reanchored', start: start + 11, end: start + 14 });
	assert.ok(ms < 200, `took ${ms} ms`);
});
