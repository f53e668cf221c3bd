/**
 * Words whose full stop does not end a sentence, lower case and without the final stop ("u.s" for "U.S.").
 * The one list: the sentence splitter uses it, and so should anything else that finds sentence ends.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
	// Titles and ranks.
	'mr', 'mrs', 'ms', 'mx', 'messrs', 'mme', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm',
	'cmdr', 'maj', 'cpl', 'pvt', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'det', 'cllr', 'jr', 'sr',
	// Companies and references.
	'inc', 'ltd', 'co', 'corp', 'bros', 'vs', 'v', 'etc', 'e.g', 'i.e', 'cf', 'al', 'approx', 'dept', 'est', 'mt', 'ft',
	// Months and days.
	'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
	'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m',
	// Places.
	'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'n.y', 'l.a', 'calif', 'mass', 'penn', 'wash', 'ariz', 'fla', 'ill', 'mich',
]);

/** Abbreviations only before a number: "No. 10", "Vol. 2", "p. 14"; elsewhere "No." ends a sentence. */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'vol', 'fig', 'pp', 'p', 'art', 'sec']);

/**
 * Whether `word` (as written, without its final stop: "Sen", "U.S", "J") followed by a full stop and then
 * `next` (the first character after the white space) leaves the sentence open.
 */
export function isAbbreviation(word: string, next: string): boolean {
	const bare = word.toLowerCase().replace(/^\.+/, '');
	if (ABBREVIATIONS.has(bare)) return true;
	if (NUMBER_ABBREVIATIONS.has(bare) && /\p{N}/u.test(next)) return true;
	// Initials ("J. K. Rowling", "U.S.") and single letters.
	return /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}
