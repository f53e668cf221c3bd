import { DOUBLING_LEMMAS, IRREGULAR_VERB_FORMS, NO_REGULAR_PAST, RETORT_VERB_FORMS, SPEECH_VERB_LEMMAS, VERB_ONLY_FORMS } from '../lexicon/index.js';

const VOWELS = /[aeiou]/;

/** Every tense of a reporting verb we meet in copy: base, third person, past, participles. */
export function inflect(lemma: string): string[] {
	const forms = new Set<string>([lemma, ...(IRREGULAR_VERB_FORMS.get(lemma) ?? [])]);
	const last = lemma.slice(-1);
	const stem = lemma.slice(0, -1);
	const doubles = DOUBLING_LEMMAS.has(lemma);
	const consonantY = last === 'y' && !VOWELS.test(lemma.slice(-2, -1));
	if (/(s|sh|ch|x|z)$/.test(lemma)) forms.add(`${lemma}es`);
	else if (consonantY) forms.add(`${stem}ies`);
	else forms.add(`${lemma}s`);
	if (NO_REGULAR_PAST.has(lemma)) {
		// said, told, wrote: listed with the irregular forms
	} else if (last === 'e') forms.add(`${lemma}d`);
	else if (consonantY) forms.add(`${stem}ied`);
	else if (doubles) forms.add(`${lemma}${last}ed`);
	else forms.add(`${lemma}ed`);
	if (last === 'e' && !lemma.endsWith('ee')) forms.add(`${stem}ing`);
	else if (doubles) forms.add(`${lemma}${last}ing`);
	else forms.add(`${lemma}ing`);
	return [...forms];
}

export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(SPEECH_VERB_LEMMAS.flatMap(inflect));

/** True for any tense of a reporting verb, given a lower-case word. */
export function isSpeechVerb(lowerWord: string): boolean {
	return SPEECH_VERB_FORMS.has(lowerWord);
}

/** `hit back`, `fired back`, `shot back`: a retort, given a lower-case word and the word after it. */
export function isRetort(lowerWord: string, nextLower: string | undefined): boolean {
	return nextLower === 'back' && RETORT_VERB_FORMS.has(lowerWord);
}

/** Participles that head a clause with no subject of their own (“…,” adding that …). */
export function isParticiple(lowerWord: string): boolean {
	return lowerWord.endsWith('ing') && SPEECH_VERB_FORMS.has(lowerWord);
}

/** `said`, `told`, `added`, `says`: forms of a reporting verb that are never nouns (unlike `claims`, `report`). */
export function isVerbOnly(lowerWord: string): boolean {
	return (lowerWord.endsWith('ed') && SPEECH_VERB_FORMS.has(lowerWord)) || VERB_ONLY_FORMS.has(lowerWord);
}
