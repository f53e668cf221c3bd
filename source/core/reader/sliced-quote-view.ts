import type { Article } from '../article/article.js';
import { correctAnalysis, type CorrectedAnalysis, type CorrectedQuote } from '../annotations/corrected-analysis.js';
import type { Correction } from '../annotations/corrections.js';
import type { Quote, QuoteAnalysis } from '../quotes/index.js';
import type { TextRange } from '../text/range.js';
import { assignSpeakerSlots, quoteDecorations, type Decoration } from './decorations.js';
import { paragraphAt, SlicedQuoteAnalysis, type SlicedOptions } from './quote-slices.js';
import type { QuoteView, SpeakerEntry } from './quote-view.js';
import type { NavigableQuote } from './state.js';

const isSpeech = (quote: Pick<Quote, 'kind'>) => quote.kind === 'direct' || quote.kind === 'partial';

interface Cache {
	version: number;
	speakers?: SpeakerEntry[];
	slots?: Map<string, number>;
	analysis?: CorrectedAnalysis;
	speech?: CorrectedQuote[];
	navigable?: NavigableQuote[];
}

/**
 * The reader's QuoteView over an article analysed window by window (SlicedQuoteAnalysis), the reader's
 * corrections applied (`correct`): what a page shows (its colours, the quote under the focus) costs only the
 * windows holding it; the speakers and counts grow as windows are analysed. A speaker keeps the colour they
 * were first shown in. Whole-article lists (every quote, for } and {, and R) are built when asked for, once
 * per change, from what is analysed so far.
 */
export class SlicedQuoteView implements QuoteView {
	readonly #article: Article;
	readonly #slotCount: number;
	readonly #sliced: SlicedQuoteAnalysis;
	/** Speakers in the order they were first seen: colours are assigned in it, so they do not change. */
	readonly #seen: string[] = [];
	readonly #counted = new Set<number>();
	#unattributed = 0;
	#corrections: readonly Correction[] = [];
	#file: string | undefined;
	#version = 0;
	#cache: Cache = { version: -1 };

	constructor(article: Article, slotCount: number, options: SlicedOptions = {}) {
		this.#article = article;
		this.#slotCount = slotCount;
		this.#sliced = new SlicedQuoteAnalysis(article, options);
	}

