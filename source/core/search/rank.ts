import Fuse from 'fuse.js';
import type { TextRange } from '../text/range.js';
import type { HitKind } from './candidate-index.js';
import type { WordVariants } from './candidates.js';
import { forEachTerm, foldText } from './fold.js';
import type { SearchQuery } from './query.js';
import { makeSnippet, type Snippet } from './snippet.js';

/** A candidate unit with its words, as the ranking needs it. */
export interface UnitToRank {
	readonly kind: HitKind;
	/** The unit's words (a paragraph, a quote, a title, a name, a note). */
	readonly text: string;
	/** The article offset of `text[0]`, or null when `text` is not the article's (a note, a name, a front-matter title). */
	readonly textStart: number | null;
	/** Where the unit is in the article (a note: its highlight). */
	readonly range: TextRange;
	readonly prescore: number;
}

export interface RankedUnit<T extends UnitToRank> {
	readonly unit: T;
	/** What to mark in the article: from the first match to the last, else the unit's range. */
	readonly start: number;
	readonly end: number;
	/** Each matched word or phrase, in article offsets (none when the text is not the article's). */
	readonly matches: readonly TextRange[];
	readonly snippet: Snippet;
	/** 0..1, higher is better. */
	readonly score: number;
}

/** Fuse.js facts (DESIGN): location ignored, a threshold near 0.3; one record per paragraph. */
const FUSE_THRESHOLD = 0.35;
/** A hit the index matched but fuse.js scored nothing (a typo fuse.js reads as worse) still counts, lower. */
const UNSCORED = 0.3;
const KIND_WEIGHT: Readonly<Record<HitKind, number>> = { title: 1, speaker: 1, quote: 0.97, note: 0.97, text: 0.94 };

interface Checked<T extends UnitToRank> {
	readonly unit: T;
	readonly folded: string;
	readonly local: readonly TextRange[];
}

/**
 * Checks phrases and excluded phrases on each unit's text, marks the matched words, and scores what is
 * left with fuse.js (best first). `variants` are the terms each query word was found by.
 */
export function rankUnits<T extends UnitToRank>(units: readonly T[], query: SearchQuery, variants: WordVariants): RankedUnit<T>[] {
	const checked: Checked<T>[] = [];
	for (const unit of units) {
		const folded = foldText(unit.text);
		if (query.excluded.some((phrase) => containsPhrase(folded.text, phrase.text))) continue;
		const phraseRanges: TextRange[] = [];
		let missing = false;
		for (const phrase of query.phrases) {
			const found = findAll(folded.text, phrase.text);
			if (found.length === 0) missing = true;
			for (const at of found) phraseRanges.push({ start: folded.starts[at]!, end: folded.ends[at + phrase.text.length - 1]! });
		}
		if (missing) continue;
		const words = wordRanges(unit.text, variants);
		// Every word must be there (the candidate index may have left a common one to be checked here).
		if (words.found.some((found) => !found)) continue;
		checked.push({ unit, folded: folded.text, local: [...words.ranges, ...phraseRanges].sort((a, b) => a.start - b.start) });
	}
	const scores = fuseScores(checked, query);
	return checked
		.map(({ unit, local }, index): RankedUnit<T> => {
			const inText = unit.textStart === null ? [] : local.map((range) => ({ start: range.start + unit.textStart!, end: range.end + unit.textStart! }));
			const span = inText.length > 0 ? { start: inText[0]!.start, end: Math.max(...inText.map((range) => range.end)) } : unit.range;
			return { unit, ...span, matches: inText, snippet: makeSnippet(unit.text, local), score: round(scores[index]! * KIND_WEIGHT[unit.kind]) };
		})
		.sort((a, b) => b.score - a.score || b.unit.prescore - a.unit.prescore);
}

/** Ranges of the words of `text` whose terms are among the query words' variants, and which query words were found. */
function wordRanges(text: string, variants: WordVariants): { ranges: TextRange[]; found: boolean[] } {
	const ranges: TextRange[] = [];
	const found = variants.map(() => false);
	if (variants.length === 0) return { ranges, found };
	forEachTerm(text, 0, text.length, (term, start, end) => {
		let matched = false;
		variants.forEach((terms, word) => {
			if (terms.has(term)) matched = found[word] = true;
		});
		if (matched) ranges.push({ start, end });
	});
	return { ranges, found };
}

/** 1 − fuse.js's score for each unit (0 is fuse.js's perfect match), or UNSCORED where it found nothing. */
function fuseScores(units: readonly Checked<UnitToRank>[], query: SearchQuery): number[] {
	const patterns = [...query.words, ...query.phrases.map((phrase) => `'"${phrase.text.replaceAll('"', '')}"`)];
	// by: alone: every quote of the speaker is as good a match; a short one reads best in a list.
	if (patterns.length === 0) return units.map(({ unit }) => 1 / (1 + unit.text.length / 400));
	const fuse = new Fuse(
		units.map((unit) => unit.folded),
		{ includeScore: true, ignoreLocation: true, threshold: FUSE_THRESHOLD, useExtendedSearch: true, fieldNormWeight: 0.5 },
	);
	const scores = units.map(() => UNSCORED);
	for (const result of fuse.search(patterns.join(' '))) scores[result.refIndex] = Math.max(UNSCORED, 1 - (result.score ?? 1));
	return scores;
}

function containsPhrase(folded: string, phrase: string): boolean {
	return findAll(folded, phrase).length > 0;
}

/** Starts of `needle` in `haystack` where it begins and ends at a word boundary. */
function findAll(haystack: string, needle: string): number[] {
	const found: number[] = [];
	if (needle === '') return found;
	for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
		if (isWordChar(haystack[at - 1]) && isWordChar(needle[0])) continue;
		if (isWordChar(haystack[at + needle.length]) && isWordChar(needle[needle.length - 1])) continue;
		found.push(at);
	}
	return found;
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

const round = (score: number) => Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
