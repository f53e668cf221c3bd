import { anchorHighlight, type AnchorState } from './anchor.js';
import type { HighlightSelectors } from './selectors.js';

/**
 * A reader's correction of the quote engine. It wins over the engine everywhere a speaker shows.
 *
 * - `set`: one quote's speaker, anchored like a highlight (W3C quote and position selectors over the quote's
 *   words, plus the article's fingerprint) so it follows the quote through edits; `to: null` says the marks
 *   hold nobody's words (not a quote).
 * - `merge`: the engine split one person in two; every quote of `from` is `to`'s, in every article.
 * - `rename`: the engine's spelling of a name is wrong; `from` is called `to` in every article.
 */
export type Correction = QuoteSpeakerCorrection | SpeakerMergeCorrection | SpeakerRenameCorrection;

export type CorrectionKind = Correction['kind'];

interface CorrectionBase {
	readonly id: string;
	/** ISO 8601 time: corrections apply in the order they were made. */
	readonly created: string;
}

export interface QuoteSpeakerCorrection extends CorrectionBase, HighlightSelectors {
	readonly kind: 'set';
	/** Absolute path of the article file. */
	readonly file: string;
	readonly fingerprint: string;
	/** The engine's speaker when the correction was made (for the record; the engine may change its mind). */
	readonly from: string | null;
	readonly to: string | null;
}

export interface SpeakerMergeCorrection extends CorrectionBase {
	readonly kind: 'merge';
	readonly from: string;
	readonly to: string;
}

export interface SpeakerRenameCorrection extends CorrectionBase {
	readonly kind: 'rename';
	readonly from: string;
	readonly to: string;
}

/** The few fields of a quote a correction reads and writes. */
export interface CorrectableQuote {
	readonly start: number;
	readonly end: number;
	readonly speaker: string | null;
	readonly kind: string;
}

