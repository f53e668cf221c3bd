const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Node 20's segmenter grows worse than linearly with the length of the string it is given (a 200,000
 * character word took 40 s): it is fed pieces of this many characters, far longer than any grapheme.
 */
const PIECE = 512;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

export interface Grapheme {
	readonly segment: string;
	/** Offset of the grapheme in the text given. */
	readonly index: number;
}

/**
 * The graphemes of `text`, in order, in time linear in its length. The last grapheme of each piece may be
 * cut short by the piece's end, so each piece after the first starts again at that grapheme.
 */
export function* graphemes(text: string): Generator<Grapheme> {
	let from = 0;
	while (from < text.length) {
		let to = Math.min(text.length, from + PIECE);
		// Never cut a surrogate pair: a lone half would make a grapheme of its own.
		if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
		let last: Grapheme | null = null;
		for (const { segment, index } of segmenter.segment(text.slice(from, to))) {
			if (last) yield last;
			last = { segment, index: from + index };
		}
		if (!last) return;
		if (to === text.length || last.index === from) {
			yield last;
			from = last.index + last.segment.length;
		} else {
			from = last.index;
		}
	}
}
