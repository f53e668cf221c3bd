import { correctQuotes, nameKey, nameResolver, resolveSpeakerNames, type Correction } from '../../core/annotations/corrections.js';
import { speakerMatcher } from '../../core/search/speaker-match.js';
import type { ArticleBody, IndexedSpeaker, StoredEntry } from './entry.js';
import type { QuotePicker } from './folder-index.js';

const keepFirst = (into: IndexedSpeaker) => into;
const isSpeech = (kind: string) => kind === 'direct' || kind === 'partial';

/**
 * The quotes a `by:` query finds once the reader's corrections say who spoke them: renames and merges from the
 * index's speakers, quote corrections anchored again in the stored text. `names`: the terms of each `by:`.
 */
export function correctedQuotePicker(names: readonly (readonly string[])[], corrections: readonly Correction[]): QuotePicker {
	const matches = speakerMatcher(names);
	const resolve = nameResolver(corrections);
	const quoteCorrected = new Set(corrections.flatMap((correction) => (correction.kind === 'set' ? [correction.file] : [])));
	const speakersOf = (entry: StoredEntry) => resolveSpeakerNames(entry.speakers, resolve, keepFirst);
	return {
		mayQuote: (entry) => quoteCorrected.has(entry.path) || speakersOf(entry).some((speaker) => matches([speaker.name, ...speaker.aliases])),
		picks(entry: StoredEntry, body: ArticleBody) {
			const stored = body.quotes.map((quote) => ({ ...quote, speaker: quote.speaker === null ? null : (entry.speakers[quote.speaker]?.name ?? null) }));
			const { quotes } = correctQuotes(body.text, stored, corrections, entry.path);
			const aliases = new Map(speakersOf(entry).map((speaker) => [nameKey(speaker.name), speaker.aliases]));
			const wanted = new Set(
				quotes
					.filter((quote) => quote.speaker !== null && isSpeech(quote.kind) && matches([quote.speaker, ...(aliases.get(nameKey(quote.speaker)) ?? [])]))
					.map((quote) => `${quote.start}:${quote.end}`),
			);
			return (unit) => unit.kind === 'quote' && wanted.has(`${unit.start}:${unit.end}`);
		},
	};
}
