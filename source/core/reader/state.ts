import { lineAtOffset, type Layout } from './layout.js';
import type { PagerMove } from './pager.js';
import { moveReader, positionAt, topFor, type ReaderPosition } from './position.js';
import { overlaps, rangeIndexAtOrAfter, type TextRange } from '../text/range.js';
import { noteDraftReducer, type NoteDraft, type NoteDraftAction } from '../annotations/note-draft.js';
import { pickReducer, type PickAction, type SpeakerPick } from '../annotations/speaker-pick.js';
import { firstMatchFrom, type FindState } from './find.js';
import { stepMatch } from '../search/find-in-article.js';

/**
 * Who owns the keys in the reader: reading, making a selection (v), the speakers panel (S), the note editor
 * (a), choosing a speaker (R on a quote, M and E in the panel). The one owner of the mode is this state; the screen and the App read it from here.
 */
export type ReaderMode = 'reader' | 'select' | 'speakers' | 'note' | 'pick' | 'find';

/** A quote the reader can step to with } and {: its whole span, marks included. */
export interface NavigableQuote extends TextRange {
	readonly speaker: string | null;
}

/** What the reducer needs to know about the article as it is laid out now. */
export interface ReaderContext {
	readonly layout: Layout;
	readonly pageHeight: number;
	/** The sentences that can take the focus, in order. */
	readonly sentences: readonly TextRange[];
	/** Direct and partial quotes, in order. */
	readonly quotes: readonly NavigableQuote[];
}

/** A selection grows from the sentence that had the focus when `v` was pressed. */
export interface Selection extends TextRange {
	readonly origin: TextRange;
}

export interface ReaderState {
	readonly position: ReaderPosition;
	readonly unfold: boolean;
	/** Digits typed before a motion (`5j`, `3}`) or `%`; Esc drops them. */
	readonly count: string;
	/** The sentence or quote "under the cursor", marked in the gutter. */
	readonly focus: TextRange | null;
	/** When set, } and { step through this speaker's quotes only. */
	readonly speaker: string | null;
	readonly selection: Selection | null;
	/** One line of feedback ("No more quotes"), cleared by the next key. */
	readonly message: string | null;
	readonly mode: ReaderMode;
	/** The speakers panel's row: 0 follows nobody, N the Nth speaker. */
	readonly panelRow: number;
	/** The note being written while the mode is 'note'. */
	readonly note: NoteDraft | null;
	/** The speaker picker while the mode is 'pick', and the mode it returns to. */
	readonly pick: SpeakerPick | null;
	readonly pickFrom: 'reader' | 'speakers';
	/** What `/` found in the article: typed while the mode is 'find', kept after Enter for n and N. */
	readonly find: FindState | null;
	/** Where the reader was when `/` was pressed: Esc goes back there. */
	readonly beforeFind: Pick<ReaderState, 'focus' | 'position' | 'find'> | null;
}

export type ReaderAction =
	| { readonly type: 'move'; readonly move: PagerMove }
	| { readonly type: 'percent' }
	| { readonly type: 'count'; readonly digit: string }
	| { readonly type: 'toggle-fold' }
	| { readonly type: 'focus-sentence'; readonly by: 1 | -1 }
	| { readonly type: 'focus-quote'; readonly by: 1 | -1 }
	| { readonly type: 'focus-range'; readonly range: TextRange }
	/** `stay`: keep the focus where it is (the followed speaker was only renamed). */
	| { readonly type: 'follow-speaker'; readonly speaker: string | null; readonly stay?: boolean }
	/** `from`: where the selection starts (a focused quote's words without their marks); else the focus. */
	| { readonly type: 'select-start'; readonly from?: TextRange | null }
	| { readonly type: 'select-sentence'; readonly by: 1 | -1 }
	| { readonly type: 'select-word'; readonly by: 1 | -1 }
	/** Moves where the selection starts, a word at a time: a selection can start anywhere. */
	| { readonly type: 'select-start-word'; readonly by: 1 | -1 }
	| { readonly type: 'select-end' }
	/** `speakers`: the names in the panel's order (after its first row, "All quotes"). */
	| { readonly type: 'speakers-open'; readonly speakers: readonly string[] }
	| { readonly type: 'speakers-move'; readonly by: 1 | -1; readonly rows: number }
	| { readonly type: 'speakers-close' }
	| { readonly type: 'note-open'; readonly draft: NoteDraft }
	| { readonly type: 'note'; readonly action: NoteDraftAction }
	| { readonly type: 'note-close' }
	| { readonly type: 'pick-open'; readonly pick: SpeakerPick }
	| { readonly type: 'pick'; readonly action: PickAction }
	| { readonly type: 'pick-close' }
	| { readonly type: 'message'; readonly message: string | null }
	| { readonly type: 'find-open' }
	/** The query as typed now and where it occurs (the screen finds them: core/search findInArticle). */
	| { readonly type: 'find-type'; readonly query: string; readonly matches: readonly TextRange[] }
	| { readonly type: 'find-done' }
	| { readonly type: 'find-cancel' }
	/** n and N over the find's matches, from the focus; wraps at the ends. */
	| { readonly type: 'find-step'; readonly by: 1 | -1 }
	| { readonly type: 'key' };

