import type { CueRule } from '../cues/cues.js';

/**
 * The sieves, in the order they are tried (README.md here says what each one reads). Those up to `by-agent`
 * read a cue (a reporting verb, a colon, a dash, a credit) and then resolve its subject; the rest give a quote
 * with no cue of its own a speaker from the layout or the context. `headline-echo` runs last, over the headline.
 */
export const RULES: readonly RuleName[] = [
	'after-quote',
	'after-quote-according-to',
	'signature',
	'speaker-colon',
	'in-their-words',
	'before-quote',
	'before-quote-participle',
	'before-quote-according-to',
	'shared-cue',
	'transcript-colon',
	'sentence-tail',
	'credit-after',
	'colon-frame',
	'sentence-subject',
	'by-agent',
	'credit-inside',
	'previous-sentence',
	'paragraph-opener',
	'running-speaker',
	'introduced-person',
	'headline-speaker',
	'reporter-past-aside',
	'headline-echo',
];

export type RuleName = CueRule | 'credit-inside' | 'paragraph-opener' | 'running-speaker' | 'introduced-person' | 'headline-speaker' | 'reporter-past-aside' | 'headline-echo';

/**
 * How a cue's subject became the speaker: a name; a pronoun resolved to someone named earlier; a role or
 * description (`the minister`, `the 24-year-old`) resolved to the person holding it; a body's name or a word for
 * one (`the ministry`); a document's issuer (`the statement said`); the running speaker standing in for a pronoun
 * with no one else to point to; a he or she right after that person's own quote (`going-on`: `“…,” Ann Lee said. She
 * added, “…”`); a pronoun standing for someone unnamed just before (`A spokesman said … he added`).
 */
export type Resolution = 'name' | 'pronoun' | 'going-on' | 'role' | 'body' | 'document' | 'running' | 'unnamed';
