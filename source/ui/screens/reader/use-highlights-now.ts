import { useCallback, useRef } from 'react';
import type { Article } from '../../../core/article/article.js';
import { anchorHighlights, type AnchoredHighlight } from '../../../library/anchoring.js';
import type { ReaderStore } from './reader-store.js';

export interface HighlightsNow {
	/** Every highlight of the article, anchored, orphans included. */
	readonly anchored: readonly AnchoredHighlight[];
	/** Those still found in the text: the ones shown and acted on. */
	readonly shown: readonly AnchoredHighlight[];
}

/**
 * The article's highlights as the store has them now, not as last rendered: keys of one chunk come before
 * React renders again, and `Ha` must note the highlight `H` just made (not make a second one), `HH` must see the
 * first. Call `written()` after each write; reads are kept until the next write or another article, so a
 * render's arrays stay the same objects between writes.
 */
export function useHighlightsNow(article: Article, store: ReaderStore, path: string): { read: () => HighlightsNow; written: () => void } {
	const writes = useRef(0);
	const kept = useRef<{ article: Article; writes: number; now: HighlightsNow } | null>(null);
	const read = (): HighlightsNow => {
		const cached = kept.current;
		if (cached && cached.article === article && cached.writes === writes.current) return cached.now;
		const anchored = anchorHighlights(article, store.highlights(path));
		const now = { anchored, shown: anchored.filter((highlight) => highlight.state !== 'orphaned') };
		kept.current = { article, writes: writes.current, now };
		return now;
	};
	const written = useCallback(() => {
		writes.current++;
	}, []);
	return { read, written };
}
