import { isGrowing, lineAtOffset, totalLines, type GrowingLayout, type Layout } from './layout.js';
import { clampTop, movePager, type PagerMove } from './pager.js';

/**
 * The reader's position, kept as the first visible character (`anchor`) so that a new layout (a resize,
 * unfolding) shows the same text. `top` is the first visible line of the layout it was computed for.
 */
export interface ReaderPosition {
	readonly anchor: number;
	readonly top: number;
	readonly layoutWidth: number;
	readonly layoutLines: number;
}

export function positionAt(layout: Layout, anchor: number, pageHeight: number): ReaderPosition {
	const top = clampTop({ top: lineAtOffset(layout, anchor), lineCount: totalLines(layout), pageHeight });
	return { anchor, top, layoutWidth: layout.width, layoutLines: layout.lines.length };
}

/**
 * The first visible line for this layout: the stored one if the layout is the same (or has only grown since:
 * the line there still starts at the anchor), else found again from the anchor.
 */
export function topFor(position: ReaderPosition, layout: Layout, pageHeight: number): number {
	if (position.layoutWidth === layout.width && (position.layoutLines === layout.lines.length || (position.top < layout.lines.length && anchorOf(layout, position.top) === position.anchor))) {
		return clampTop({ top: position.top, lineCount: totalLines(layout), pageHeight });
	}
	return positionAt(layout, position.anchor, pageHeight).top;
}

/** The first character shown from `top`: a blank line shows nothing, so take the next line's start. */
export function anchorOf(layout: Layout, top: number): number {
	const line = layout.lines[top];
	if (!line) return layout.lines[layout.lines.length - 1]?.start ?? 0;
	if (line.kind === 'blank') return layout.lines[top + 1]?.start ?? line.start;
	return line.start;
}

/** Estimates move as more is laid out; this many tries then the page is wherever the layout reaches. */
const GROWING_TRIES = 16;

/**
 * The move on a layout still being laid out: counted on its estimated length (so that a page forward or 50%
 * is not stopped at the end of what is laid out so far), then laid out to the page it lands on. The end is
 * only known once everything is laid out.
 */
function moveOnGrowing(layout: GrowingLayout, from: number, pageHeight: number, move: PagerMove): number {
	if (move.type === 'end') {
		layout.layOutMore(Number.POSITIVE_INFINITY);
		return movePager({ top: from, lineCount: layout.lines.length, pageHeight }, move);
	}
	let top = from;
	for (let tries = 0; tries < GROWING_TRIES; tries++) {
		top = movePager({ top: from, lineCount: totalLines(layout), pageHeight }, move);
		const needed = top + 2 * Math.max(1, pageHeight);
		if (layout.complete || layout.lines.length >= needed) break;
		layout.ensureLines(needed);
	}
	return Math.min(top, Math.max(0, layout.lines.length - Math.max(1, pageHeight)));
}

export function moveReader(position: ReaderPosition, layout: Layout, pageHeight: number, move: PagerMove): ReaderPosition {
	const from = topFor(position, layout, pageHeight);
	const top = isGrowing(layout) ? moveOnGrowing(layout, from, pageHeight, move) : movePager({ top: from, lineCount: layout.lines.length, pageHeight }, move);
	return { anchor: anchorOf(layout, top), top, layoutWidth: layout.width, layoutLines: layout.lines.length };
}
