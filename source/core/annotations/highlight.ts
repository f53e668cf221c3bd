import type { HighlightSelectors } from './selectors.js';

/** A highlight as saved: W3C quote and position selectors plus the article's fingerprint at the time. */
export interface Highlight extends HighlightSelectors {
	readonly id: string;
	/** Absolute path of the article file. */
	readonly file: string;
	readonly fingerprint: string;
	readonly note: string;
	/** ISO 8601 times. */
	readonly created: string;
	readonly updated: string;
}
