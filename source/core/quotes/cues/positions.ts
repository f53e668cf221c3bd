import { CLAUSE_OPENERS, DETERMINERS, CONJUNCTIONS, GENDERED_ROLES, OPENING_PHRASE_WORDS, ROLE_WORDS, SPEAKER_NOUNS } from '../lexicon/index.js';
import { isOccupationNoun, type Mention } from '../names/mentions.js';
import type { Token } from '../spans/tokens.js';

/**
 * A name standing where a subject stands, opening its sentence or a clause, rather than after a verb or
 * preposition: `the group` is the militia that spoke, not the agency that `translated` its words.
 */
export function standsAsSubject(tokens: readonly Token[], mention: Mention): boolean {
	let k = mention.first - 1;
	if (tokens[k]?.lower === 'the') k--;
	const before = tokens[k];
	return !before || before.sentence !== mention.sentence || before.kind !== 'word' || CLAUSE_OPENERS.has(before.lower);
}

/**
 * The name is its sentence's subject: nothing before it but an opening phrase or a description and its
 * comma (`The coach, Dave Kerr, …`, `Her colleague, Tom Birch, …`), a conjunction, or role words.
 * `The union will meet chief executive Mark Reid` is not about Reid as speaker.
 */
export function leadsSentence(tokens: readonly Token[], sentenceStart: number, mention: Mention): boolean {
	// `My aunt, Rosa, …`, `Every Sunday, Rosa …`: a description or an opening phrase set off by a comma.
	if (tokens[mention.first - 1]?.text === ',' && mention.first - 1 > sentenceStart) return true;
	let k = sentenceStart;
	if (OPENING_PHRASE_WORDS.has(tokens[k]?.lower ?? '')) {
		let comma = k;
		while (comma < mention.first && tokens[comma]!.text !== ',') comma++;
		if (comma < mention.first) k = comma + 1;
	}
	for (; k < mention.first; k++) {
		const token = tokens[k]!;
		if (token.kind !== 'word') continue;
		if (token.capitalised || /[’']s$/.test(token.lower)) continue;
		const lower = token.lower;
		if (DETERMINERS.has(lower) || CONJUNCTIONS.has(lower) || ROLE_WORDS.has(lower) || GENDERED_ROLES.has(lower) || SPEAKER_NOUNS.has(lower)) continue;
		// `Local fisherman Kofi Mensah …`: an occupation right before the name.
		if (k === mention.first - 1 && isOccupationNoun(lower)) continue;
		return false;
	}
	return true;
}
