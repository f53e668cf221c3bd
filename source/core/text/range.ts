/** A stretch of the article text: UTF-16 offsets, `end` exclusive. */
export interface TextRange {
	readonly start: number;
	readonly end: number;
}

export const overlaps = (a: TextRange, b: TextRange): boolean => a.start < b.end && b.start < a.end;

export const contains = (outer: TextRange, inner: TextRange): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Index of the first range ending after `offset` (binary search over ranges in order). */
export function rangeIndexAtOrAfter(ranges: readonly TextRange[], offset: number): number {
	let low = 0;
	let high = ranges.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (ranges[middle]!.end <= offset) low = middle + 1;
		else high = middle;
	}
	return low;
}
