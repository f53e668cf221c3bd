import { lineAtOffset, type Layout } from './layout.js';
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
	const top = clampTop({ top: lineAtOffset(layout, anchor), lineCount: layout.lines.length, pageHeight });
	return { anchor, top, layoutWidth: layout.width, layoutLines: layout.lines.length };
}

/** The first visible line for this layout: the stored one if the layout is the same, else found again from the anchor. */
export function topFor(position: ReaderPosition, layout: Layout, pageHeight: number): number {
	if (position.layoutWidth === layout.width && position.layoutLines === layout.lines.length) {
		return clampTop({ top: position.top, lineCount: layout.lines.length, pageHeight });
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

export function moveReader(position: ReaderPosition, layout: Layout, pageHeight: number, move: PagerMove): ReaderPosition {
	const top = movePager({ top: topFor(position, layout, pageHeight), lineCount: layout.lines.length, pageHeight }, move);
	return { anchor: anchorOf(layout, top), top, layoutWidth: layout.width, layoutLines: layout.lines.length };
}
