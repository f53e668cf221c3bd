import type { QuoteEvidence } from '../model.js';
import type { Attribution } from './attribution.js';
import type { Resolution, RuleName } from './rules.js';

/** What each sieve read, as the start of a sentence that the resolution completes. */
const RULE_READS: Readonly<Record<RuleName, string>> = {
	'after-quote': 'a reporting verb right after the quote',
	'after-quote-according-to': '“according to” right after the quote',
	'shared-cue': 'a reporting verb right after the next quote in the same sentence',
	signature: 'a dash and a name signing the quote',
	'speaker-colon': 'a name and a colon opening the line',
	'in-their-words': '“in the words of” or “as … put it” before the quote',
	'before-quote': 'a reporting verb earlier in the quote’s sentence',
	'before-quote-participle': 'a participle (saying, adding) whose subject opens the sentence',
	'before-quote-according-to': '“according to” earlier in the sentence',
	'transcript-colon': 'the sentence before ends in a colon that introduces the quote',
	'sentence-tail': 'a reporting clause closing the quote’s sentence',
	'credit-after': 'the sentence after credits the quote',
	'colon-frame': 'a colon before the quote, in a sentence whose subject',
	'sentence-subject': 'no reporting verb; the quote stands in a sentence whose subject',
	'by-agent': 'a sentence whose subject is acted on, and `by` before the quote',
	'credit-inside': 'a name written inside the marks, as a transcript label or a closing credit,',
	'previous-sentence': 'no cue of its own; the sentence before reports speech',
	'paragraph-opener': 'no cue of its own; the paragraph opens with a sentence about this person',
	'running-speaker': 'no cue of its own; the speaker of the quote before goes on',
	'introduced-person': 'no cue of its own; the sentence before is about this person',
	'headline-speaker': 'no cue of its own and nobody speaking yet; the headline names its speaker with a colon',
	'reporter-past-aside': 'no cue of its own; past one aside, the sentence before reports speech',
	'headline-echo': 'a headline quote repeating words quoted in the body',
};

const RESOLUTION_SAYS: Readonly<Record<Resolution, string>> = {
	name: 'names the speaker',
	pronoun: 'has a pronoun, which points back to the nearest fitting person named before',
	'going-on': 'has a he or she right after that person’s own quote',
	role: 'names a role or description, held by someone the article named',
	body: 'names a body, which speaks as one',
	document: 'names a document, credited to whoever issued it',
	running: 'has a pronoun with no one else to point to, so the running speaker',
	unnamed: 'has a pronoun standing for someone described (not named) just before',
};

export function explainAttribution(attribution: Attribution, text: string): QuoteEvidence {
	const cue = attribution.cueWords ? text.slice(attribution.cueWords.start, attribution.cueWords.end).replace(/\s+/g, ' ') : null;
	const candidates = attribution.candidates.map((entity) => entity.name);
	return { resolution: attribution.resolution, cue, candidates, why: why(attribution, cue), distance: attribution.distance, rivals: attribution.rivals };
}

function why(attribution: Attribution, cue: string | null): string {
	if (attribution.kind === 'scare') return 'a few words nobody is said to have spoken: a scare quote, not speech';
	if (attribution.kind === 'title') return 'the name of a work or a slogan, not speech';
	if (attribution.speaker === null || attribution.rule === null) {
		return cue === null ? 'no cue, and no one speaking just before' : 'the cue’s subject is nobody the article names';
	}
	const reads = RULE_READS[attribution.rule];
	const says = attribution.resolution === null ? '' : ` ${RESOLUTION_SAYS[attribution.resolution]}`;
	const context: string[] = [];
	if (attribution.rule === 'running-speaker') context.push(attribution.distance === 0 ? 'in the same paragraph' : `${attribution.distance} paragraph${attribution.distance === 1 ? '' : 's'} on`);
	if (attribution.rivals > 0) context.push(`${attribution.rivals} other${attribution.rivals === 1 ? '' : 's'} who might fit`);
	return `${reads}${says}: ${attribution.speaker.name}${context.length > 0 ? ` (${context.join(', ')})` : ''}`;
}
