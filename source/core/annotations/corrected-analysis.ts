import type { Quote, QuoteAnalysis, Speaker } from '../quotes/index.js';
import { correctQuotes, nameKey, nameResolver, type AnchoredCorrection, type Correction } from './corrections.js';

export type CorrectedQuote = Quote & { readonly corrected: boolean };

export interface CorrectedAnalysis {
	readonly quotes: CorrectedQuote[];
	/** Most quoted first, as the engine orders them; counts are of speech (direct and partial) quotes. */
	readonly speakers: Speaker[];
	/** Every quote correction of this file, found again in the text or orphaned. */
	readonly corrections: AnchoredCorrection[];
}

const isSpeech = (quote: Pick<Quote, 'kind'>) => quote.kind === 'direct' || quote.kind === 'partial';

/**
 * The engine's analysis with the reader's corrections applied: the quotes' speakers, and the speakers list
 * rebuilt from them. A speaker merged into another brings its name and aliases along (so both spellings are
 * still found in the text); a name the reader typed that the engine never saw is found where it is written.
 */
export function correctAnalysis(text: string, analysis: QuoteAnalysis, corrections: readonly Correction[], file?: string): CorrectedAnalysis {
	if (corrections.length === 0) {
		return { quotes: analysis.quotes.map((quote) => ({ ...quote, corrected: false })), speakers: analysis.speakers, corrections: [] };
	}
	const { quotes, anchored } = correctQuotes(text, analysis.quotes, corrections, file);
	const resolve = nameResolver(corrections);
	const counts = new Map<string, number>();
	for (const quote of quotes) if (quote.speaker !== null && isSpeech(quote)) counts.set(nameKey(quote.speaker), (counts.get(nameKey(quote.speaker)) ?? 0) + 1);

	const byKey = new Map<string, Speaker>();
	for (const engine of analysis.speakers) {
		const name = resolve(engine.name);
		const key = nameKey(name);
		const known = byKey.get(key);
		const forms = [engine.name, ...engine.aliases].filter((form) => nameKey(form) !== key);
		if (!known) {
			byKey.set(key, { ...engine, name, aliases: unique(forms), mentions: [...engine.mentions], quotes: 0 });
			continue;
		}
		byKey.set(key, { ...known, aliases: unique([...known.aliases, ...forms]), mentions: mergeRanges(known.mentions, engine.mentions) });
	}
	for (const quote of quotes) {
		if (quote.speaker === null || byKey.has(nameKey(quote.speaker))) continue;
		byKey.set(nameKey(quote.speaker), {
			name: quote.speaker,
			aliases: [],
			role: null,
			kind: 'person',
			gender: null,
			quotes: 0,
			mentions: findWritten(text, quote.speaker),
		});
	}
	const speakers = [...byKey.entries()]
		.map(([key, speaker]) => ({ ...speaker, quotes: counts.get(key) ?? 0 }))
		.filter((speaker) => speaker.quotes > 0);
	const order = new Map(analysis.speakers.map((speaker, index) => [nameKey(resolve(speaker.name)), index]));
	speakers.sort((a, b) => b.quotes - a.quotes || (order.get(nameKey(a.name)) ?? Infinity) - (order.get(nameKey(b.name)) ?? Infinity));
	return { quotes, speakers, corrections: anchored };
}

function unique(values: readonly string[]): string[] {
	return [...new Set(values)].sort((a, b) => b.length - a.length || a.localeCompare(b));
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
