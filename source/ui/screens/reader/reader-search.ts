import type { Decoration } from '../../../core/reader/decorations.js';
import type { ReaderState } from '../../../core/reader/state.js';
import { matchLabel } from '../../../core/search/find-in-article.js';
import type { TextRange } from '../../../core/text/range.js';

/**
 * The hits of the search (s) the article was opened from. `step` moves to the next or previous hit of that
 * search, opening another article when it is there; it answers where the hit is.
 */
export interface ReaderSearchHits {
	/** "hit 3 of 17": the hit the reader is on, of all the search found. */
	readonly label: string;
	/** What to mark in this article: every hit of the search here. */
	readonly marks: readonly TextRange[];
	/** The marks of the hit the reader is on, when it is in this article. */
	readonly current: readonly TextRange[];
	readonly step: (by: 1 | -1) => { readonly path: string; readonly range: TextRange | null; readonly wrapped: boolean } | null;
}

/**
 * The latest search wins: a find typed here (/) while there is one, else the search the article was opened
 * from. Its matches are marked, the one n and N are on drawn apart.
 */
export function searchDecorations(state: ReaderState, hits: ReaderSearchHits | undefined): Decoration[] {
	const { find } = state;
	if (find && (state.mode === 'find' || find.query.trim() !== '')) {
		return find.matches.map((match, index): Decoration => ({ type: 'match', start: match.start, end: match.end, current: index === find.current }));
	}
	if (!hits) return [];
	const current = new Set(hits.current.map((range) => `${range.start}:${range.end}`));
	return hits.marks.map((mark): Decoration => ({ type: 'match', start: mark.start, end: mark.end, current: current.has(`${mark.start}:${mark.end}`) }));
}

/** The status line's word on the latest search: "match 3 of 12", "hit 3 of 17", or nothing. */
export function searchStatus(state: ReaderState, hits: ReaderSearchHits | undefined): string | null {
	const { find } = state;
	if (find && find.query.trim() !== '') return matchLabel(find.current, find.matches.length);
	if (find && state.mode === 'find') return null;
	return hits ? hits.label : null;
}
