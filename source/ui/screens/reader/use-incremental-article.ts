import { useEffect, useMemo, useRef, useState } from 'react';
import type { Article } from '../../../core/article/article.js';
import { ArticleReading } from '../../../core/reader/article-reading.js';
import { isGrowing } from '../../../core/reader/layout.js';
import { currentTop, visibleRange, type ReaderContext, type ReaderState } from '../../../core/reader/state.js';
import type { CommandId } from '../../keys/keymap.js';
import { SPEAKER_SLOTS } from '../../palette.js';

/** After a key, the background waits this long: keys held down or typed fast are answered first. */
const QUIET_AFTER_KEY_MS = 60;
/** The screen is drawn again this often while the background works (the page count, the speakers' counts). */
const REDRAW_EVERY_MS = 400;
/** Background slices run back to back for about this long before the loop lets everything else run. */
const BURST_MS = 12;

export interface IncrementalArticle {
	readonly reading: ArticleReading;
	/** Called on every key: the background steps aside for a moment. */
	readonly keyPressed: () => void;
}

/**
 * The article worked out as the reader needs it (ArticleReading), and the rest of it worked out in slices
 * between keys, nearest the page first: the layout (the page count turns from "~N" to exact), then the quotes
 * (the speakers and their counts grow). The screen is drawn again now and then while that runs, and at its end.
 */
export function useIncrementalArticle(article: Article): IncrementalArticle {
	const reading = useMemo(() => new ArticleReading(article, SPEAKER_SLOTS), [article]);
	const [, setDrawn] = useState(0);
	const lastKey = useRef(0);
	const restartRef = useRef<() => void>(() => {});

	useEffect(() => {
		let timer: ReturnType<typeof setTimeout> | null = null;
		let immediate: ReturnType<typeof setImmediate> | null = null;
		let stopped = false;
		let drawnAt = Date.now();
		let changed = false;
		const redraw = () => {
			drawnAt = Date.now();
			changed = false;
			setDrawn((count) => count + 1);
		};
		const slice = () => {
			immediate = null;
			timer = null;
			if (stopped) return;
			const quietFor = lastKey.current + QUIET_AFTER_KEY_MS - Date.now();
			if (quietFor > 0) {
				timer = setTimeout(slice, quietFor);
				return;
			}
			const until = performance.now() + BURST_MS;
			let done: ReturnType<ArticleReading['work']>;
			do {
				done = reading.work();
				if (done) changed = true;
			} while (done && performance.now() < until);
			if (!done) {
				// Nothing left (or no page shown yet): draw what is now known, and look again after the next key.
				if (changed) redraw();
				return;
			}
			if (Date.now() - drawnAt >= REDRAW_EVERY_MS) redraw();
			immediate = setImmediate(slice);
		};
		immediate = setImmediate(slice);
		const restart = () => {
			if (!stopped && immediate === null && timer === null) immediate = setImmediate(slice);
		};
		restartRef.current = restart;
		return () => {
			stopped = true;
			if (immediate) clearImmediate(immediate);
			if (timer) clearTimeout(timer);
		};
	}, [reading]);
	// After every drawing: a new width or unfolding has work again once the loop had finished.
	useEffect(() => restartRef.current());

	return useMemo(
		() => ({
			reading,
			keyPressed: () => {
				lastKey.current = Date.now();
			},
		}),
		[reading],
	);
}

/**
 * Before a command runs on an article not yet worked out: the layout (and its sentences) as far as `5)` or a
 * selection can reach from the page, and for } and { the quotes up to the one they step to. Pager moves and
 * jumps to an offset lay out what they need themselves.
 */
export function prepareReaderCommand(reading: ArticleReading, command: CommandId, state: ReaderState, context: ReaderContext): void {
	const times = Math.max(1, Number(state.count) || 1);
	const top = currentTop(state, context);
	if (isGrowing(context.layout)) context.layout.ensureLines(top + (times + 2) * Math.max(1, context.pageHeight));
	if (command === 'reader.nextQuote' || command === 'reader.previousQuote') {
		const from = state.focus?.start ?? visibleRange(context, top).start;
		reading.quotes.analyseForStep(from, command === 'reader.nextQuote' ? 1 : -1, state.speaker, times);
	}
}
