import type { Article } from '../article/article.js';
import { analyseQuotes, type Quote, type QuoteAnalysis, type Speaker } from '../quotes/index.js';
import type { TextRange } from '../text/range.js';

/**
 * The quote engine run on part of an article, from outside the engine: the paragraphs near the page shown
 * first, the rest window by window in slices. On an 11 MB article the whole analysis takes seconds; one
 * window takes milliseconds.
 *
 * A window is analysed with paragraphs of context on each side: before it, for the speakers named earlier
 * ("…,” he said" after "Sergey Lavrov said"); after it, for a quote that goes on over the next paragraphs.
 * Only quotes opening inside the window are kept, so windows never count a quote twice.
 */
export interface WindowContext {
	/** Paragraphs before the window that the engine also reads. */
	readonly before: number;
	/** Paragraphs after it. */
	readonly after: number;
}

export const DEFAULT_CONTEXT: WindowContext = { before: 20, after: 10 };
/** A window's analysis takes tens of milliseconds: short enough to run between two keys. */
export const DEFAULT_WINDOW_PARAGRAPHS = 50;

const byTextOrder = (a: Quote, b: Quote) => a.openStart - b.openStart || a.closeEnd - b.closeEnd;

function shifted(range: TextRange, by: number): TextRange {
	return { start: range.start + by, end: range.end + by };
}

/** Most quoted first, then by name: the order analyseQuotes gives (ties there are by first appearance). */
function byQuotes(a: Speaker, b: Speaker): number {
	return b.quotes - a.quotes;
}

/** Quotes opening in paragraphs [from, to) and their speakers, with offsets and paragraph indexes of the whole article. */
export function analyseWindow(article: Article, from: number, to: number, context: WindowContext = DEFAULT_CONTEXT): QuoteAnalysis {
	const { paragraphs, text } = article;
	from = Math.max(0, from);
	to = Math.min(paragraphs.length, to);
	if (from >= to) return { quotes: [], speakers: [] };
	const first = Math.max(0, from - context.before);
	const last = Math.min(paragraphs.length, to + context.after);
	const base = paragraphs[first]!.start;
	const window: Article = {
		...article,
		text: text.slice(base, paragraphs[last - 1]!.end),
		paragraphs: paragraphs.slice(first, last).map((paragraph) => ({ ...paragraph, start: paragraph.start - base, end: paragraph.end - base })),
	};
	const found = analyseQuotes(window);

	const quotes: Quote[] = [];
	const counts = new Map<string, { quotes: number; unsure: number }>();
	for (const quote of found.quotes) {
		const paragraph = quote.paragraph + first;
		if (paragraph < from || paragraph >= to) continue;
		const kept: Quote = {
			...quote,
			start: quote.start + base,
			end: quote.end + base,
			openStart: quote.openStart + base,
			closeEnd: quote.closeEnd + base,
			paragraph,
		};
		if (quote.cue) kept.cue = shifted(quote.cue, base);
		quotes.push(kept);
		if (kept.speaker !== null) {
			const count = counts.get(kept.speaker) ?? { quotes: 0, unsure: 0 };
			count.quotes++;
			if (!kept.sure) count.unsure++;
			counts.set(kept.speaker, count);
		}
	}
	// Mentions in the window's own paragraphs only: the context is another window's.
	const ownStart = paragraphs[from]!.start;
	const ownEnd = paragraphs[to - 1]!.end;
	const speakers = found.speakers
		.filter((speaker) => counts.has(speaker.name))
		.map((speaker) => ({
			...speaker,
			quotes: counts.get(speaker.name)!.quotes,
			unsure: counts.get(speaker.name)!.unsure,
			mentions: speaker.mentions.map((mention) => shifted(mention, base)).filter((mention) => mention.start >= ownStart && mention.end <= ownEnd),
		}))
		.sort(byQuotes);
	return { quotes: quotes.sort(byTextOrder), speakers };
}

