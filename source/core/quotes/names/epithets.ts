import { NATIONALITY_NOUNS, PERSON_EPITHETS } from '../lexicon/index.js';

const AGE = /^\d+-year-old$/;
/** `mother-of-three`, `father-of-two`, `grandmother-of-five`. */
const PARENT_OF = /^\p{L}+-of-(two|three|four|five|six|seven|eight|nine|ten|\d+)$/u;

/**
 * A description that, after `the`, stands for a person the story has just named: `the 24-year-old`, `the
 * Norwegian`, `the father-of-two`, `the incumbent`. Given a lower-case word.
 */
export function isPersonEpithet(lower: string): boolean {
	return AGE.test(lower) || PARENT_OF.test(lower) || NATIONALITY_NOUNS.has(lower) || PERSON_EPITHETS.has(lower);
}
