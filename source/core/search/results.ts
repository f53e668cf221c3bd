import type { TextRange } from '../text/range.js';

/** What grouping and stepping need of a hit (a SearchHit has it all). */
export interface GroupableHit {
	readonly file: string;
	readonly title: string;
	readonly start: number;
	readonly end: number;
	readonly matches: readonly TextRange[];
	readonly score: number;
}

export interface HitGroup<H extends GroupableHit> {
	readonly file: string;
	readonly title: string;
	readonly hits: readonly H[];
}

/**
 * Hits grouped by article: the article with the best hit first, and within an article its hits in the
 * order of the text, so that stepping through them (n) reads down each article in turn.
 */
export function groupHits<H extends GroupableHit>(hits: readonly H[]): HitGroup<H>[] {
	const groups = new Map<string, { file: string; title: string; hits: H[]; best: number; first: number }>();
	hits.forEach((hit, index) => {
		const group = groups.get(hit.file);
		if (group) {
			group.hits.push(hit);
			group.best = Math.max(group.best, hit.score);
		} else groups.set(hit.file, { file: hit.file, title: hit.title, hits: [hit], best: hit.score, first: index });
	});
	return [...groups.values()]
		.sort((a, b) => b.best - a.best || a.first - b.first)
		.map(({ file, title, hits: found }) => ({ file, title, hits: [...found].sort((a, b) => a.start - b.start || a.end - b.end) }));
}

/** The hits in the order the groups show them: the order n and N step through. */
export function hitsInOrder<H extends GroupableHit>(groups: readonly HitGroup<H>[]): H[] {
	return groups.flatMap((group) => group.hits);
}

/** What to mark of a hit in its article: its matched words, else the whole of it (a note's highlight, a name). */
export function hitMarks(hit: GroupableHit): TextRange[] {
	if (hit.matches.length > 0) return [...hit.matches];
	return hit.end > hit.start ? [{ start: hit.start, end: hit.end }] : [];
}

/** The hit `by` steps from `index` among `count`, wrapping at the ends. */
export function stepHit(index: number, count: number, by: 1 | -1): { index: number; wrapped: boolean } {
	if (count === 0) return { index: -1, wrapped: false };
	const next = index + by;
	if (next >= count) return { index: 0, wrapped: true };
	if (next < 0) return { index: count - 1, wrapped: true };
	return { index: next, wrapped: false };
}

/** The status line's words for the hit the reader is on: "hit 3 of 17". */
export function hitLabel(index: number, total: number): string {
	return total === 0 || index < 0 ? 'no hits' : `hit ${index + 1} of ${total}`;
}
