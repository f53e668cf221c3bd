import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cuts `text` to at most `width` columns, ending in "…" when cut. */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	if (stringWidth(text) <= width) return text;
	let result = '';
	let used = 0;
	for (const { segment } of graphemes.segment(text)) {
		const segmentWidth = stringWidth(segment);
		if (used + segmentWidth > width - 1) break;
		result += segment;
		used += segmentWidth;
	}
	return `${result}…`;
}

/** Exactly `width` columns: truncated, then padded on the right (or the left with `alignRight`). */
export function fit(text: string, width: number, alignRight = false): string {
	const cut = truncate(text, width);
	const padding = ' '.repeat(Math.max(0, width - stringWidth(cut)));
	return alignRight ? padding + cut : cut + padding;
}
