import type { TextRange } from '../text/range.js';

/** The reader's `/`: what was typed, where it occurs in the article, and which match has the focus. */
export interface FindState {
	readonly query: string;
	/** Article offsets, in order (core/search findInArticle). */
	readonly matches: readonly TextRange[];
	/** Index of the focused match; -1 when there is none. */
	readonly current: number;
}

/** The first match starting at or after `offset`, else the first of all (the search wraps); -1 with none. */
export function firstMatchFrom(matches: readonly TextRange[], offset: number): number {
	if (matches.length === 0) return -1;
	const at = matches.findIndex((match) => match.start >= offset);
	return at >= 0 ? at : 0;
}