	/** The reader's corrections of this file, applied to everything shown from now on. */
	correct(corrections: readonly Correction[], file?: string): void {
		if (corrections === this.#corrections && file === this.#file) return;
		this.#corrections = corrections;
		this.#file = file;
		this.#version++;
	}

	get complete(): boolean {
		return this.#sliced.complete;
	}

	/** Changes whenever a window is analysed or the corrections change. */
	get version(): number {
		return this.#version;
	}

	/** Analyses the windows holding `[start, end)` of the text, if not yet done. */
	analyseOver(start: number, end: number): void {
		const first = paragraphAt(this.#article.paragraphs, start);
		this.#analysed(() => this.#sliced.analyseAround(first, paragraphAt(this.#article.paragraphs, Math.max(start, end - 1)) - first));
	}

	/** One slice of background work: the window nearest paragraph `near`. Returns whether all are done. */
	analyseNext(near: number): boolean {
		return this.#analysed(() => this.#sliced.analyseNext(near));
	}

	/**
	 * Analyses windows from `from` onwards (`by` 1) or backwards (-1) until they hold the `count` quotes the
	 * reader's } or { would step through (by `speaker` when following one), or the article ends.
	 */
	analyseForStep(from: number, by: 1 | -1, speaker: string | null, count = 1): void {
		const size = this.#sliced.windowParagraphs;
		const windows = this.#sliced.windows;
		let found = 0;
		const matches = (quote: Quote) => isSpeech(quote) && (speaker === null || quote.speaker === speaker) && (by > 0 ? quote.openStart > from : quote.openStart < from);
		for (let window = Math.floor(paragraphAt(this.#article.paragraphs, from) / size); window >= 0 && window < windows; window += by) {
			const paragraphs = this.#article.paragraphs;
			const first = window * size;
			const last = Math.min(paragraphs.length, first + size) - 1;
			this.#analysed(() => this.#sliced.analyseAround(first));
			const own = this.#page(paragraphs[first]!.start, paragraphs[last]!.end).quotes.filter((quote) => quote.paragraph >= first && quote.paragraph <= last);
			found += own.filter(matches).length;
			if (found >= count) return;
		}
	}

	get speakers(): readonly SpeakerEntry[] {
		const cache = this.#current();
		if (!cache.speakers) {
			const slots = this.#slots();
			// Without corrections the speakers merged window by window are enough (no quote list is built).
			const speakers = this.#corrections.length === 0 ? this.#sliced.speakers() : this.analysis.speakers;
			cache.speakers = speakers
				.filter((speaker) => speaker.quotes > 0)
				.map((speaker) => ({ name: speaker.name, quotes: speaker.quotes, unsure: speaker.unsure, role: speaker.role, slot: slots.get(speaker.name) ?? 0 }));
		}
		return cache.speakers;
	}

	get unattributed(): number {
		if (this.#corrections.length === 0) return this.#unattributed;
		return this.speech.filter((quote) => quote.speaker === null).length;
	}

	/** Quote colours and speakers' names over `[start, end)`, from the windows holding it. */
	decorationsOver(start: number, end: number): Decoration[] {
		return quoteDecorations(this.#page(start, end), this.#slots());
	}

	/** The speech quotes overlapping `range` (the focus), analysed first if need be: the one under the cursor is among them. */
	speechOver(range: TextRange | null): CorrectedQuote[] {
		if (!range) return [];
		const end = Math.max(range.end, range.start + 1);
		this.analyseOver(range.start, end);
		return this.#page(range.start, end).quotes.filter(isSpeech);
	}

	/** The engine's findings so far, quote for quote as in `analysis`. */
	get engine(): QuoteAnalysis {
		return this.#sliced.analysis();
	}

	get analysis(): CorrectedAnalysis {
		const cache = this.#current();
		cache.analysis ??= correctAnalysis(this.#article.text, this.engine, this.#corrections, this.#file);
		return cache.analysis;
	}

	get speech(): readonly CorrectedQuote[] {
		const cache = this.#current();
		cache.speech ??= this.analysis.quotes.filter(isSpeech);
		return cache.speech;
	}

	get navigable(): readonly NavigableQuote[] {
		const cache = this.#current();
		cache.navigable ??= this.speech.map((quote) => ({ start: quote.openStart, end: quote.closeEnd, speaker: quote.speaker })).sort((a, b) => a.start - b.start);
		return cache.navigable;
	}

	/** Every decoration of the article as known so far (what QuoteView promises); a page asks `decorationsOver`. */
	get decorations(): readonly Decoration[] {
		return quoteDecorations(this.analysis, this.#slots());
	}

	/** The quotes and speakers over `[start, end)`, corrected: a correction elsewhere does not touch them. */
	#page(start: number, end: number): CorrectedAnalysis {
		const page = this.#sliced.between(start, end);
		return correctAnalysis(this.#article.text, page, this.#corrections, this.#file);
	}

	#current(): Cache {
		if (this.#cache.version !== this.#version) this.#cache = { version: this.#version };
		return this.#cache;
	}

	#slots(): Map<string, number> {
		const cache = this.#current();
		if (!cache.slots) {
			const known = new Set(this.#seen);
			const speakers = this.#corrections.length === 0 ? this.#sliced.speakers() : this.analysis.speakers;
			for (const speaker of speakers) {
				if (speaker.quotes > 0 && !known.has(speaker.name)) this.#seen.push(speaker.name);
			}
			cache.slots = assignSpeakerSlots(this.#seen, this.#slotCount);
		}
		return cache.slots;
	}

	/** Runs analysis work, then counts the unattributed speech of the windows it added. */
	#analysed<T>(work: () => T): T {
		const before = this.#sliced.analysedWindows;
		const result = work();
		if (this.#sliced.analysedWindows !== before) {
			this.#version++;
			this.#countNewWindows();
		}
		return result;
	}

	#countNewWindows(): void {
		const size = this.#sliced.windowParagraphs;
		const { paragraphs } = this.#article;
		for (let window = 0; window < this.#sliced.windows; window++) {
			if (this.#counted.has(window) || !this.#sliced.covers(window * size)) continue;
			this.#counted.add(window);
			const first = window * size;
			const last = Math.min(paragraphs.length, first + size) - 1;
			for (const quote of this.#sliced.between(paragraphs[first]!.start, paragraphs[last]!.end).quotes) {
				if (quote.paragraph >= first && quote.paragraph <= last && isSpeech(quote) && quote.speaker === null) this.#unattributed++;
			}
		}
	}
}
