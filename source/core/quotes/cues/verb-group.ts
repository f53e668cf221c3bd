import { HABIT_MOTION_FORMS, LY_NOUNS_AND_ADJECTIVES, VERB_FILLERS } from '../lexicon/index.js';
import type { Token } from '../spans/tokens.js';

/**
 * Words that may stand between a speaker and the speech verb: auxiliaries and listed adverbs, and any
 * adverb in -ly (`Yates allegedly told`, `she tearfully recalled`).
 */
export function isVerbFiller(token: Token): boolean {
	if (token.kind !== 'word' || token.capitalised) return false;
	const lower = token.lower;
	return VERB_FILLERS.has(lower) || (lower.length >= 6 && lower.endsWith('ly') && !LY_NOUNS_AND_ADJECTIVES.has(lower));
}

/**
 * Back from the word before a verb over what may stand between it and its subject: auxiliaries and
 * adverbs, and a habit or sequel the verb completes (`used to say`, `went on to say`).
 */
export function verbGroupStart(tokens: readonly Token[], k: number, sentence: number): number {
	const skipFillers = (at: number) => {
		while (at >= 0 && tokens[at]!.sentence === sentence && isVerbFiller(tokens[at]!)) at--;
		return at;
	};
	k = skipFillers(k);
	const lead = habitOrSequelStart(tokens, k);
	return lead >= 0 && tokens[lead]!.sentence === sentence ? skipFillers(lead - 1) : k;
}

/** At the `to` of `used to` or `went on to`: where that phrase starts; else -1. */
export function habitOrSequelStart(tokens: readonly Token[], to: number): number {
	if (tokens[to]?.lower !== 'to') return -1;
	const lead = tokens[to - 1]?.lower;
	if (lead === 'used') return to - 1;
	if (lead === 'on' && HABIT_MOTION_FORMS.has(tokens[to - 2]?.lower ?? '')) return to - 2;
	return -1;
}