/** Speakers found in different windows, as one list: the same name merged, and a name that is another's alias (Lavrov, of Sergey Lavrov) folded into it. */
export function mergeSpeakers(analyses: readonly QuoteAnalysis[]): QuoteAnalysis {
	const merged = new Map<string, Speaker>();
	for (const { speakers } of analyses) {
		for (const speaker of speakers) {
			const known = merged.get(speaker.name);
			if (!known) {
				merged.set(speaker.name, { ...speaker, aliases: [...speaker.aliases], mentions: [...speaker.mentions] });
				continue;
			}
			known.quotes += speaker.quotes;
			known.unsure += speaker.unsure;
			for (const alias of speaker.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
			known.mentions.push(...speaker.mentions);
			known.role ??= speaker.role;
			known.gender ??= speaker.gender;
		}
	}
	// A window that never saw the full name calls the speaker by the surname alone.
	const renamed = new Map<string, string>();
	for (const speaker of merged.values()) {
		const fuller = [...merged.values()].filter((other) => other !== speaker && other.aliases.includes(speaker.name));
		if (fuller.length !== 1) continue;
		const target = fuller[0]!;
		target.quotes += speaker.quotes;
		target.unsure += speaker.unsure;
		target.mentions.push(...speaker.mentions);
		renamed.set(speaker.name, target.name);
	}
	for (const name of renamed.keys()) merged.delete(name);
	const quotes = analyses
		.flatMap((analysis) => analysis.quotes)
		.map((quote) => (quote.speaker !== null && renamed.has(quote.speaker) ? { ...quote, speaker: renamed.get(quote.speaker)! } : quote))
		.sort(byTextOrder);
	const speakers = [...merged.values()];
	for (const speaker of speakers) speaker.mentions.sort((a, b) => a.start - b.start);
	return { quotes, speakers: speakers.sort(byQuotes) };
}

export interface SlicedOptions {
	/** Paragraphs per window. */
	readonly windowParagraphs?: number;
	readonly context?: WindowContext;
}

/**
 * An article's quotes worked out window by window: first around the page shown (`analyseAround`), then one
 * window per slice (`analyseNext`, nearest the reader first), so that no slice holds up a key for long.
 * `analysis()` is what is known so far, in analyseQuotes' shape.
 */
export class SlicedQuoteAnalysis {
	readonly #article: Article;
	readonly #size: number;
	readonly #context: WindowContext;
	readonly #done = new Map<number, QuoteAnalysis>();
	#merged: QuoteAnalysis | null = null;

	constructor(article: Article, options: SlicedOptions = {}) {
		this.#article = article;
		this.#size = Math.max(1, options.windowParagraphs ?? DEFAULT_WINDOW_PARAGRAPHS);
		this.#context = options.context ?? DEFAULT_CONTEXT;
	}

	get windows(): number {
		return Math.ceil(this.#article.paragraphs.length / this.#size);
	}

	/** Paragraphs per window: window N holds paragraphs [N × this, (N + 1) × this). */
	get windowParagraphs(): number {
		return this.#size;
	}

	/** How many windows are analysed: grows with each one, so a caller can tell when to look again. */
	get analysedWindows(): number {
		return this.#done.size;
	}

	get complete(): boolean {
		return this.#done.size >= this.windows;
	}

	/** Whether the quotes of this paragraph are known yet. */
	covers(paragraph: number): boolean {
		return this.#done.has(Math.floor(paragraph / this.#size));
	}

	/** Analyses the window holding `paragraph`, and the next one when the paragraph is near its end (a page may cross it). */
	analyseAround(paragraph: number, spanParagraphs = 0): void {
		const first = Math.floor(Math.max(0, paragraph) / this.#size);
		const last = Math.floor(Math.max(0, paragraph + spanParagraphs) / this.#size);
		for (let window = first; window <= Math.min(last, this.windows - 1); window++) this.#analyse(window);
	}

	/** One slice: the window not yet analysed nearest to the paragraph `near` (after it first). Returns whether all are done. */
	analyseNext(near = 0): boolean {
		const from = Math.floor(Math.max(0, near) / this.#size);
		for (let distance = 0; distance < this.windows; distance++) {
			for (const window of distance === 0 ? [from] : [from + distance, from - distance]) {
				if (window >= 0 && window < this.windows && !this.#done.has(window)) {
					this.#analyse(window);
					return this.complete;
				}
			}
		}
		return true;
	}

	/** The quotes (in text order) and speakers (most quoted first) of the windows analysed so far. Costs the whole; see `between`. */
	analysis(): QuoteAnalysis {
		this.#merged ??= mergeSpeakers([...this.#done.entries()].sort((a, b) => a[0] - b[0]).map(([, analysis]) => analysis));
		return this.#merged;
	}

	/**
	 * What a page needs, at a cost that does not grow with the article: the quotes overlapping `[start, end)`
	 * and the mentions of their speakers there, from the windows holding that text, with names as
	 * `analysis()` gives them. Speakers carry their whole-article counts so far (for their colours).
	 */
	between(start: number, end: number): QuoteAnalysis {
		const { paragraphs } = this.#article;
		const firstWindow = Math.floor(paragraphAt(paragraphs, start) / this.#size);
		const lastWindow = Math.floor(paragraphAt(paragraphs, Math.max(start, end - 1)) / this.#size);
		const names = this.#names();
		const quotes: Quote[] = [];
		const mentions = new Map<string, TextRange[]>();
		// A quote opening in the window before can run onto this page.
		for (let window = Math.max(0, firstWindow - 1); window <= lastWindow; window++) {
			const found = this.#done.get(window);
			if (!found) continue;
			for (const quote of found.quotes) {
				if (quote.openStart >= end || quote.closeEnd <= start) continue;
				const speaker = quote.speaker === null ? null : (names.renamed.get(quote.speaker) ?? quote.speaker);
				quotes.push(speaker === quote.speaker ? quote : { ...quote, speaker });
			}
			for (const speaker of found.speakers) {
				const name = names.renamed.get(speaker.name) ?? speaker.name;
				for (const mention of speaker.mentions) {
					if (mention.start >= end || mention.end <= start) continue;
					mentions.set(name, [...(mentions.get(name) ?? []), mention]);
				}
			}
		}
		const speakers = names.speakers
			.filter((speaker) => mentions.has(speaker.name) || quotes.some((quote) => quote.speaker === speaker.name))
			.map((speaker) => ({ ...speaker, mentions: mentions.get(speaker.name) ?? [] }));
		return { quotes: quotes.sort(byTextOrder), speakers };
	}

	/** Every speaker found so far, most quoted first, without mentions: cheap, for colour slots. */
	speakers(): readonly Speaker[] {
		return this.#names().speakers;
	}

	/** Speakers merged as windows are added (cheap: a few per window), surnames folded into full names on demand. */
	#names(): { speakers: Speaker[]; renamed: ReadonlyMap<string, string> } {
		if (this.#namesCache) return this.#namesCache;
		const merged = mergeSpeakers([{ quotes: [], speakers: [...this.#speakerTotals.values()] }]);
		const renamed = new Map<string, string>();
		for (const speaker of this.#speakerTotals.values()) {
			if (merged.speakers.some((kept) => kept.name === speaker.name)) continue;
			const into = merged.speakers.find((kept) => kept.aliases.includes(speaker.name));
			if (into) renamed.set(speaker.name, into.name);
		}
		this.#namesCache = { speakers: merged.speakers, renamed };
		return this.#namesCache;
	}

	#speakerTotals = new Map<string, Speaker>();
	#namesCache: { speakers: Speaker[]; renamed: ReadonlyMap<string, string> } | null = null;

	#analyse(window: number): void {
		if (this.#done.has(window)) return;
		const from = window * this.#size;
		const found = analyseWindow(this.#article, from, from + this.#size, this.#context);
		this.#done.set(window, found);
		this.#merged = null;
		this.#namesCache = null;
		// Totals without mentions: `between` takes mentions from the windows themselves.
		for (const speaker of found.speakers) {
			const known = this.#speakerTotals.get(speaker.name);
			if (!known) {
				this.#speakerTotals.set(speaker.name, { ...speaker, aliases: [...speaker.aliases], mentions: [] });
				continue;
			}
			known.quotes += speaker.quotes;
			known.unsure += speaker.unsure;
			for (const alias of speaker.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
			known.role ??= speaker.role;
			known.gender ??= speaker.gender;
		}
	}
}

/** Index of the paragraph holding `offset` (or the last one starting before it). */
export function paragraphAt(paragraphs: Article['paragraphs'], offset: number): number {
	let low = 0;
	let high = paragraphs.length - 1;
	let found = 0;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (paragraphs[middle]!.start <= offset) {
			found = middle;
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	return found;
}
