import { DETERMINERS, DOCUMENT_NOUNS, PUBLISHING_PARTICIPLES } from '../lexicon/index.js';
import type { Token } from '../spans/tokens.js';


/** `a note that said`, `a letter which read`: at `k`, the relative word after a document noun. */
export function isDocumentRelative(tokens: readonly Token[], k: number): boolean {
	const token = tokens[k];
	const noun = tokens[k - 1];
	return (token?.lower === 'that' || token?.lower === 'which') && noun !== undefined && noun.sentence === token.sentence && DOCUMENT_NOUNS.has(noun.lower);
}

/**
 * After a document noun, where the name of whoever it came from starts (`statement issued by the Kelham
 * Trust`, `letter from Jones`), or -1. `at` is the word after the noun.
 */
export function documentSourceStart(tokens: readonly Token[], at: number): number {
	let k = at;
	if (PUBLISHING_PARTICIPLES.has(tokens[k]?.lower ?? '')) k += tokens[k + 1]?.lower === 'out' ? 2 : 1;
	if (tokens[k]?.lower !== 'by' && tokens[k]?.lower !== 'from') return -1;
	k++;
	return tokens[k]?.lower === 'the' ? k + 1 : k;
}

/**
 * `A statement issued by the Kelham Trust said …`, `The letter from Jones said …`: where the author's name
 * starts, when the sentence opens with a document and who it came from; else -1.
 */
export function documentAuthorStart(tokens: readonly Token[], sentenceStart: number, verb: number): number {
	let k = sentenceStart;
	if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
	if (!DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '')) return -1;
	const source = documentSourceStart(tokens, k + 1);
	return source >= 0 && source < verb ? source : -1;
}
