import type { Article } from '../article/article.js';
import { correctAnalysis, type CorrectedAnalysis, type CorrectedQuote } from '../annotations/corrected-analysis.js';
import type { Correction } from '../annotations/corrections.js';
import { analyseQuotes, type QuoteAnalysis } from '../quotes/index.js';
import { assignSpeakerSlots, quoteDecorations, type Decoration } from './decorations.js';
import type { NavigableQuote } from './state.js';

/** A speaker as the reader shows them: in the bar under the title and in the speakers panel. */
export interface SpeakerEntry {
	readonly name: string;
	readonly quotes: number;
	/** Of `quotes`, those whose speaker is only the engine's guess. */
	readonly unsure: number;
	readonly slot: number;
	readonly role: string | null;
}

/** What the reader shows of the quote engine's findings, the reader's corrections applied: who speaks, in which colour, and where. */
export interface QuoteView {
	readonly analysis: CorrectedAnalysis;
	/** The engine's own findings, quote for quote as in `analysis`: what a correction records it changed. */
	readonly engine: QuoteAnalysis;
	/** Quoted speakers, most quoted first. */
	readonly speakers: readonly SpeakerEntry[];
	/** Direct and partial quotes: speech, which } { step through. */
	readonly speech: readonly CorrectedQuote[];
	readonly navigable: readonly NavigableQuote[];
	/** Speech nobody is credited with. */
	readonly unattributed: number;
	/** Quote colours and speaker names, as decorations over the text. */
	readonly decorations: readonly Decoration[];
}

/** `engine`: the article's analysis when already made (a correction changes what is shown, not what the engine found). */
export function quoteView(article: Article, slotCount: number, corrections: readonly Correction[] = [], file?: string, engine: QuoteAnalysis = analyseQuotes(article)): QuoteView {
	const analysis = correctAnalysis(article.text, engine, corrections, file);
	const quoted = analysis.speakers.filter((speaker) => speaker.quotes > 0);
	const slots = assignSpeakerSlots(
		quoted.map((speaker) => speaker.name),
		slotCount,
	);
	const speech = analysis.quotes.filter((quote) => quote.kind === 'direct' || quote.kind === 'partial');
	return {
		analysis,
		engine,
		speakers: quoted.map((speaker) => ({ name: speaker.name, quotes: speaker.quotes, unsure: speaker.unsure, role: speaker.role, slot: slots.get(speaker.name) ?? 0 })),
		speech,
		navigable: speech.map((quote) => ({ start: quote.openStart, end: quote.closeEnd, speaker: quote.speaker })).sort((a, b) => a.start - b.start),
		unattributed: speech.filter((quote) => quote.speaker === null).length,
		decorations: quoteDecorations(analysis, slots),
	};
}
