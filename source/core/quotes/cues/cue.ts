import type { Subject } from './subjects.js';

/**
 * Which pattern found the cue, named so that `quotes --explain` and the `rule` field can say it (README.md
 * here lists them in the order they are tried).
 */
export type CueRule =
	| 'after-quote'
	| 'after-quote-according-to'
	| 'shared-cue'
	| 'signature'
	| 'speaker-colon'
	| 'in-their-words'
	| 'before-quote'
	| 'before-quote-participle'
	| 'before-quote-according-to'
	| 'transcript-colon'
	| 'sentence-tail'
	| 'credit-after'
	| 'colon-frame'
	| 'sentence-subject'
	| 'by-agent'
	| 'previous-sentence';

export interface Cue {
	readonly rule: CueRule;
	readonly subject: Subject;
	/** The token of the cue word: the reporting verb, colon, dash or `according`. */
	readonly verb: number;
	/** The speech verb (or colon) sits right against the quote: `“…,” she said`, `Lavrov said: “…”`. */
	readonly adjacent: boolean;
	/** A source's credit (`…,” APA reports`) rather than the speaker: a cue before the quote wins. */
	readonly credit?: boolean;
}
