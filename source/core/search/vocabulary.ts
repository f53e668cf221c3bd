/**
 * Typo-tolerant lookup in a sorted vocabulary: every term within a few edits of a query word (Damerau–
 * Levenshtein with adjacent transpositions), and optionally every term it begins. The vocabulary is walked
 * as the trie it implies: words sharing a prefix share the edit-distance rows computed for it, and a prefix
 * already too far from the query skips every word that starts with it (one binary search).
 */

export interface TermMatch {
	/** Index into the vocabulary. */
	readonly index: number;
	readonly edits: number;
	/** The query word is (within `edits`) the start of this term, not the whole of it. */
	readonly prefix: boolean;
}

/** A typo in a word of four letters or more, two from eight: short words are too easily something else. */
export function typoBudget(word: string): number {
	if (word.length < 4) return 0;
	return word.length < 8 ? 1 : 2;
}

/** Prefixes are looked up from this length: "pea" would begin too many words to mean any. */
export const MIN_PREFIX_LENGTH = 4;

/** A word begins others only as typed, or with one typo from eight letters: "rire" must not begin every "ri…" word. */
export function prefixTypoBudget(word: string): number {
	return word.length < 8 ? 0 : 1;
}

export interface LookupOptions {
	readonly maxEdits: number;
	readonly prefix: boolean;
	/** Edits allowed in the beginning of a word when `prefix`; at most `maxEdits` (the default). */
	readonly prefixEdits?: number;
}

export function lookupTerms(vocabulary: readonly string[], word: string, { maxEdits, prefix, prefixEdits = maxEdits }: LookupOptions): TermMatch[] {
	const matches: TermMatch[] = [];
	if (word.length === 0) return matches;
	const width = word.length + 1;
	// rows[d] holds the distances between the candidate's first d characters and each prefix of `word`.
	const far = maxEdits + 1;
	const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, j) => Math.min(j, far))];
	// rows[1..computedLength] were computed for the first computedLength characters of `computed`.
	let computed = '';
	let computedLength = 0;
	let index = 0;
	while (index < vocabulary.length) {
		const term = vocabulary[index]!;
		let depth = 0;
		const shared = Math.min(computedLength, term.length);
		while (depth < shared && computed.charCodeAt(depth) === term.charCodeAt(depth)) depth++;
		let prunedAt = -1;
		let bestPrefix = far;
		for (let d = Math.max(1, word.length - maxEdits); d <= Math.min(depth, word.length + maxEdits); d++) bestPrefix = Math.min(bestPrefix, rows[d]![word.length]!);
		for (let d = depth + 1; d <= term.length; d++) {
			const row = (rows[d] ??= new Int32Array(width));
			const above = rows[d - 1]!;
			const code = term.charCodeAt(d - 1);
			// Only cells within maxEdits of the diagonal can lead to a match: the band, with "too far" around it.
			const low = Math.max(1, d - maxEdits);
			const high = Math.min(word.length, d + maxEdits);
			row[0] = d;
			if (low > 1 && low - 1 < width) row[low - 1] = far;
			if (high <= word.length && d - 1 + maxEdits < high) above[high] = far;
			let rowMin = low === 1 ? d : far;
			for (let j = low; j <= high; j++) {
				const cost = code === word.charCodeAt(j - 1) ? 0 : 1;
				let value = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
				if (d > 1 && j > 1 && code === word.charCodeAt(j - 2) && term.charCodeAt(d - 2) === word.charCodeAt(j - 1)) {
					value = Math.min(value, rows[d - 2]![j - 2]! + 1);
				}
				if (value > far) value = far;
				row[j] = value;
				if (value < rowMin) rowMin = value;
			}
			const last = low <= word.length && word.length <= high ? row[word.length]! : far;
			if (last < bestPrefix) bestPrefix = last;
			// Past a prefix that already matches, every longer word matches as a prefix: keep going.
			if (rowMin > maxEdits && !(prefix && bestPrefix <= prefixEdits)) {
				prunedAt = d;
				break;
			}
		}
		computed = term;
		if (prunedAt > 0) {
			computedLength = prunedAt - 1;
			index = firstWithoutPrefix(vocabulary, index, term, prunedAt);
			continue;
		}
		computedLength = term.length;
		const edits = Math.abs(term.length - word.length) > maxEdits ? far : rows[term.length]![word.length]!;
		if (edits <= maxEdits) matches.push({ index, edits, prefix: false });
		else if (prefix && bestPrefix <= prefixEdits) matches.push({ index, edits: bestPrefix, prefix: true });
		index++;
	}
	return matches;
}

/** The first index after `from` whose term does not start with the first `length` characters of `term` (the vocabulary is sorted). */
function firstWithoutPrefix(vocabulary: readonly string[], from: number, term: string, length: number): number {
	let low = from + 1;
	let high = vocabulary.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sharesPrefix(vocabulary[middle]!, term, length)) low = middle + 1;
		else high = middle;
	}
	return low;
}

function sharesPrefix(candidate: string, term: string, length: number): boolean {
	if (candidate.length < length) return false;
	for (let i = 0; i < length; i++) if (candidate.charCodeAt(i) !== term.charCodeAt(i)) return false;
	return true;
}
