import stringWidth from 'string-width';
import { graphemes } from './graphemes.js';


/**
 * Cuts `text` to at most `width` columns, ending in "…" when cut. It looks at no more of the text than it
 * needs: string-width on a whole long string (a 300,000-character highlight) grows worse than linearly.
 */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	// Look at only as much as `width` columns could hold.
	const prefixLength = width * 16 + 16;
	const looked = text.length > prefixLength ? text.slice(0, prefixLength) : text;
	let used = 0;
	let fits = 0;
	let end = 0;
	for (const { segment, index } of graphemes(looked)) {
		const segmentWidth = stringWidth(segment);
		if (used + segmentWidth > width) return `${text.slice(0, fits)}…`;
		used += segmentWidth;
		end = index + segment.length;
		if (used <= width - 1) fits = end;
	}
	// Only zero-width characters could leave a long text unfinished here; then measure the rest too.
	if (looked !== text) return used === 0 ? truncate(text.slice(end), width) : `${text.slice(0, fits)}…`;
	return text.slice(0, end);
}

/** Exactly `width` columns: truncated, then padded on the right (or the left with `alignRight`). */
export function fit(text: string, width: number, alignRight = false): string {
	const cut = truncate(text, width);
	const padding = ' '.repeat(Math.max(0, width - stringWidth(cut)));
	return alignRight ? padding + cut : cut + padding;
}
