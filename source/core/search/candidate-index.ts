import { PostingsBuilder, type Postings } from './postings.js';
import { decodeSections, encodeSections, type DecodedSections } from './sections.js';

/** What a hit is: the article's title, a paragraph of its text, a quote, a speaker's name, a reader's note. */
export type HitKind = 'title' | 'text' | 'quote' | 'speaker' | 'note';
export const HIT_KINDS: readonly HitKind[] = ['title', 'text', 'quote', 'speaker', 'note'];

/**
 * The candidate index of one set of units (a library folder's paragraphs, quotes, titles and speakers, or
 * the notes): which units contain which terms, and, for quotes, the terms of their speaker's name.
 */
export interface CandidateIndex {
	readonly words: Postings;
	/** Terms of the speaker's name and aliases → quote units, for `by:`. */
	readonly speakers: Postings;
	readonly unitKinds: Uint8Array;
	/** Terms in each unit (at most 65,535): shorter units with the same words rank first. */
	readonly unitLengths: Uint16Array;
}

export class CandidateIndexBuilder {
	private readonly words = new PostingsBuilder();
	private readonly speakers = new PostingsBuilder();
	private readonly kinds: number[] = [];
	private readonly lengths: number[] = [];

	/** Adds a unit and returns its id (units are numbered from 0 in the order added). */
	addUnit(kind: HitKind, terms: readonly string[], speakerTerms: readonly string[] = []): number {
		const unit = this.kinds.length;
		this.kinds.push(HIT_KINDS.indexOf(kind));
		this.lengths.push(Math.min(terms.length, 0xffff));
		for (const term of terms) this.words.add(term, unit);
		for (const term of speakerTerms) this.speakers.add(term, unit);
		return unit;
	}

	get unitCount(): number {
		return this.kinds.length;
	}

	build(): CandidateIndex {
		return {
			words: this.words.build(),
			speakers: this.speakers.build(),
			unitKinds: Uint8Array.from(this.kinds),
			unitLengths: Uint16Array.from(this.lengths),
		};
	}
}

export function kindOf(index: CandidateIndex, unit: number): HitKind {
	return HIT_KINDS[index.unitKinds[unit]!]!;
}

// ---- on disk -------------------------------------------------------------------------------------------

const MAGIC = 'MGSRCH1';

function postingsSections(prefix: string, postings: Postings) {
	return {
		[`${prefix}.terms`]: postings.terms.join('\n'),
		[`${prefix}.counts`]: postings.counts,
		[`${prefix}.offsets`]: postings.offsets,
		[`${prefix}.bytes`]: postings.bytes,
	};
}

function readPostings(sections: DecodedSections, prefix: string): Postings {
	const text = sections.text(`${prefix}.terms`);
	return {
		terms: text === '' ? [] : text.split('\n'),
		counts: sections.u32(`${prefix}.counts`),
		offsets: sections.u32(`${prefix}.offsets`),
		bytes: sections.u8(`${prefix}.bytes`),
	};
}

/** The index and the caller's `meta` (what the units are, which version wrote it) as one file's bytes. */
export function encodeCandidateIndex(index: CandidateIndex, meta: unknown, extra: Readonly<Record<string, Uint32Array>> = {}): Uint8Array {
	return encodeSections(MAGIC, meta, {
		...postingsSections('words', index.words),
		...postingsSections('speakers', index.speakers),
		'unit.kinds': index.unitKinds,
		'unit.lengths': index.unitLengths,
		...extra,
	});
}

/** Throws DamagedFileError when the bytes are not a whole index. */
export function decodeCandidateIndex(bytes: Uint8Array): { index: CandidateIndex; meta: unknown; extra: (name: string) => Uint32Array } {
	const sections = decodeSections(MAGIC, bytes);
	const index: CandidateIndex = {
		words: readPostings(sections, 'words'),
		speakers: readPostings(sections, 'speakers'),
		unitKinds: sections.u8('unit.kinds'),
		unitLengths: sections.u16('unit.lengths'),
	};
	if (index.unitLengths.length !== index.unitKinds.length) throw new Error('unit tables disagree');
	return { index, meta: sections.meta, extra: (name) => sections.u32(name) };
}