export function initialReaderState(anchor: number, focus: TextRange | null = null, speaker: string | null = null): ReaderState {
	return {
		position: { anchor, top: -1, layoutWidth: -1, layoutLines: -1 },
		unfold: false,
		count: '',
		focus,
		speaker,
		selection: null,
		message: null,
		mode: 'reader',
		panelRow: 0,
		note: null,
		pick: null,
		pickFrom: 'reader',
		find: null,
		beforeFind: null,
	};
}

export function visibleRange(context: ReaderContext, top: number): TextRange {
	const { lines } = context.layout;
	const first = lines[top];
	const last = lines[Math.min(lines.length, top + context.pageHeight) - 1];
	return { start: first?.start ?? 0, end: last?.end ?? first?.end ?? 0 };
}

/** The first sentence that starts on the page, else the one running onto it. */
function firstSentenceOnPage(context: ReaderContext, top: number): TextRange | null {
	const view = visibleRange(context, top);
	const index = rangeIndexAtOrAfter(context.sentences, view.start);
	const candidate = context.sentences[index];
	if (!candidate) return null;
	const starting = context.sentences.slice(index).find((sentence) => sentence.start >= view.start && sentence.start < view.end);
	return starting ?? (overlaps(candidate, view) ? candidate : null);
}

function lastSentenceOnPage(context: ReaderContext, top: number): TextRange | null {
	const view = visibleRange(context, top);
	const index = rangeIndexAtOrAfter(context.sentences, view.end) - 1;
	for (let i = Math.min(index + 1, context.sentences.length - 1); i >= 0; i--) {
		const sentence = context.sentences[i]!;
		if (sentence.start < view.end && sentence.start >= view.start) return sentence;
		if (sentence.end <= view.start) break;
	}
	return null;
}

/** The top line that shows `range`: unchanged when it is on screen, else the page that holds its start. */
function topShowing(context: ReaderContext, top: number, range: TextRange): number {
	const line = lineAtOffset(context.layout, range.start);
	const lastLine = lineAtOffset(context.layout, Math.max(range.start, range.end - 1));
	const height = Math.max(1, context.pageHeight);
	if (line >= top && lastLine < top + height) return top;
	if (line >= top && line < top + height && lastLine - line < height) return Math.min(line, lastLine - height + 1);
	const page = Math.floor(line / height) * height;
	// A range that runs on past the page (a phrase broken across pages) is shown whole, ending on the last row.
	if (lastLine >= page + height && lastLine - line < height) return lastLine - height + 1;
	return page;
}

function withTop(state: ReaderState, context: ReaderContext, top: number): ReaderPosition {
	const current = topFor(state.position, context.layout, context.pageHeight);
	if (top === current) return { ...state.position, top, layoutWidth: context.layout.width, layoutLines: context.layout.lines.length };
	return moveReader({ ...state.position, top: current, layoutWidth: context.layout.width, layoutLines: context.layout.lines.length }, context.layout, context.pageHeight, {
		type: 'line',
		by: top - current,
	});
}

