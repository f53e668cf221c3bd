const MAX_STEM_LENGTH = 72;

/**
 * A readable file name from a title, like the bundled articles': lower case, words joined by hyphens,
 * accents dropped from Latin letters, other scripts kept, cut at a word.
 */
export function articleFileStem(title: string): string {
	const words = title
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '');
	let stem = '';
	for (const word of words) {
		const next = stem === '' ? word : `${stem}-${word}`;
		if (next.length > MAX_STEM_LENGTH) break;
		stem = next;
	}
	if (stem === '' && words[0]) stem = words[0].slice(0, MAX_STEM_LENGTH);
	return stem === '' ? 'article' : stem;
}

/** The names to try in turn for an article: `stem.txt`, then `stem-2.txt`, `stem-3.txt`, … */
export function* articleFileNames(title: string): Generator<string> {
	const stem = articleFileStem(title);
	yield `${stem}.txt`;
	for (let n = 2; ; n++) yield `${stem}-${n}.txt`;
}
