import type { Article } from '../article/article.js';
import { IncrementalLayout } from './layout.js';
import { LaidOutSentences } from './sentences.js';
import { SlicedQuoteView } from './sliced-quote-view.js';
import type { ReaderContext } from './state.js';

/** Characters laid out per slice of background work: a few milliseconds. */
export const LAYOUT_SLICE_CHARACTERS = 50_000;
/**
 * An article up to this long is worked out whole when first shown (its quotes in one window: what
 * `quotes` prints; its page count exact): a hundred milliseconds at most. Longer ones go by windows and slices.
 */
export const WHOLE_UP_TO_CHARACTERS = 100_000;

interface View {
	readonly layout: IncrementalLayout;
	readonly sentences: LaidOutSentences;
}

/** What one slice of background work did; null when nothing is left to do. */
export type WorkDone = 'layout' | 'quotes' | null;

/**
 * An article as the reader works it out: laid out (at the width and folding shown) and its sentences found as
 * far as the page needs, its quotes analysed around the page, and the rest in slices run between keys (`work`).
 * An 11 MB article shows its first page in milliseconds; a short one is worked out whole at once.
 */
export class ArticleReading {
	readonly article: Article;
	readonly quotes: SlicedQuoteView;
	#views = new Map<string, View>();
	#current: { view: View; top: number } | null = null;

	readonly #whole: boolean;

	constructor(article: Article, speakerSlots: number) {
		this.article = article;
		this.#whole = article.text.length <= WHOLE_UP_TO_CHARACTERS;
		this.quotes = new SlicedQuoteView(article, speakerSlots, this.#whole ? { windowParagraphs: Math.max(1, article.paragraphs.length) } : {});
	}

	/** The layout (and sentences) at this width and folding; only the current width's are kept. */
	#view(width: number, unfold: boolean): View {
		const key = `${width}:${unfold}`;
		let view = this.#views.get(key);
		if (!view) {
			for (const known of this.#views.keys()) if (!known.startsWith(`${width}:`)) this.#views.delete(known);
			view = { layout: new IncrementalLayout(this.article, { width, unfold }), sentences: new LaidOutSentences(this.article, unfold) };
			this.#views.set(key, view);
		}
		return view;
	}

	/**
	 * What the reader's reducer reads: the layout grows as moves need it; the sentences and quotes are read
	 * when a key asks for them, as far as they are known then.
	 */
	context(width: number, unfold: boolean, pageHeight: number): ReaderContext {
		const { layout, sentences } = this.#view(width, unfold);
		const quotes = this.quotes;
		return {
			layout,
			pageHeight,
			get sentences() {
				return sentences.upTo(layout.laidOutTo);
			},
			get quotes() {
				return quotes.navigable;
			},
		};
	}

	/** Lays out the page from line `top` and one after it, and analyses the quotes on it; the background works near it. */
	showPage(context: ReaderContext, top: number, height: number): void {
		const view = [...this.#views.values()].find((known) => known.layout === context.layout);
		if (!view) return;
		if (this.#whole) view.layout.layOutMore(Number.POSITIVE_INFINITY);
		else view.layout.ensureLines(top + 2 * Math.max(1, height));
		const lines = view.layout.lines;
		const first = lines[Math.min(top, lines.length - 1)];
		const last = lines[Math.min(top + height, lines.length) - 1];
		if (first && last) this.quotes.analyseOver(first.start, Math.max(last.end, first.start + 1));
		this.#current = { view, top };
	}

	/** Whether the page count is still an estimate. */
	get estimating(): boolean {
		return this.#current !== null && !this.#current.view.layout.complete;
	}

	/**
	 * One slice of background work for the page shown last: the layout (and its sentences) to the end, then
	 * the quotes, nearest the page first.
	 */
	work(): WorkDone {
		const current = this.#current;
		if (!current) return null;
		const { layout, sentences } = current.view;
		if (!layout.complete) {
			layout.layOutMore(LAYOUT_SLICE_CHARACTERS);
			sentences.upTo(layout.laidOutTo);
			return 'layout';
		}
		if (!this.quotes.complete) {
			this.quotes.analyseNext(layout.lines[current.top]?.paragraph ?? 0);
			return 'quotes';
		}
		return null;
	}
}
