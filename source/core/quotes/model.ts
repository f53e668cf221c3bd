import type { QuoteKind } from './spans/kinds.js';
import type { Gender } from './names/mentions.js';

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
}

export interface Speaker {
	name: string;
	aliases: string[];
	role: string | null;
	kind: 'person' | 'organisation';
	gender: Gender | null;
	quotes: number;
	/** Every place the name or an alias appears in the text. */
	mentions: { start: number; end: number }[];
}

export interface QuoteAnalysis {
	quotes: Quote[];
	/** Most quoted first. */
	speakers: Speaker[];
}
