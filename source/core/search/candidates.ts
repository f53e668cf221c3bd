import { kindOf, type CandidateIndex, type HitKind } from './candidate-index.js';
import { termIndex, type Postings } from './postings.js';
import { isSearchable, type SearchQuery } from './query.js';
import { MIN_PREFIX_LENGTH, lookupTerms, prefixTypoBudget, typoBudget, type TermMatch } from './vocabulary.js';

// The candidate index asked a query: which units may be hits, with a quick guess at how good, for the ranking.

export interface Candidate {
	readonly unit: number;
	/** A quick estimate of relevance, to choose the few that are ranked properly. */
	readonly prescore: number;
}

/** The index's terms each query word matched (exactly, with typos, or as a prefix), to mark them in a hit. */
export type WordVariants = readonly ReadonlySet<string>[];

/** At most this many terms a word is taken to begin: the most common ones. */
const MAX_PREFIX_TERMS = 16;

/** A word in more than a quarter of the units is common. */
const COMMON_SHARE = 4;

const KIND_BOOST: Readonly<Record<HitKind, number>> = { title: 1.5, speaker: 1.4, quote: 1.15, note: 1.15, text: 1 };

function matchQuality(match: TermMatch): number {
	if (match.prefix) return 0.8 - 0.2 * match.edits;
	return match.edits === 0 ? 1 : match.edits === 1 ? 0.7 : 0.5;
}

/** Every term the word may mean, best first; prefixes only for words long enough and only the commonest. */
export function expandWord(postings: Postings, word: string, fuzzy = true): TermMatch[] {
	if (!fuzzy) {
		const exact = termIndex(postings, word);
		return exact < 0 ? [] : [{ index: exact, edits: 0, prefix: false }];
	}
	const matches = lookupTerms(postings.terms, word, { maxEdits: typoBudget(word), prefix: word.length >= MIN_PREFIX_LENGTH, prefixEdits: prefixTypoBudget(word) });
	const whole = matches.filter((match) => !match.prefix);
	const prefixes = matches
		.filter((match) => match.prefix)
		.sort((a, b) => postings.counts[b.index]! - postings.counts[a.index]!)
		.slice(0, MAX_PREFIX_TERMS);
	return [...whole, ...prefixes].sort((a, b) => matchQuality(b) - matchQuality(a));
}

/** Per required word, the best weighted quality of its terms in each unit (0: none), and the units touched. */
interface WordScores {
	readonly scores: Float32Array;
	units: Uint32Array;
	count: number;
}

/**
 * Buffers reused from one query to the next over the same index: arrays the size of the index are costly to
 * allocate and to collect, and a screen searches at every pause in typing. Give one per index; not shared
 * between searches running at once.
 */
export class CandidateScratch {
	private readonly words: WordScores[] = [];
	private used = 0;

	constructor(private readonly unitCount: number) {}

	take(): WordScores {
		const words = (this.words[this.used++] ??= { scores: new Float32Array(this.unitCount), units: new Uint32Array(1024), count: 0 });
		words.count = 0;
		return words;
	}

	/** Zeroes what the last query set, touching only the units it touched. */
	release(): void {
		for (let slot = 0; slot < this.used; slot++) {
			const { scores, units, count } = this.words[slot]!;
			for (let i = 0; i < count; i++) scores[units[i]!] = 0;
		}
		this.used = 0;
	}
}

function scoreWord(postings: Postings, matches: readonly TermMatch[], unitCount: number, into: WordScores): WordScores {
	const { scores } = into;
	let size = 0;
	for (const match of matches) size += postings.counts[match.index]!;
	if (into.units.length < size) into.units = new Uint32Array(Math.max(size, into.units.length * 2));
	const { units } = into;
	const { bytes } = postings;
	for (const match of matches) {
		const weight = matchQuality(match) * Math.log(1 + unitCount / Math.max(1, postings.counts[match.index]!));
		// The term's units, decoded in place (variable-length deltas).
		const end = postings.offsets[match.index + 1]!;
		let unit = 0;
		for (let at = postings.offsets[match.index]!; at < end; ) {
			let delta = 0;
			let shift = 0;
			let byte: number;
			do {
				byte = bytes[at++]!;
				delta += (byte & 0x7f) * 2 ** shift;
				shift += 7;
			} while (byte & 0x80);
			unit += delta;
			if (scores[unit] === 0) units[into.count++] = unit;
			if (scores[unit]! < weight) scores[unit] = weight;
		}
	}
	return into;
}

export interface CandidateResult {
	readonly candidates: readonly Candidate[];
	readonly variants: WordVariants;
}

/**
 * The units that contain every word (fuzzily; a common word beside rarer ones is left to the ranking), every
 * phrase's words and, with `by:`, whose speaker matches; none that contain an excluded word, and, with `allowed`, only those it marks. Phrases and excluded phrases are only as precise as their
 * words here: the ranking checks them on the text. The best `limit` by a quick score, best first.
 */
export function findCandidates(index: CandidateIndex, query: SearchQuery, limit: number, allowed?: Uint8Array, scratch?: CandidateScratch, speakersAllowed = false): CandidateResult {
	const unitCount = index.unitKinds.length;
	const buffers = scratch ?? new CandidateScratch(unitCount);
	try {
		return candidatesOf(index, query, limit, allowed, buffers, speakersAllowed);
	} finally {
		buffers.release();
	}
}

