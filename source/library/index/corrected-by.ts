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
	// Articles where a quote correction gives a quote to someone asked for: the only ones read for their corrections.
	const givenTo = new Set(corrections.flatMap((correction) => (correction.kind === 'set' && correction.to !== null && matches([resolve(correction.to), correction.to]) ? [correction.file] : [])));
	const speakersOf = (entry: StoredEntry) => resolveSpeakerNames(entry.speakers, resolve, keepFirst);
	/** Every form of each name as corrected (a cheaper superset of `speakersOf`'s: it is asked of every article). */
	const formsOf = (entry: StoredEntry) => {
		const forms = new Map<string, string[]>();
		for (const speaker of entry.speakers) {
			const name = resolve(speaker.name);
			forms.set(name, [...(forms.get(name) ?? [name]), speaker.name, ...speaker.aliases]);
		}
		return forms.values();
	};
	return {
		mayQuote: (entry) => givenTo.has(entry.path) || [...formsOf(entry)].some(matches),
		picks(entry: StoredEntry, body: ArticleBody) {
			const stored = body.quotes.map((quote) => ({ ...quote, speaker: quote.speaker === null ? null : (entry.speakers[quote.speaker]?.name ?? null) }));
			const { quotes } = correctQuotes(body.text, stored, corrections, entry.path, resolve);
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
