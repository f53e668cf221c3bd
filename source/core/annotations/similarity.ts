/** Levenshtein distance; meant for short strings such as the 32-character prefix and suffix. */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	let previous = new Uint32Array(b.length + 1);
	let current = new Uint32Array(b.length + 1);
	for (let j = 0; j <= b.length; j++) previous[j] = j;
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		const charA = a.charCodeAt(i - 1);
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1]! + (charA === b.charCodeAt(j - 1) ? 0 : 1);
			current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
		}
		[previous, current] = [current, previous];
	}
	return previous[b.length]!;
}

/** 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
	const longest = Math.max(a.length, b.length);
	return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}