/** Names compared as a reader types them: case, accents, dots and spacing do not matter. */
export function nameKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[.’']/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * What each name becomes after the library-wide corrections (renames and merges, oldest first): a name
 * renamed and then merged ends where the last one sent it. A circle (A into B, later B into A) stops at the
 * name where it would repeat.
 */
export function nameResolver(corrections: readonly Correction[]): (name: string) => string {
	const steps = corrections
		.filter((correction): correction is SpeakerMergeCorrection | SpeakerRenameCorrection => correction.kind !== 'set')
		.sort(byCreation)
		.map((step, order) => ({ order, from: nameKey(step.from), to: step.to, toKey: nameKey(step.to) }));
	if (steps.length === 0) return (name) => name;
	// Each name's own steps, oldest first: a name no correction starts from costs one lookup, not a pass over all.
	const stepsFrom = new Map<string, (typeof steps)[number][]>();
	for (const step of steps) stepsFrom.set(step.from, [...(stepsFrom.get(step.from) ?? []), step]);
	// A library names the same people over and over: each spelling is resolved once.
	const resolved = new Map<string, string>();
	return (name) => {
		const known = resolved.get(name);
		if (known !== undefined) return known;
		let current = name;
		let currentKey = nameKey(name);
		const seen = new Set<string>([currentKey]);
		// The next step is the oldest one from the name reached, made after the step that reached it.
		for (let after = -1; ; ) {
			const step = stepsFrom.get(currentKey)?.find((candidate) => candidate.order > after);
			if (!step || seen.has(step.toKey)) break;
			seen.add(step.toKey);
			[current, currentKey, after] = [step.to, step.toKey, step.order];
		}
		resolved.set(name, current);
		return current;
	};
}

/**
 * Speakers with the renames and merges applied: one entry per name as it now is, in the order first met, its
 * other spellings kept as aliases (so both are still found in the text and by a search); `combine` joins two
 * speakers that became one (their counts, their mentions).
 */
export function resolveSpeakerNames<S extends { readonly name: string; readonly aliases: readonly string[] }>(
	speakers: readonly S[],
	resolve: (name: string) => string,
	combine: (into: S, other: S) => S,
): S[] {
	const byKey = new Map<string, S>();
	for (const speaker of speakers) {
		const name = resolve(speaker.name);
		const key = nameKey(name);
		const forms = [speaker.name, ...speaker.aliases].filter((form) => nameKey(form) !== key);
		const known = byKey.get(key);
		const renamed = { ...speaker, name, aliases: uniqueNames(forms) };
		byKey.set(key, known ? { ...combine(known, renamed), name: known.name, aliases: uniqueNames([...known.aliases, ...forms]) } : renamed);
	}
	return [...byKey.values()];
}

/** Longest first, as the engine lists aliases. */
export function uniqueNames(values: readonly string[]): string[] {
	return [...new Set(values)].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

function byCreation(a: Correction, b: Correction): number {
	return a.created.localeCompare(b.created) || a.id.localeCompare(b.id);
}

export interface AnchoredCorrection {
	readonly correction: QuoteSpeakerCorrection;
	readonly state: AnchorState;
	/** Index into the quotes of the quote it applies to; -1 when its words are no longer a quote of the text. */
	readonly quote: number;
}

/**
 * Finds each quote correction's quote in the text as it is now: the quote whose words are exactly the
 * anchored range, else the one that holds it. A correction whose words are gone, or are no longer inside a
 * quote, is an orphan: kept in the store, applied to nothing.
 */
export function anchorCorrections(text: string, quotes: readonly CorrectableQuote[], corrections: readonly QuoteSpeakerCorrection[]): AnchoredCorrection[] {
	return [...corrections].sort(byCreation).map((correction) => {
		const anchored = anchorHighlight(text, correction);
		if (anchored.state === 'orphaned') return { correction, state: anchored.state, quote: -1 };
		let quote = quotes.findIndex((candidate) => candidate.start === anchored.start && candidate.end === anchored.end);
		if (quote < 0) quote = quotes.findIndex((candidate) => candidate.start <= anchored.start && anchored.end <= candidate.end);
		return { correction, state: quote < 0 ? 'orphaned' : anchored.state, quote };
	});
}

export interface CorrectedQuoteFields {
	/** True where a reader's correction chose the speaker. */
	readonly corrected: boolean;
}

/**
 * The quotes with the reader's corrections applied: a quote correction sets its quote's speaker (or turns
 * its marks into a scare quote: nobody's words), then renames and merges rename every speaker. A corrected
 * quote is sure: the reader said so. `resolve`: the corrections' `nameResolver`, when made already.
 */
export function correctQuotes<Q extends CorrectableQuote>(
	text: string,
	quotes: readonly Q[],
	corrections: readonly Correction[],
	file?: string,
	resolve: (name: string) => string = nameResolver(corrections),
): { quotes: Array<Q & CorrectedQuoteFields>; anchored: AnchoredCorrection[] } {
	const own = corrections.filter((correction): correction is QuoteSpeakerCorrection => correction.kind === 'set' && (file === undefined || correction.file === file));
	const anchored = anchorCorrections(text, quotes, own);
	const chosen = new Map<number, QuoteSpeakerCorrection>();
	for (const { correction, quote } of anchored) if (quote >= 0) chosen.set(quote, correction);
	const corrected = quotes.map((quote, index) => {
		const correction = chosen.get(index);
		if (correction) {
			const speaker = correction.to === null ? null : resolve(correction.to);
			const kind = correction.to === null ? 'scare' : quote.kind === 'scare' || quote.kind === 'title' ? 'direct' : quote.kind;
			return { ...quote, speaker, kind, corrected: true, ...(hasSure(quote) ? { sure: true } : {}) };
		}
		const speaker = quote.speaker === null ? null : resolve(quote.speaker);
		return { ...quote, speaker, corrected: speaker !== quote.speaker };
	});
	return { quotes: corrected, anchored };
}

function hasSure(quote: CorrectableQuote): quote is CorrectableQuote & { sure: boolean } {
	return 'sure' in quote;
}
