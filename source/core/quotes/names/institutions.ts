import { INSTITUTION_KINDS } from '../lexicon/index.js';

/** `the ministry` and a body whose name ends in another kind of institution (`… Federation`). */
export function namesOtherInstitution(words: readonly string[], head: string): boolean {
	const own = INSTITUTION_KINDS.find((kind) => kind.includes(head));
	const last = words[words.length - 1] ?? '';
	const theirs = INSTITUTION_KINDS.find((kind) => kind.includes(last));
	return own !== undefined && theirs !== undefined && own !== theirs;
}
