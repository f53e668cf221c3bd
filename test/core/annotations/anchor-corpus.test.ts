import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { anchorHighlight } from '../../../source/core/annotations/anchor.js';
import { selectorsFor } from '../../../source/core/annotations/selectors.js';
import { parseArticle } from '../../../source/core/article/article.js';

// The tuning corpus for approximate re-anchoring: every sentence of the quote gold set's articles
// (news text with quotes), highlighted, then edited or deleted.
const CORPUS = fileURLToPath(new URL('../../fixtures/quotes/articles', import.meta.url));

function sentencesOf(text: string): { start: number; end: number; words: RegExpMatchArray[] }[] {
	return [...text.matchAll(/[A-Z“"][^.!?\n]{15,300}[.!?]/g)].map((match) => ({
		start: match.index!,
		end: match.index! + match[0].length,
		words: [...match[0].matchAll(/[a-z]{4,}/g)],
	}));
}

test('anchor corpus: one word changed re-anchors in place (≥ 90 %); a deleted sentence is never matched elsewhere', { skip: !existsSync(CORPUS) && 'no corpus' }, () => {
	let sentences = 0;
	let editedFound = 0;
	let editedMisplaced = 0;
	let deletedMatched = 0;
	for (const name of readdirSync(CORPUS).filter((file) => file.endsWith('.txt'))) {
		const text = parseArticle(readFileSync(`${CORPUS}/${name}`)).text;
		for (const { start, end, words } of sentencesOf(text)) {
			const saved = selectorsFor(text, start, end);
			const word = words[Math.floor(words.length / 2)];
			if (!word) continue;
			sentences++;
			const at = start + word.index!;
			const edited = anchorHighlight(`${text.slice(0, at)}zzzz${text.slice(at + word[0].length)}`, saved);
			if (edited.state === 'reanchored' && Math.abs(edited.start - start) <= 2) editedFound++;
			else if (edited.state !== 'orphaned') editedMisplaced++;
			const deleted = anchorHighlight(text.slice(0, start) + text.slice(end), saved);
			if (deleted.state !== 'orphaned' && !text.slice(end).includes(saved.exact) && !text.slice(0, start).includes(saved.exact)) deletedMatched++;
		}
	}
	console.log(`anchor corpus: ${sentences} sentences; one word changed: ${editedFound} re-anchored in place, ${editedMisplaced} misplaced; deleted matched elsewhere: ${deletedMatched}`);
	assert.ok(sentences > 100, 'the corpus has sentences');
	assert.ok(editedFound / sentences >= 0.9, `${editedFound}/${sentences}`);
	assert.equal(editedMisplaced, 0);
	assert.equal(deletedMatched, 0);
});
