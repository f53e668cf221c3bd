import type { TextRange } from '../text/range.js';

/** One line of a hit's text around its first match; `matches` are ranges in `text`. */
export interface Snippet {
	readonly text: string;
	readonly matches: readonly TextRange[];
}

export const SNIPPET_WIDTH = 100;
/** Characters shown before the first match, so it reads in context. */
const LEAD = 30;

/**
 * `text` on one line (white space runs become one space), cut to about `width` characters at word
 * boundaries where it shows the most matches (from the start if it can), with `…` where it was cut;
 * `matches` (ranges in `text`) follow it.
 */
export function makeSnippet(text: string, matches: readonly TextRange[], width = SNIPPET_WIDTH): Snippet {
	const { line, map } = collapseSpace(text);
	const mapped = matches
		.map((range) => ({ start: map[range.start]!, end: map[range.end]! }))
		.filter((range) => range.end > range.start)
		.sort((a, b) => a.start - b.start);
	if (line.length <= width) return { text: line, matches: mapped };
	let from = bestWindow(mapped, width, line.length);
	const first = mapped.find((range) => range.start >= from)?.start ?? from;
	if (from > 0) {
		const space = line.indexOf(' ', from);
		if (space >= 0 && space < first) from = space + 1;
	}
	let to = Math.min(line.length, from + width);
	if (to < line.length) {
		const space = line.lastIndexOf(' ', to);
		if (space > from && space > (mapped[0]?.end ?? 0)) to = space;
	}
	const lead = from > 0 ? '…' : '';
	const cut = `${lead}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
	const shift = lead.length - from;
	return {
		text: cut,
		matches: mapped
			.filter((range) => range.start < to && range.end > from)
			.map((range) => ({ start: Math.max(range.start, from) + shift, end: Math.min(range.end, to) + shift })),
	};
}

/** Where a window of `width` shows the most whole matches: the start, or a little before one of them. */
function bestWindow(matches: readonly TextRange[], width: number, length: number): number {
	let best = 0;
	let bestCount = -1;
	for (const from of [0, ...matches.map((range) => Math.max(0, Math.min(range.start - LEAD, length - width)))]) {
		const count = matches.filter((range) => range.start >= from && range.end <= from + width - 1).length;
		if (count > bestCount) [best, bestCount] = [from, count];
	}
	return best;
}

/** The text with white space runs as one space, trimmed; `map[i]` is where text offset `i` went. */
function collapseSpace(text: string): { line: string; map: Int32Array } {
	const map = new Int32Array(text.length + 1);
	const out: string[] = [];
	let pendingSpace = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (/\s/.test(char)) {
			pendingSpace = out.length > 0;
			map[i] = out.length;
			continue;
		}
		if (pendingSpace) {
			out.push(' ');
			pendingSpace = false;
		}
		map[i] = out.length;
		out.push(char);
	}
	map[text.length] = out.length;
	return { line: out.join(''), map };
}