function focusOn(state: ReaderState, context: ReaderContext, focus: TextRange): ReaderState {
	const top = topShowing(context, topFor(state.position, context.layout, context.pageHeight), focus);
	return { ...state, focus, position: withTop(state, context, top) };
}

/** Keeps the focus where it is while it is on screen; after paging, it moves to the new page. */
function focusAfterScroll(state: ReaderState, context: ReaderContext, position: ReaderPosition, move: PagerMove): TextRange | null {
	const top = position.top;
	const view = visibleRange(context, top);
	const stillVisible = state.focus !== null && overlaps(state.focus, view);
	if (move.type === 'line' && stillVisible) return state.focus;
	if (move.type === 'line' && move.by < 0) return lastSentenceOnPage(context, top) ?? firstSentenceOnPage(context, top);
	return firstSentenceOnPage(context, top) ?? state.focus;
}

function nextQuote(state: ReaderState, context: ReaderContext, by: 1 | -1): NavigableQuote | undefined {
	const quotes = state.speaker === null ? context.quotes : context.quotes.filter((quote) => quote.speaker === state.speaker);
	const from = state.focus ?? visibleRange(context, topFor(state.position, context.layout, context.pageHeight));
	if (by > 0) return quotes.find((quote) => quote.start > from.start);
	for (let i = quotes.length - 1; i >= 0; i--) if (quotes[i]!.start < from.start) return quotes[i];
	return undefined;
}

