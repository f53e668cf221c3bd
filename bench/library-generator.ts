// A generated news library for benchmarks: articles of ~700 words with quotes and named speakers, made of
// pseudo-words with a Zipf-like spread, so the vocabulary grows with the library as real news does.
// Deterministic: the same seed gives the same library.

export interface GeneratedArticle {
	readonly name: string;
	readonly text: string;
}

export interface GeneratedLibrary {
	readonly articles: readonly GeneratedArticle[];
	/** Words of the lexicon by rank (0 = most common), speakers' names: what the queries are made of. */
	readonly lexicon: readonly string[];
	readonly speakers: readonly string[];
}

const FUNCTION_WORDS = 'the of and to in a that is for on with as was by at from it be has have are its but not an this will would which who their after more than been over also about'.split(' ');
const FIRST_NAMES = 'Maria Sergey Anna Dmitry Olena James Fatima Carlos Ingrid Kwame Priya Tomasz Aoife Hiroshi Lucia Omar Greta Viktor Amara Pedro Helen Yusuf Ines Pavel Chloe Ravi Sofia Malik Elena Jonas'.split(' ');
const SAYS = ['said', 'told reporters', 'added', 'said on Tuesday', 'told the newspaper', 'said in a statement'];
const ORGS = ['the ministry', 'the council', 'the agency', 'the company', 'the union'];
const SOURCES = ['The Coastal Times', 'Daily Ledger', 'Northern Post', 'Harbour Herald', 'Metro Wire', 'Valley Courier'];
const CONSONANTS = 'b c d f g h k l m n p r s t v z br tr st pl kr gr sh ch'.split(' ');
const VOWELS = 'a e i o u ai ea io ou'.split(' ');

/** Mulberry32: a small seeded generator, enough for text. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function makeLexicon(random: () => number, size: number): string[] {
	const seen = new Set<string>(FUNCTION_WORDS);
	const words: string[] = [];
	while (words.length < size) {
		const syllables = 2 + Math.floor(random() * 3);
		let word = '';
		for (let i = 0; i < syllables; i++) word += pick(random, CONSONANTS) + pick(random, VOWELS);
		if (random() < 0.4) word += pick(random, ['n', 's', 'r', 'l', 'nt', 'st']);
		if (!seen.has(word)) {
			seen.add(word);
			words.push(word);
		}
	}
	return words;
}

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)]!;
}

/** A rank drawn with probability about 1/rank (Zipf), by inverting the harmonic series' integral. */
function zipfRank(random: () => number, size: number): number {
	return Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1))) - 1);
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function generateLibrary(count: number, seed = 42): GeneratedLibrary {
	const random = seededRandom(seed);
	const lexicon = makeLexicon(random, Math.max(2_000, Math.round(count * 6)));
	const surnames = makeLexicon(seededRandom(seed + 1), Math.max(200, Math.round(count / 4))).map(capitalise);
	const speakers = surnames.map((surname, index) => `${FIRST_NAMES[index % FIRST_NAMES.length]!} ${surname}`);
	const word = () => (random() < 0.35 ? pick(random, FUNCTION_WORDS) : lexicon[zipfRank(random, lexicon.length)]!);
	const phrase = (length: number) => Array.from({ length }, word).join(' ');
	const sentence = (length: number) => `${capitalise(phrase(length))}.`;

	const articles: GeneratedArticle[] = [];
	for (let index = 0; index < count; index++) {
		const cast = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(random, speakers));
		const title = Array.from({ length: 6 + Math.floor(random() * 5) }, () => capitalise(word())).join(' ');
		const paragraphs: string[] = [];
		let words = 0;
		while (words < 700) {
			const speaker = pick(random, cast);
			const surname = speaker.split(' ')[1]!;
			const roll = random();
			let paragraph: string;
			if (roll < 0.2) paragraph = `“${sentence(10 + Math.floor(random() * 15))}” ${speaker} ${pick(random, SAYS)}.`;
			else if (roll < 0.3) paragraph = `${surname} added: “${sentence(8 + Math.floor(random() * 12))} ${sentence(6 + Math.floor(random() * 10))}”`;
			else if (roll < 0.35) paragraph = `“${sentence(8 + Math.floor(random() * 10))}” ${pick(random, ORGS)} said.`;
			else paragraph = Array.from({ length: 2 + Math.floor(random() * 2) }, () => sentence(10 + Math.floor(random() * 12))).join(' ');
			words += paragraph.split(/\s+/).length;
			paragraphs.push(paragraph);
		}
		const frontMatter =
			index % 2 === 0
				? `---\nsource: ${pick(random, SOURCES)}\ndate: 2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}\nbyline: ${pick(random, speakers)}\n---\n`
				: '';
		articles.push({ name: `article-${String(index).padStart(5, '0')}.txt`, text: `${frontMatter}${title}\n\n${paragraphs.join('\n\n')}\n` });
	}
	return { articles, lexicon, speakers };
}
