import type { Markup, MarkupStyle } from '../article/markdown.js';
import type { QuoteAnalysis } from '../quotes/index.js';

/**
 * Styles laid over the article text as offset ranges. They combine: a highlighted word inside a quote keeps
 * the quote's colour and gains the highlight's background, a speaker's name inside a quote stays bold.
 */
export type Decoration =
	| { readonly type: 'quote'; readonly start: number; readonly end: number; readonly slot: number | null }
	| { readonly type: 'quiet'; readonly start: number; readonly end: number }
	| { readonly type: 'speaker'; readonly start: number; readonly end: number; readonly slot: number }
	| { readonly type: 'highlight'; readonly start: number; readonly end: number; readonly hasNote: boolean; readonly focused: boolean }
	| { readonly type: 'selection'; readonly start: number; readonly end: number }
	/** Found by a search; `current`: the match n and N are on. */
	| { readonly type: 'match'; readonly start: number; readonly end: number; readonly current?: boolean }
	/** Markdown: a marker not shown (`**`, `# `, `](url)`), a style over the words, a bullet drawn as •. */
	| { readonly type: 'hidden'; readonly start: number; readonly end: number }
	| { readonly type: 'markup'; readonly start: number; readonly end: number; readonly style: MarkupStyle }
	| { readonly type: 'bullet'; readonly start: number; readonly end: number };

export interface SegmentStyle {
	/** Palette slot of the speaker whose quote this is; null for a quote nobody is credited with. */
	readonly quote?: number | null;
	readonly quiet?: boolean;
	readonly speaker?: number;
	readonly highlight?: boolean;
	readonly focusedHighlight?: boolean;
	readonly selection?: boolean;
	readonly match?: boolean;
	readonly currentMatch?: boolean;
	readonly hidden?: boolean;
	readonly markup?: readonly MarkupStyle[];
	readonly bullet?: boolean;
}

export interface StyledSegment {
	readonly start: number;
	readonly end: number;
	readonly style: SegmentStyle;
	/** Set on the last segment of a highlight that carries a note: the renderer adds a marker after it. */
	readonly noteMarker?: boolean;
}