/** A word as a selection grows and shrinks by it: with the punctuation and closing marks stuck to its end. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*[.,;:!?…)\]”’"'»]*/gu;
/** Where a selection may start: a word, with the opening marks stuck to it. */
const WORD_START = /[“‘"'(«\[]*[\p{L}\p{N}]/gu;

/** The paragraph holding `offset`, as laid out. */
function paragraphAt(layout: Layout, offset: number): TextRange {
	const { lines } = layout;
	let first = lineAtOffset(layout, offset);
	let last = first;
	const paragraph = lines[first]?.paragraph;
	while (lines[first - 1]?.paragraph === paragraph && lines[first - 1]?.kind !== 'blank') first--;
	while (lines[last + 1]?.paragraph === paragraph && lines[last + 1]?.kind !== 'blank') last++;
	return { start: lines[first]?.start ?? offset, end: lines[last]?.end ?? offset };
}

/** The end of the word after `offset` (to grow a selection), or the end of the one before it (to shrink one). */
function wordEnd(text: string, offset: number, by: 1 | -1, floor: number): number {
	if (by > 0) {
		WORD.lastIndex = offset;
		const match = WORD.exec(text);
		return match ? match.index + match[0].length : offset;
	}
	let best = floor;
	WORD.lastIndex = floor;
	for (let match = WORD.exec(text); match && match.index + match[0].length < offset; match = WORD.exec(text)) {
		best = match.index + match[0].length;
	}
	return best;
}

/** The start of the word after the one at `offset`, or of the one before it, within `[floor, ceiling)`. */
function wordStart(text: string, offset: number, by: 1 | -1, floor: number, ceiling: number): number {
	let found = offset;
	WORD_START.lastIndex = floor;
	for (let match = WORD_START.exec(text); match && match.index < ceiling; match = WORD_START.exec(text)) {
		// Only a word's first letter starts it, not one inside it.
		if (match.index > 0 && /[\p{L}\p{N}'’]/u.test(text[match.index - 1]!) && !/[“‘"'(«\[]/.test(text[match.index]!)) continue;
		if (by < 0 && match.index < offset) found = match.index;
		if (by > 0 && match.index > offset) return match.index;
	}
	return by > 0 ? offset : found;
}

/** One step of the focus by sentence or by quote; a message when there is none further. */
function stepFocus(state: ReaderState, context: ReaderContext, action: { readonly type: 'focus-sentence' | 'focus-quote'; readonly by: 1 | -1 }): ReaderState {
	const cleared = state;
	switch (action.type) {
		case 'focus-sentence': {
			const current = state.focus ?? firstSentenceOnPage(context, topFor(state.position, context.layout, context.pageHeight));
			if (!current) return cleared;
			const index = rangeIndexAtOrAfter(context.sentences, current.start);
			const onSentence = context.sentences[index]?.start === current.start;
			const target = context.sentences[action.by > 0 ? index + (onSentence ? 1 : 0) : index - 1];
			if (!target) return { ...cleared, message: action.by > 0 ? 'The last sentence' : 'The first sentence' };
			return focusOn(cleared, context, target);
		}
		case 'focus-quote': {
			const target = nextQuote(state, context, action.by);
			if (!target) {
				const whose = state.speaker ? ` by ${state.speaker}` : '';
				return { ...cleared, message: action.by > 0 ? `No more quotes${whose} below` : `No quotes${whose} above` };
			}
			return focusOn(cleared, context, { start: target.start, end: target.end });
		}
	}
}

/** How many times a motion runs: the count typed before it, else once. */
function timesOf(state: ReaderState): number {
	return Math.max(1, Number(state.count) || 1);
}

export function readerReducer(text: string, context: ReaderContext) {
	return (state: ReaderState, action: ReaderAction): ReaderState => {
		const cleared = state.message === null ? state : { ...state, message: null };
		switch (action.type) {
			case 'key':
				return cleared.count === '' ? cleared : { ...cleared, count: '' };
			case 'message':
				return { ...state, message: action.message };
			case 'count':
				return { ...cleared, count: (state.count + action.digit).slice(-3) };
			case 'percent':
				return readerReducer(text, context)(
					{ ...cleared, count: '' },
					{ type: 'move', move: { type: 'percent', percent: state.count === '' ? 0 : Number(state.count) } },
				);
			case 'move': {
				const move = 'by' in action.move ? { ...action.move, by: action.move.by * timesOf(state) } : action.move;
				const position = moveReader(state.position, context.layout, context.pageHeight, move);
				return { ...cleared, count: '', position, focus: focusAfterScroll(state, context, position, move) };
			}
			case 'toggle-fold':
				return { ...cleared, count: '', unfold: !state.unfold };
			case 'focus-sentence':
			case 'focus-quote': {
				// A count repeats the step; a step that finds nothing more says so and stops.
				let next = stepFocus({ ...cleared, count: '' }, context, action);
				for (let i = 1; i < timesOf(state) && next.message === null; i++) {
					const further = stepFocus(next, context, action);
					if (further.message !== null) break;
					next = further;
				}
				return next;
			}
			case 'focus-range':
				return focusOn(cleared, context, action.range);
			case 'follow-speaker': {
				const following = { ...cleared, speaker: action.speaker, mode: action.stay ? state.mode : ('reader' as const) };
				if (action.speaker === null || action.stay) return following;
				const first = context.quotes.find((quote) => quote.speaker === action.speaker);
				return first ? focusOn(following, context, { start: first.start, end: first.end }) : following;
			}
			case 'select-start': {
				const origin = action.from ?? state.focus ?? firstSentenceOnPage(context, topFor(state.position, context.layout, context.pageHeight));
				return origin ? { ...cleared, mode: 'select', selection: { ...origin, origin } } : cleared;
			}
			case 'select-sentence': {
				if (!state.selection) return cleared;
				const { selection } = state;
				const index = rangeIndexAtOrAfter(context.sentences, selection.end - 1);
				const target = context.sentences[index + action.by];
				const end = action.by > 0 ? (target?.end ?? selection.end) : Math.max(selection.origin.end, target?.end ?? selection.origin.end);
				const next = { ...selection, end: Math.max(end, selection.start + 1) };
				return focusOn({ ...cleared, selection: next }, context, { start: next.start, end: next.end });
			}
			case 'select-word': {
				if (!state.selection) return cleared;
				const { selection } = state;
				// By word a selection stays in its paragraph; ↓ carries it on by sentence.
				const end = Math.min(wordEnd(text, selection.end, action.by, selection.start), paragraphAt(context.layout, selection.end - 1).end);
				const next = { ...selection, end: end > selection.start ? end : selection.end };
				return focusOn({ ...cleared, selection: next }, context, { start: next.start, end: next.end });
			}
			case 'select-start-word': {
				if (!state.selection) return cleared;
				const { selection } = state;
				// The start moves by word within its paragraph, and never past the end.
				const paragraph = paragraphAt(context.layout, selection.start);
				const start = wordStart(text, selection.start, action.by, paragraph.start, Math.min(paragraph.end, selection.end - 1));
				if (start === selection.start) return cleared;
				const next = { ...selection, start, end: Math.max(selection.end, start + 1) };
				return focusOn({ ...cleared, selection: next }, context, { start: next.start, end: next.end });
			}
			case 'select-end':
				return { ...cleared, mode: 'reader', selection: null };
			case 'speakers-open': {
				const row = state.speaker === null ? 0 : action.speakers.indexOf(state.speaker) + 1;
				return { ...cleared, count: '', mode: 'speakers', panelRow: Math.max(0, row) };
			}
			case 'speakers-move':
				return { ...cleared, panelRow: (state.panelRow + action.by + action.rows) % Math.max(1, action.rows) };
			case 'speakers-close':
				return { ...cleared, mode: 'reader' };
			case 'note-open':
				return { ...cleared, count: '', mode: 'note', note: action.draft };
			case 'note':
				return state.note ? { ...state, note: noteDraftReducer(state.note, action.action) } : state;
			case 'note-close':
				return { ...state, mode: 'reader', note: null };
			case 'pick-open':
				return { ...cleared, count: '', mode: 'pick', pick: action.pick, pickFrom: state.mode === 'speakers' ? 'speakers' : 'reader' };
			case 'pick':
				return state.pick ? { ...cleared, pick: pickReducer(state.pick, action.action) } : state;
			case 'pick-close':
				return { ...state, mode: state.mode === 'pick' ? state.pickFrom : state.mode, pick: null };
			case 'find-open':
				return { ...cleared, count: '', mode: 'find', beforeFind: { focus: state.focus, position: state.position, find: state.find }, find: { query: '', matches: [], current: -1 } };
			case 'find-type': {
				// As you type, the first match from where you were is focused, and the page follows it.
				const origin = state.beforeFind ?? state;
				const current = firstMatchFrom(action.matches, origin.focus?.start ?? visibleRange(context, topFor(origin.position, context.layout, context.pageHeight)).start);
				const find = { query: action.query, matches: action.matches, current };
				const back = { ...cleared, find, focus: origin.focus, position: origin.position };
				return current < 0 ? back : focusOn(back, context, action.matches[current]!);
			}
			case 'find-done':
				return { ...cleared, mode: 'reader', beforeFind: null, find: state.find && state.find.query.trim() !== '' ? state.find : null };
			case 'find-cancel': {
				const before = state.beforeFind;
				return before ? { ...cleared, mode: 'reader', beforeFind: null, ...before } : { ...cleared, mode: 'reader' };
			}
			case 'find-step': {
				const find = state.find;
				if (!find || find.matches.length === 0) return { ...cleared, message: find ? `Not found: ${find.query}` : null };
				const from = state.focus?.start ?? visibleRange(context, topFor(state.position, context.layout, context.pageHeight)).start;
				const current = stepMatch(find.matches, from, action.by);
				const wrapped = action.by > 0 ? find.matches[current]!.start <= from : find.matches[current]!.start >= from;
				const next = focusOn({ ...cleared, count: '', find: { ...find, current } }, context, find.matches[current]!);
				return wrapped && find.matches.length > 1 ? { ...next, message: action.by > 0 ? 'From the top: no more matches below' : 'From the end: no more matches above' } : next;
			}
		}
	};
}

/** The state as it stands for this layout (the top line found again after a resize or unfolding). */
export function currentTop(state: ReaderState, context: ReaderContext): number {
	return topFor(state.position, context.layout, context.pageHeight);
}

/** Used when the reader opens: the focus is the first sentence on the first page shown. */
export function withInitialFocus(state: ReaderState, context: ReaderContext): ReaderState {
	if (state.focus) return state;
	const position = positionAt(context.layout, state.position.anchor, context.pageHeight);
	return { ...state, focus: firstSentenceOnPage(context, position.top) };
}
