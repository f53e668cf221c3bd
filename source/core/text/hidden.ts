import type { TextRange } from './range.js';

/** The index of the first range in `sorted` (by start, not overlapping) that ends after `offset`. */
function firstEndingAfter(sorted: readonly TextRange[], offset: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sorted[middle]!.end <= offset) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * `text[start, end)` without the hidden ranges in it (Markdown's markers: `**`, `# `, `](url)`). Offsets stay
 * on the file's text; only what is shown leaves the markers out.
 */
export function visibleText(text: string, start: number, end: number, hidden: readonly TextRange[] | undefined): string {
	if (!hidden || hidden.length === 0) return text.slice(start, end);
	let shown = '';
	let at = start;
	for (let i = firstEndingAfter(hidden, start); i < hidden.length && hidden[i]!.start < end; i++) {
		const range = hidden[i]!;
		if (range.start > at) shown += text.slice(at, range.start);
		at = Math.max(at, range.end);
	}
	return at < end ? shown + text.slice(at, end) : shown;
}
