import type { Attribution } from './attribution.js';
import type { Resolution, RuleName } from './rules.js';

/**
 * At or above this confidence an attribution is `sure`; below it the reader shows the name with a `?`, copies
 * and exports say "(attribution uncertain)", and the library's "most quoted" leaves the quote out.
 */
export const SURE_THRESHOLD = 0.8;

/**
 * How often each sieve, with each way of resolving its subject, names the right speaker: measured on the
 * real-news tuning set (`npm run eval:quotes -- --calibrate` prints the table it is drawn from).
 */
const CONFIDENCE: Readonly<Record<RuleName, Partial<Record<Resolution | 'none', number>>>> = {
	'after-quote': { name: 0.97, pronoun: 0.9, role: 0.85, body: 0.9, document: 0.85, running: 0.7, unnamed: 0.85 },
	'after-quote-according-to': { name: 0.95, pronoun: 0.85, role: 0.8, body: 0.85, document: 0.8 },
	'shared-cue': { name: 0.9, pronoun: 0.85, role: 0.8, body: 0.85 },
	signature: { name: 0.9 },
	'speaker-colon': { name: 0.85 },
	'in-their-words': { name: 0.9, pronoun: 0.85 },
	'before-quote': { name: 0.95, pronoun: 0.88, role: 0.8, body: 0.85, document: 0.8, running: 0.7, unnamed: 0.8 },
	'before-quote-participle': { name: 0.85, pronoun: 0.8, role: 0.75, body: 0.8 },
	'before-quote-according-to': { name: 0.9, pronoun: 0.8, role: 0.75, body: 0.8, document: 0.75 },
	'transcript-colon': { name: 0.85, pronoun: 0.8, role: 0.7, body: 0.75 },
	'sentence-tail': { name: 0.85, pronoun: 0.8, role: 0.75, body: 0.8 },
	'credit-after': { name: 0.85, pronoun: 0.75 },
	'colon-frame': { name: 0.8, pronoun: 0.75, role: 0.7, body: 0.75 },
	'sentence-subject': { name: 0.75, pronoun: 0.7, role: 0.65, body: 0.7 },
	'by-agent': { name: 0.75, body: 0.7 },
	'credit-inside': { name: 0.6 },
	'previous-sentence': { name: 0.8, pronoun: 0.75, role: 0.7, body: 0.7, document: 0.7 },
	'paragraph-opener': { none: 0.7 },
	'running-speaker': { none: 0.75 },
	'introduced-person': { none: 0.6 },
	'reporter-past-aside': { none: 0.6 },
	'headline-echo': { none: 0.8 },
};

/** A fallback for a resolution the table does not list for a rule. */
const UNLISTED = 0.5;

/** The confidence in an attribution's speaker, from 0 (no speaker) to 1. */
export function confidenceOf(attribution: Attribution): number {
	if (attribution.speaker === null || attribution.rule === null) return 0;
	return CONFIDENCE[attribution.rule][attribution.resolution ?? 'none'] ?? UNLISTED;
}
