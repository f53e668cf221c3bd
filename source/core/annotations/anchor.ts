import approximateSearch from 'approx-string-match';
import type { HighlightSelectors } from './selectors.js';
import { similarity } from './similarity.js';

/**
 * anchored: the saved position still holds the saved text.
 * reanchored: found elsewhere (moved, or slightly edited).
 * orphaned: not found; `start`/`end` are the saved offsets and mean nothing in the current text.
 */
export type AnchorState = 'anchored' | 'reanchored' | 'orphaned';

export interface AnchorResult {
	readonly state: AnchorState;
	readonly start: number;
	readonly end: number;
}

/** Hypothesis' weights (match-quote.js): the quote counts most, context next, position only breaks ties. */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Shorter highlights are only found exactly: a few edits turn a short phrase into any other. */
export const MIN_APPROXIMATE_LENGTH = 16;
/** Errors allowed in an approximate match, as a share of the saved text's length. */
export const MAX_ERROR_RATIO = 0.25;
/**
 * Lowest normalised score an approximate match may have. A quote with 25 % errors needs some surviving
 * context; a nearly intact quote is accepted even when both neighbours changed.
 */
export const MIN_APPROXIMATE_SCORE = 0.6;

interface Candidate {
	readonly start: number;
	readonly end: number;
	readonly errors: number;
}

interface ScoredCandidate extends Candidate {
	readonly score: number;
}

function contextScore(saved: string, current: string): number {
	return saved.length === 0 ? 1 : similarity(saved, current);
}

function scoreCandidate(text: string, selectors: HighlightSelectors, candidate: Candidate): ScoredCandidate {
	const { exact, prefix, suffix } = selectors;
	const quoteScore = 1 - candidate.errors / exact.length;
	const prefixScore = contextScore(prefix, text.slice(Math.max(0, candidate.start - prefix.length), candidate.start));
	const suffixScore = contextScore(suffix, text.slice(candidate.end, candidate.end + suffix.length));
	const positionScore = text.length === 0 ? 1 : 1 - Math.abs(candidate.start - selectors.start) / text.length;
	const raw =
		QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
	return { ...candidate, score: raw / TOTAL_WEIGHT };
}

function best(candidates: readonly ScoredCandidate[]): ScoredCandidate | undefined {
	let winner: ScoredCandidate | undefined;
	for (const candidate of candidates) {
		if (!winner || candidate.score > winner.score) winner = candidate;
	}
	return winner;
}

function exactOccurrences(text: string, exact: string): Candidate[] {
	const found: Candidate[] = [];
	for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
		found.push({ start: at, end: at + exact.length, errors: 0 });
	}
	return found;
}

/**
 * Among exact occurrences, those whose whole saved context is intact win outright (nearest first); only
 * when none is intact are all scored. Keeps a common word in a long article (thousands of occurrences) cheap.
 */
function bestExactOccurrence(text: string, selectors: HighlightSelectors): Candidate | undefined {
	const occurrences = exactOccurrences(text, selectors.exact);
	const { prefix, suffix } = selectors;
	let nearestIntact: Candidate | undefined;
	for (const candidate of occurrences) {
		const intact =
			candidate.start >= prefix.length &&
			text.slice(candidate.start - prefix.length, candidate.start) === prefix &&
			text.slice(candidate.end, candidate.end + suffix.length) === suffix;
		if (intact && (!nearestIntact || Math.abs(candidate.start - selectors.start) < Math.abs(nearestIntact.start - selectors.start))) {
			nearestIntact = candidate;
		}
	}
	return nearestIntact ?? best(occurrences.map((candidate) => scoreCandidate(text, selectors, candidate)));
}

function approximateOccurrences(text: string, exact: string, from: number, to: number): Candidate[] {
	const maxErrors = Math.floor(exact.length * MAX_ERROR_RATIO);
	const seen = new Set<string>();
	const found: Candidate[] = [];
	for (const match of approximateSearch(text.slice(from, to), exact, maxErrors)) {
		const key = `${match.start}:${match.end}`;
		if (seen.has(key) || match.end <= match.start) continue;
		seen.add(key);
		found.push({ start: from + match.start, end: from + match.end, errors: match.errors });
	}
	return found;
}

function approximateMatch(text: string, selectors: HighlightSelectors): ScoredCandidate | undefined {
	const { exact } = selectors;
	// Edits usually stay local: look near the saved position first, then everywhere.
	const padding = Math.max(2000, exact.length * 4);
	const windowStart = Math.max(0, selectors.start - padding);
	const windowEnd = Math.min(text.length, selectors.end + padding);
	const accept = (candidates: Candidate[]) => {
		const winner = best(candidates.map((candidate) => scoreCandidate(text, selectors, candidate)));
		return winner && winner.score >= MIN_APPROXIMATE_SCORE ? winner : undefined;
	};
	const nearby = accept(approximateOccurrences(text, exact, windowStart, windowEnd));
	if (nearby || (windowStart === 0 && windowEnd === text.length)) return nearby;
	return accept(approximateOccurrences(text, exact, 0, text.length));
}

/** Finds a saved highlight in the article text as it is now (see DESIGN.md, "Highlights and notes"). */
export function anchorHighlight(text: string, selectors: HighlightSelectors): AnchorResult {
	const { exact, start, end } = selectors;
	const orphan: AnchorResult = { state: 'orphaned', start, end };
	if (exact.length === 0) return orphan;
	if (start >= 0 && end <= text.length && text.slice(start, end) === exact) return { state: 'anchored', start, end };

	const exactMatch = bestExactOccurrence(text, selectors);
	if (exactMatch) return { state: 'reanchored', start: exactMatch.start, end: exactMatch.end };

	if (exact.length < MIN_APPROXIMATE_LENGTH) return orphan;
	const approximate = approximateMatch(text, selectors);
	return approximate ? { state: 'reanchored', start: approximate.start, end: approximate.end } : orphan;
}
