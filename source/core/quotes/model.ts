import type { Resolution, RuleName } from './attribution/rules.js';
import type { Gender } from './names/mentions.js';
import type { QuoteKind } from './spans/kinds.js';

export type { Resolution, RuleName } from './attribution/rules.js';
export type { QuoteKind } from './spans/kinds.js';

export interface Quote {
	/** Offsets of the text between the marks. */
	start: number;
	end: number;
	text: string;
	kind: QuoteKind;
	/** Canonical name of the speaker. */
	speaker: string | null;
	/** Offsets including the marks (`closeEnd` equals `end` for a mark never closed). */
	openStart: number;
	closeEnd: number;
	/** Index into `Article.paragraphs` of the paragraph the quote opens in. */
	paragraph: number;
	/** Offsets of the speaker mention (or pronoun) the attribution used, if any. */
	cue?: { start: number; end: number };
	/** The sieve that chose the speaker (README.md here lists them); null when there is no speaker. */
	rule: RuleName | null;
	/** How likely the speaker is right, 0 to 1; 0 when there is none. */
	confidence: number;
	/** `confidence` reaches the threshold: below it the speaker is shown as a guess (`Name?`). */
	sure: boolean;
	/** A reader's correction chose the speaker (corrections are stored apart; the engine never sets this). */
	corrected: boolean;
	/** Present when asked for (`analyseQuotes(article, { explain: true })`): why the speaker was chosen. */
	evidence?: QuoteEvidence;
}

/** What `quotes --explain` prints under a quote. */
export interface QuoteEvidence {
	/** How the cue's subject became the speaker (a name, a pronoun, a role…), or null for the sieves with no cue. */
	resolution: Resolution | null;
	/** The cue's words as written (`Lavrov said`, `according to the ministry`), or null when there was none. */
	cue: string | null;
	/** Who the rule weighed, the winner first. */
	candidates: string[];
	/** Why the winner won, in a sentence. */
	why: string;
	/** Paragraphs between the quote and what chose its speaker; others who might fit (see `Attribution`). */
	distance: number;
	rivals: number;
}

export interface Speaker {
	name: string;
	aliases: string[];
	role: string | null;
	kind: 'person' | 'organisation';
	gender: Gender | null;
	quotes: number;
	/** Of those, how many are guesses (not `sure`). */
	unsure: number;
	/** Every place the name or an alias appears in the text. */
	mentions: { start: number; end: number }[];
}

export interface QuoteAnalysis {
	quotes: Quote[];
	/** Most quoted first. */
	speakers: Speaker[];
}