/**
 * `speakersAllowed`: `allowed` already holds only the quotes of the speakers asked for (`by:`, as the reader's
 * corrections have them), so the speaker postings (the engine's names) are not read.
 */
function candidatesOf(index: CandidateIndex, query: SearchQuery, limit: number, allowed: Uint8Array | undefined, scratch: CandidateScratch, speakersAllowed: boolean): CandidateResult {
	const unitCount = index.unitKinds.length;
	const expansions = query.words.map((word) => expandWord(index.words, word));
	const variants = expansions.map((matches) => new Set(matches.map((match) => index.words.terms[match.index]!)));
	if (!isSearchable(query) || unitCount === 0) return { candidates: [], variants };

	// A word in most units (the, said) narrows nothing and costs the most to read: with rarer ones beside it,
	// it is left to the ranking, which checks every word on the text.
	const wordsAndTerms = [...expansions, ...query.phrases.flatMap((phrase) => phrase.terms.map((term) => expandWord(index.words, term, false)))];
	const sizes = wordsAndTerms.map((matches) => matches.reduce((sum, match) => sum + index.words.counts[match.index]!, 0));
	const rarest = Math.min(...sizes);
	const narrowing = wordsAndTerms.filter((_, at) => sizes[at]! <= unitCount / COMMON_SHARE || sizes[at] === rarest);
	const required = narrowing.map((matches) => scoreWord(index.words, matches, unitCount, scratch.take()));
	if (!speakersAllowed) {
		for (const name of query.speakers) {
			for (const term of name) required.push(scoreWord(index.speakers, expandWord(index.speakers, term), unitCount, scratch.take()));
		}
	}
	// A one-word exclusion is exact here; a phrase is dropped where all its words are, then checked on the text.
	const excluded = query.excluded.flatMap((phrase) => {
		const at = phrase.terms.length === 1 ? termIndex(index.words, phrase.terms[0]!) : -1;
		return at < 0 ? [] : [scoreWord(index.words, [{ index: at, edits: 0, prefix: false }], unitCount, scratch.take()).scores];
	});

	const best = new BestCandidates(limit);
	if (required.length === 0) {
		// by: alone, its quotes already chosen: each allowed unit is as good a match, the shorter read first.
		for (let unit = 0; allowed && unit < unitCount; unit++) {
			if (allowed[unit] && !(excluded.length > 0 && isExcluded(excluded, unit))) best.offer(unit, 1 / (0.75 + 0.25 * Math.sqrt(Math.max(1, index.unitLengths[unit]!) / 30)));
		}
		return { candidates: best.sorted(), variants };
	}
	// Only the units of the rarest requirement can have them all.
	const fewest = required.reduce((best, next) => (next.count < best.count ? next : best));
	for (let i = 0; i < fewest.count; i++) {
		const unit = fewest.units[i]!;
		if (allowed && !allowed[unit]) continue;
		if (excluded.length > 0 && isExcluded(excluded, unit)) continue;
		let sum = 0;
		let all = true;
		for (const { scores } of required) {
			const score = scores[unit]!;
			if (score === 0) {
				all = false;
				break;
			}
			sum += score;
		}
		if (!all) continue;
		const length = Math.max(1, index.unitLengths[unit]!);
		best.offer(unit, (sum * KIND_BOOST[kindOf(index, unit)]) / (0.75 + 0.25 * Math.sqrt(length / 30)));
	}
	return { candidates: best.sorted(), variants };
}

function isExcluded(excluded: readonly Float32Array[], unit: number): boolean {
	for (const scores of excluded) if (scores[unit]! > 0) return true;
	return false;
}

/** Keeps the best `limit` candidates offered, in a heap with the worst kept one at the root. */
class BestCandidates {
	private readonly heap: Candidate[] = [];

	constructor(private readonly limit: number) {}

	private static better(a: Candidate, b: Candidate): boolean {
		return a.prescore > b.prescore || (a.prescore === b.prescore && a.unit < b.unit);
	}

	offer(unit: number, prescore: number): void {
		const { heap } = this;
		if (heap.length < this.limit) {
			heap.push({ unit, prescore });
			this.siftUp(heap.length - 1);
		} else if (this.limit > 0 && (prescore > heap[0]!.prescore || (prescore === heap[0]!.prescore && unit < heap[0]!.unit))) {
			heap[0] = { unit, prescore };
			this.siftDown(0);
		}
	}

	/** Best first. */
	sorted(): Candidate[] {
		return [...this.heap].sort((a, b) => b.prescore - a.prescore || a.unit - b.unit);
	}

	private siftUp(at: number): void {
		const { heap } = this;
		while (at > 0) {
			const parent = (at - 1) >> 1;
			if (!BestCandidates.better(heap[parent]!, heap[at]!)) return;
			[heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
			at = parent;
		}
	}

	private siftDown(at: number): void {
		const { heap } = this;
		for (;;) {
			const left = at * 2 + 1;
			let worst = at;
			if (left < heap.length && BestCandidates.better(heap[worst]!, heap[left]!)) worst = left;
			if (left + 1 < heap.length && BestCandidates.better(heap[worst]!, heap[left + 1]!)) worst = left + 1;
			if (worst === at) return;
			[heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
			at = worst;
		}
	}
}