/** FNV-1a: a speaker's preferred colour should not depend on who else is quoted. */
function hash(value: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < value.length; i++) {
		h ^= value.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/**
 * A colour slot per speaker: each keeps the slot its name hashes to unless a more quoted speaker has it,
 * then takes the next free one, so the same person has the same colour from one article to the next
 * wherever possible and two speakers of one article differ while there are slots.
 */
export function assignSpeakerSlots(speakersMostQuotedFirst: readonly string[], slots: number): Map<string, number> {
	const assigned = new Map<string, number>();
	const taken = new Set<number>();
	for (const name of speakersMostQuotedFirst) {
		let slot = hash(name.toLowerCase()) % slots;
		for (let tries = 0; taken.has(slot) && tries < slots; tries++) slot = (slot + 1) % slots;
		assigned.set(name, slot);
		taken.add(slot);
		if (taken.size === slots) taken.clear();
	}
	return assigned;
}

export function quoteDecorations(analysis: QuoteAnalysis, slots: ReadonlyMap<string, number>): Decoration[] {
	const decorations: Decoration[] = [];
	for (const quote of analysis.quotes) {
		if (quote.kind === 'scare' || quote.kind === 'title') {
			decorations.push({ type: 'quiet', start: quote.openStart, end: quote.closeEnd });
		} else {
			const slot = quote.speaker === null ? null : (slots.get(quote.speaker) ?? null);
			decorations.push({ type: 'quote', start: quote.openStart, end: quote.closeEnd, slot });
		}
	}
	for (const speaker of analysis.speakers) {
		const slot = slots.get(speaker.name);
		if (slot === undefined) continue;
		for (const mention of speaker.mentions) decorations.push({ type: 'speaker', start: mention.start, end: mention.end, slot });
	}
	return decorations;
}

/** A Markdown article's markup as decorations: hidden markers, styles, bullets. */
export function markupDecorations(markup: Markup | undefined): Decoration[] {
	if (!markup) return [];
	return [
		...markup.hidden.map((range): Decoration => ({ type: 'hidden', ...range })),
		...markup.styles.map((range): Decoration => ({ type: 'markup', start: range.start, end: range.end, style: range.style })),
		...markup.bullets.map((range): Decoration => ({ type: 'bullet', ...range })),
	];
}

function applyDecoration(style: SegmentStyle, decoration: Decoration): SegmentStyle {
	switch (decoration.type) {
		case 'quote':
			return { ...style, quote: decoration.slot };
		case 'quiet':
			return { ...style, quiet: true };
		case 'speaker':
			return { ...style, speaker: decoration.slot };
		case 'highlight':
			return { ...style, highlight: true, focusedHighlight: style.focusedHighlight === true || decoration.focused };
		case 'selection':
			return { ...style, selection: true };
		case 'match':
			return { ...style, match: true, currentMatch: style.currentMatch === true || decoration.current === true };
		case 'hidden':
			return { ...style, hidden: true };
		case 'markup':
			return { ...style, markup: [...(style.markup ?? []), decoration.style] };
		case 'bullet':
			return { ...style, bullet: true };
	}
}

/**
 * Decorations sorted by start, with the furthest end reached so far, to find those over a line by binary
 * search: a finished 11 MB article has over 100,000 of them, and each line of each page looked at all.
 */
interface DecorationIndex {
	readonly order: readonly number[];
	readonly starts: readonly number[];
	readonly furthestEnd: readonly number[];
}

/** Below this many a plain scan is as fast. */
const INDEX_FROM = 64;
const indexes = new WeakMap<readonly Decoration[], DecorationIndex>();

function indexOf(decorations: readonly Decoration[]): DecorationIndex {
	let index = indexes.get(decorations);
	if (index) return index;
	const order = decorations.map((_, i) => i).sort((a, b) => decorations[a]!.start - decorations[b]!.start);
	const starts = order.map((i) => decorations[i]!.start);
	const furthestEnd: number[] = [];
	for (const i of order) furthestEnd.push(Math.max(furthestEnd.at(-1) ?? Number.NEGATIVE_INFINITY, decorations[i]!.end));
	index = { order, starts, furthestEnd };
	indexes.set(decorations, index);
	return index;
}

/** The decorations over `[start, end)`, in their given order (later ones are applied over earlier ones). */
function overlappingDecorations(start: number, end: number, decorations: readonly Decoration[]): Decoration[] {
	if (decorations.length < INDEX_FROM) return decorations.filter((decoration) => decoration.start < end && decoration.end > start);
	const { order, starts, furthestEnd } = indexOf(decorations);
	let low = 0;
	let high = starts.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (starts[middle]! < end) low = middle + 1;
		else high = middle;
	}
	const found: number[] = [];
	for (let i = low - 1; i >= 0 && furthestEnd[i]! > start; i--) {
		if (decorations[order[i]!]!.end > start) found.push(order[i]!);
	}
	return found.sort((a, b) => a - b).map((i) => decorations[i]!);
}

/** Cuts `[start, end)` at every decoration boundary inside it and gives each piece its combined style. */
export function styleRange(start: number, end: number, decorations: readonly Decoration[]): StyledSegment[] {
	const overlapping = overlappingDecorations(start, end, decorations);
	if (overlapping.length === 0) return [{ start, end, style: {} }];
	const cuts = new Set([start, end]);
	for (const decoration of overlapping) {
		if (decoration.start > start) cuts.add(decoration.start);
		if (decoration.end < end) cuts.add(decoration.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const segments: StyledSegment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const from = points[i]!;
		const to = points[i + 1]!;
		let style: SegmentStyle = {};
		let noteMarker = false;
		for (const decoration of overlapping) {
			if (decoration.start <= from && decoration.end >= to) {
				style = applyDecoration(style, decoration);
				if (decoration.type === 'highlight' && decoration.hasNote && decoration.end === to) noteMarker = true;
			}
		}
		segments.push(noteMarker ? { start: from, end: to, style, noteMarker } : { start: from, end: to, style });
	}
	return segments;
}
