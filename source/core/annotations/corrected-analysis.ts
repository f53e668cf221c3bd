import type { Quote, QuoteAnalysis, Speaker } from '../quotes/index.js';
import { correctQuotes, nameKey, nameResolver, resolveSpeakerNames, type AnchoredCorrection, type Correction } from './corrections.js';

export type CorrectedQuote = Quote & { readonly corrected: boolean };

export interface CorrectedAnalysis {
	readonly quotes: CorrectedQuote[];
	/** Most quoted first, as the engine orders them; counts are of speech (direct and partial) quotes. */
	readonly speakers: Speaker[];
	/** Every quote correction of this file, found again in the text or orphaned. */
	readonly corrections: AnchoredCorrection[];
}

const isSpeech = (quote: Pick<Quote, 'kind'>) => quote.kind === 'direct' || quote.kind === 'partial';

/** Whether the engine is sure of the quote's speaker (one a reader's correction chose is). */
export const isSure = (quote: Pick<Quote, 'sure'>) => quote.sure;

/**
 * The engine's analysis with the reader's corrections applied: the quotes' speakers, and the speakers list
 * rebuilt from them. A speaker merged into another brings its name and aliases along (so both spellings are
 * still found in the text); a name the reader typed that the engine never saw is found where it is written.
 */
export function correctAnalysis(text: string, analysis: QuoteAnalysis, corrections: readonly Correction[], file?: string): CorrectedAnalysis {
	if (corrections.length === 0) {
		return { quotes: analysis.quotes.map((quote) => ({ ...quote, corrected: false })), speakers: analysis.speakers, corrections: [] };
	}
	const resolve = nameResolver(corrections);
	const { quotes, anchored } = correctQuotes(text, analysis.quotes, corrections, file, resolve);
	const counts = new Map<string, { quotes: number; unsure: number }>();
	for (const quote of quotes) {
		if (quote.speaker === null || !isSpeech(quote)) continue;
		const count = counts.get(nameKey(quote.speaker)) ?? { quotes: 0, unsure: 0 };
		count.quotes++;
		if (!isSure(quote)) count.unsure++;
		counts.set(nameKey(quote.speaker), count);
	}

	const byKey = new Map<string, Speaker>(
		resolveSpeakerNames(analysis.speakers, resolve, (into, other) => ({ ...into, mentions: mergeRanges(into.mentions, other.mentions) })).map((speaker) => [nameKey(speaker.name), speaker]),
	);
	for (const quote of quotes) {
		if (quote.speaker === null || byKey.has(nameKey(quote.speaker))) continue;
		byKey.set(nameKey(quote.speaker), {
			name: quote.speaker,
			aliases: [],
			role: null,
			kind: 'person',
			gender: null,
			quotes: 0,
			unsure: 0,
			mentions: findWritten(text, quote.speaker),
		});
	}
	const speakers = [...byKey.entries()]
		.map(([key, speaker]) => ({ ...speaker, quotes: counts.get(key)?.quotes ?? 0, unsure: counts.get(key)?.unsure ?? 0 }))
		.filter((speaker) => speaker.quotes > 0);
	const order = new Map(analysis.speakers.map((speaker, index) => [nameKey(resolve(speaker.name)), index]));
	speakers.sort((a, b) => b.quotes - a.quotes || (order.get(nameKey(a.name)) ?? Infinity) - (order.get(nameKey(b.name)) ?? Infinity));
	return { quotes, speakers, corrections: anchored };
}

function mergeRanges(a: readonly Speaker['mentions'][number][], b: readonly Speaker['mentions'][number][]): Speaker['mentions'] {
	const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
	const merged: Speaker['mentions'] = [];
	for (const range of all) {
		const last = merged[merged.length - 1];
		if (last && range.start < last.end) continue;
		merged.push({ start: range.start, end: range.end });
	}
	return merged;
}

/** Whole-word occurrences of a name in the text. */
function findWritten(text: string, name: string): Speaker['mentions'] {
	const found: Speaker['mentions'] = [];
	if (name.trim() === '') return found;
	const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
		if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) found.push({ start: at, end: at + name.length });
	}
	return found;
}
