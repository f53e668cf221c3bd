import { correctQuotes, nameKey, nameResolver, resolveSpeakerNames, type Correction } from '../annotations/corrections.js';
import { countSpeakers, gatherPeople, personKeys, quotesOf, type ArticleQuotes, type ArticleSpeaker, type ArticleSpeakers, type LibraryQuote, type Person, type PersonQuote } from './people.js';

/** A quote as the library index keeps it: its words are the article's text from `start` to `end`. */
export interface StoredQuote {
	readonly start: number;
	readonly end: number;
	readonly speaker: string | null;
	readonly kind: string;
	readonly sure: boolean;
}

/** An article as the library index lists it: who is quoted and how often, without its text. */
export interface ArticleSummary extends ArticleSpeakers {
	/** Speech quotes (direct and partial). */
	readonly quotes: number;
}

/**
 * Where the library's quotes come from: the library index, or (a few articles loaded without one) the quote
 * engine. Corrections are applied on top of it when read, so a correction never needs a file read again.
 */
export interface QuoteSource {
	articles(): readonly ArticleSummary[];
	/** The article's text and every quote in text order (N from 1, as `quotes --json` counts); null when it cannot be read now. */
	quotesIn(file: string): { readonly text: string; readonly quotes: readonly StoredQuote[] } | null;
}

const sumCounts = (into: ArticleSpeaker, other: ArticleSpeaker): ArticleSpeaker => ({ ...into, quotes: into.quotes + other.quotes, unsure: into.unsure + other.unsure });
const mostQuotedFirst = (a: ArticleSpeaker, b: ArticleSpeaker) => b.quotes - a.quotes;

/**
 * Every article's speakers and count of speech with the corrections applied: renames and merges from the
 * counts alone; an article with a quote correction from its stored quotes, anchored again in its text.
 * Articles no correction touches are returned as they were.
 */
export function correctSummaries(source: QuoteSource, corrections: readonly Correction[]): readonly ArticleSummary[] {
	const articles = source.articles();
	if (corrections.length === 0) return articles;
	const resolve = nameResolver(corrections);
	const quoteCorrected = new Set(corrections.flatMap((correction) => (correction.kind === 'set' ? [correction.file] : [])));
	return articles.map((article) => {
		if (quoteCorrected.has(article.file)) {
			const recounted = correctArticleQuotes(source, article, corrections, resolve);
			if (recounted) return { ...article, quotes: recounted.speech, speakers: recounted.speakers };
		}
		if (article.speakers.every((speaker) => resolve(speaker.name) === speaker.name)) return article;
		return { ...article, speakers: resolveSpeakerNames(article.speakers, resolve, sumCounts).sort(mostQuotedFirst) };
	});
}

/** Only the articles whose speakers or count of speech the corrections change, by file. */
export function changedSummaries(source: QuoteSource, corrections: readonly Correction[]): Map<string, ArticleSummary> {
	if (corrections.length === 0) return new Map();
	const original = source.articles();
	const corrected = correctSummaries({ articles: () => original, quotesIn: (file) => source.quotesIn(file) }, corrections);
	return new Map(corrected.flatMap((summary, index) => (summary === original[index] ? [] : [[summary.file, summary] as const])));
}

export interface CorrectedArticleQuotes {
	readonly quotes: LibraryQuote[];
	/** Most quoted first, with the other spellings of each name. */
	readonly speakers: ArticleSpeaker[];
	/** How many of the quotes are speech. */
	readonly speech: number;
}

/** One article's stored quotes with the corrections applied, their words taken from its text; null when it cannot be read. */
export function correctArticleQuotes(
	source: QuoteSource,
	article: ArticleSpeakers,
	corrections: readonly Correction[],
	resolve: (name: string) => string = nameResolver(corrections),
): CorrectedArticleQuotes | null {
	const stored = source.quotesIn(article.file);
	if (!stored) return null;
	const { quotes } = correctQuotes(stored.text, stored.quotes, corrections, article.file, resolve);
	const resolved = resolveSpeakerNames(article.speakers, resolve, sumCounts);
	const aliases = new Map(resolved.map((speaker) => [nameKey(speaker.name), speaker.aliases]));
	const withText = quotes.map((quote) => ({ ...quote, text: stored.text.slice(quote.start, quote.end) }));
	return {
		quotes: withText,
		speakers: countSpeakers(withText, (name) => aliases.get(nameKey(name)) ?? []),
		speech: withText.filter((quote) => quote.kind === 'direct' || quote.kind === 'partial').length,
	};
}

/** Every speaker of the library, corrections applied, most quoted first. */
export function libraryPeople(summaries: readonly ArticleSummary[]): Person[] {
	return gatherPeople(summaries);
}

/**
 * Everything one person said across the library, newest first: only the articles whose (corrected) speakers
 * include them are read.
 */
export function personQuotes(source: QuoteSource, summaries: readonly ArticleSummary[], key: string, corrections: readonly Correction[]): PersonQuote[] {
	const keyOf = personKeys();
	const resolve = nameResolver(corrections);
	const articles: ArticleQuotes[] = [];
	for (const article of summaries) {
		if (!article.speakers.some((speaker) => keyOf(speaker.name) === key)) continue;
		const corrected = correctArticleQuotes(source, article, corrections, resolve);
		if (corrected) articles.push({ file: article.file, title: article.title, source: article.source, date: article.date, quotes: corrected.quotes });
	}
	return quotesOf(articles, key);
}
