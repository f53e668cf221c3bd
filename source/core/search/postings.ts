/**
 * Term → the units (paragraphs, quotes, notes…) it appears in, held compactly: a sorted vocabulary, and
 * for each term its unit ids as variable-length deltas in one byte array. 10,000 articles' worth takes a
 * few megabytes and loads without building anything.
 */
export interface Postings {
	/** Sorted (by UTF-16 code unit, as `Array.prototype.sort`). */
	readonly terms: readonly string[];
	/** How many units each term is in. */
	readonly counts: Uint32Array;
	/** `bytes` offsets of each term's list; one more entry than terms. */
	readonly offsets: Uint32Array;
	readonly bytes: Uint8Array;
}

export class PostingsBuilder {
	private readonly lists = new Map<string, number[]>();

	/** Units must be added in increasing order; a term seen twice in one unit is kept once. */
	add(term: string, unit: number): void {
		const list = this.lists.get(term);
		if (list === undefined) this.lists.set(term, [unit]);
		else if (list[list.length - 1] !== unit) list.push(unit);
	}

	build(): Postings {
		const terms = [...this.lists.keys()].sort();
		const counts = new Uint32Array(terms.length);
		const offsets = new Uint32Array(terms.length + 1);
		const writer = new ByteWriter();
		terms.forEach((term, index) => {
			const list = this.lists.get(term)!;
			counts[index] = list.length;
			offsets[index] = writer.length;
			let previous = 0;
			for (const unit of list) {
				writer.varint(unit - previous);
				previous = unit;
			}
		});
		offsets[terms.length] = writer.length;
		return { terms, counts, offsets, bytes: writer.bytes() };
	}
}

class ByteWriter {
	private buffer = new Uint8Array(1 << 16);
	length = 0;

	varint(value: number): void {
		if (this.length + 5 > this.buffer.length) {
			const grown = new Uint8Array(this.buffer.length * 2);
			grown.set(this.buffer);
			this.buffer = grown;
		}
		while (value >= 0x80) {
			this.buffer[this.length++] = (value & 0x7f) | 0x80;
			value >>>= 7;
		}
		this.buffer[this.length++] = value;
	}

	bytes(): Uint8Array {
		return this.buffer.slice(0, this.length);
	}
}

/** Index of `term` in the vocabulary, or -1. */
export function termIndex(postings: Postings, term: string): number {
	const { terms } = postings;
	let low = 0;
	let high = terms.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (terms[middle]! < term) low = middle + 1;
		else high = middle;
	}
	return terms[low] === term ? low : -1;
}
