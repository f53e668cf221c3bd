import { termsOf } from './fold.js';
import { MIN_PREFIX_LENGTH, lookupTerms, prefixTypoBudget, typoBudget } from './vocabulary.js';

/**
 * Whether a speaker is the one a query's `by:` names, judged as the candidate index judges it: every term of
 * every `by:` name is a term of the speaker's name or aliases, within the same typos, or begins one. Used
 * where the speaker is known only after the reader's corrections, which the index's postings cannot know.
 *
 * A library repeats the same names in every article, in ever new groupings with aliases: so what each name
 * holds (which terms, one bit each) is worked out once, and a grouping holds what its names hold together.
 */
export function speakerMatcher(names: readonly (readonly string[])[]): (forms: Iterable<string>) => boolean {
	const wanted = names.flat();
	const words = Math.max(1, Math.ceil(wanted.length / 32));
	const full = new Uint32Array(words);
	for (let term = 0; term < wanted.length; term++) full[term >> 5]! |= 1 << (term & 31);
	const known = new Map<string, Uint32Array>();
	const held = (form: string): Uint32Array => {
		let terms = known.get(form);
		if (terms === undefined) {
			terms = new Uint32Array(words);
			const vocabulary = [...new Set(termsOf(form))].sort();
			wanted.forEach((term, index) => {
				const found = lookupTerms(vocabulary, term, { maxEdits: typoBudget(term), prefix: term.length >= MIN_PREFIX_LENGTH, prefixEdits: prefixTypoBudget(term) });
				if (found.length > 0) terms![index >> 5]! |= 1 << (index & 31);
			});
			known.set(form, terms);
		}
		return terms;
	};
	const together = new Uint32Array(words);
	return (forms) => {
		together.fill(0);
		for (const form of forms) {
			const terms = held(form);
			for (let word = 0; word < words; word++) together[word]! |= terms[word]!;
		}
		for (let word = 0; word < words; word++) if (together[word] !== full[word]) return false;
		return true;
	};
}
