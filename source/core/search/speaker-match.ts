import { termsOf } from './fold.js';
import { MIN_PREFIX_LENGTH, lookupTerms, prefixTypoBudget, typoBudget } from './vocabulary.js';

/**
 * Whether a speaker is the one a query's `by:` names, judged as the candidate index judges it: every term of
 * every `by:` name is a term of the speaker's name or aliases, within the same typos, or begins one. Used
 * where the speaker is known only after the reader's corrections, which the index's postings cannot know.
 */
export function speakerMatcher(names: readonly (readonly string[])[]): (forms: readonly string[]) => boolean {
	const known = new Map<string, boolean>();
	return (forms) => {
		const key = forms.join('\u0000');
		let matches = known.get(key);
		if (matches === undefined) {
			const vocabulary = [...new Set(termsOf(forms.join(' ')))].sort();
			matches = names.every((terms) =>
				terms.every((term) => lookupTerms(vocabulary, term, { maxEdits: typoBudget(term), prefix: term.length >= MIN_PREFIX_LENGTH, prefixEdits: prefixTypoBudget(term) }).length > 0),
			);
			known.set(key, matches);
		}
		return matches;
	};
}
