import { overlaps } from '../text/range.js';
import type { CandidateIndex, HitKind } from './candidate-index.js';
import { findCandidates, type CandidateScratch } from './candidates.js';
import { isSearchable, parseQuery, type SearchQuery } from './query.js';
import { rankUnits, type RankedUnit, type UnitToRank } from './rank.js';
import type { Snippet } from './snippet.js';
import type { TextRange } from '../text/range.js';
import { yieldToEventLoop } from './yield.js';

/** A unit as a segment describes it: its words and place, and the article it is in. */
export interface UnitDescription extends Omit<UnitToRank, 'prescore'> {
	/** The article's path, as the library knows it. */
	readonly file: string;
	readonly title: string;
}

/**
 * One candidate index and a way to read its units' words (a library folder's index reads them from the
 * cache; the notes are in memory). Segments are searched together and their hits ranked as one.
 */
export interface SearchSegment<D extends UnitDescription = UnitDescription> {
	readonly index: CandidateIndex;
	/** Only these units (1) may be hits, when given: a folder's index searched for some of its articles. */
	readonly allowed?: Uint8Array | undefined;
	/** Buffers kept for the next query over this index. */
	readonly scratch?: CandidateScratch | undefined;
	/** `allowed` holds only the quotes of the query's `by:` speakers, chosen by whoever made it (corrections applied). */
	readonly speakersAllowed?: boolean | undefined;
	/** The units asked for, in that order; null for one that cannot be read now (it is left out). */
	describe(units: readonly number[]): Promise<(D | null)[]>;
}

export interface SearchHit<D extends UnitDescription = UnitDescription> {
	readonly file: string;
	readonly title: string;
	readonly kind: HitKind;
	/** Article offsets of what to mark: the matched words (a note: its highlight). */
	readonly start: number;
	readonly end: number;
	readonly matches: readonly TextRange[];
	readonly snippet: Snippet;
	/** 0..1, higher is better. */
	readonly score: number;
	readonly unit: D;
}

export interface SearchOptions {
	readonly limit: number;
	/** Stops a search overtaken by the next key press: it rejects with the signal's reason. */
	readonly signal?: AbortSignal;
}

/**
 * Candidates considered per segment; they are ranked a batch at a time, best guesses first, until there are
 * enough hits or this many were read (a phrase of common words can have thousands of units with both words,
 * few of them side by side: the best guesses are checked, not all).
 */
const MAX_CANDIDATES = 1_000;
const MAX_DESCRIBED = 600;
const batchSize = (limit: number) => Math.min(300, Math.max(30, limit * 2));

/** The query's hits over all segments, best first, at most `limit`. */
export async function searchSegments<D extends UnitDescription>(segments: readonly SearchSegment<D>[], text: string, options: SearchOptions): Promise<SearchHit<D>[]> {
	return searchParsed(segments, parseQuery(text), options);
}

async function searchParsed<D extends UnitDescription>(segments: readonly SearchSegment<D>[], query: SearchQuery, { limit, signal }: SearchOptions): Promise<SearchHit<D>[]> {
	if (!isSearchable(query) || limit <= 0) return [];
	const found: { segment: number; unit: number; prescore: number }[] = [];
	const variants = query.words.map(() => new Set<string>());
	for (const [segment, { index, allowed, scratch, speakersAllowed }] of segments.entries()) {
		signal?.throwIfAborted();
		const result = findCandidates(index, query, MAX_CANDIDATES, allowed, scratch, speakersAllowed);
		result.variants.forEach((terms, word) => terms.forEach((term) => variants[word]!.add(term)));
		for (const { unit, prescore } of result.candidates) found.push({ segment, unit, prescore });
		await yieldToEventLoop();
	}
	found.sort((a, b) => b.prescore - a.prescore);

	const hits: SearchHit<D>[] = [];
	const size = batchSize(limit);
	for (let from = 0; from < Math.min(found.length, Math.max(MAX_DESCRIBED, limit)) && hits.length < limit; from += size) {
		signal?.throwIfAborted();
		const batch = found.slice(from, from + size);
		const described = await describeBatch(segments, batch);
		signal?.throwIfAborted();
		const ranked = rankUnits(described, query, variants);
		hits.push(...ranked.map(toHit));
		dedupe(hits);
		await yieldToEventLoop();
	}
	return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

async function describeBatch<D extends UnitDescription>(
	segments: readonly SearchSegment<D>[],
	batch: readonly { segment: number; unit: number; prescore: number }[],
): Promise<(D & { prescore: number })[]> {
	const bySegment = new Map<number, { unit: number; prescore: number }[]>();
	for (const entry of batch) {
		const list = bySegment.get(entry.segment) ?? [];
		list.push(entry);
		bySegment.set(entry.segment, list);
	}
	const described: (D & { prescore: number })[] = [];
	for (const [segment, entries] of bySegment) {
		const units = await segments[segment]!.describe(entries.map((entry) => entry.unit));
		units.forEach((unit, index) => {
			if (unit) described.push({ ...unit, prescore: entries[index]!.prescore });
		});
	}
	return described;
}

function toHit<D extends UnitDescription>(ranked: RankedUnit<D & { prescore: number }>): SearchHit<D> {
	const { unit, start, end, matches, snippet, score } = ranked;
	return { file: unit.file, title: unit.title, kind: unit.kind, start, end, matches, snippet, score, unit };
}

const OF_THE_TEXT: ReadonlySet<HitKind> = new Set(['title', 'text', 'quote']);

/** A paragraph, a quote in it and a title that opens it are one find over the same words: the best scored is kept. */
function dedupe<D extends UnitDescription>(hits: SearchHit<D>[]): void {
	hits.sort((a, b) => b.score - a.score);
	const kept: SearchHit<D>[] = [];
	for (const hit of hits) {
		const sameWords = (other: SearchHit<D>) =>
			other.file === hit.file && OF_THE_TEXT.has(other.kind) && OF_THE_TEXT.has(hit.kind) && overlaps(other.unit.range, hit.unit.range);
		if (!kept.some(sameWords)) kept.push(hit);
	}
	hits.splice(0, hits.length, ...kept);
}
