import type { Article } from '../article.js';
import { attributeQuotes } from './attribution/attribution.js';
import type { Quote, QuoteAnalysis } from './model.js';
import { findMentions } from './names/mentions.js';
import { Roster, type Entity } from './roster/roster.js';
import { findNameMentions, toSpeaker } from './roster/speakers.js';
import { headlineParagraph, headlineParagraphs, speechParagraphs } from './spans/headlines.js';
import { nestedKind } from './spans/kinds.js';
import { findQuoteSpans } from './spans/marks.js';
import { tokenise } from './spans/tokens.js';

export type { Quote, QuoteAnalysis, QuoteKind, Speaker } from './model.js';

/** The pipeline (README.md here): spans → tokens → names → roster → cues and attribution → speakers. */
export function analyseQuotes(article: Article): QuoteAnalysis {
	const { text } = article;
	const headlineIndex = headlineParagraph(article);
	const speech = speechParagraphs(article, headlineIndex);
	const spans = findQuoteSpans(text, speech);
	const topLevel = spans.filter((span) => span.depth === 0);
	const tokens = tokenise(text, speech, topLevel);
	const mentions = findMentions(text, tokens);
	const roster = new Roster(mentions, tokens);
	const { headlines, titleCaseHeadlines } = headlineParagraphs(article, headlineIndex);
	const attributions = attributeQuotes({ text, tokens, spans: topLevel, mentions, roster, titleCaseHeadlines, headlines });

	const quotes: Quote[] = [];
	const counts = new Map<Entity, number>();
	let topIndex = 0;
	for (const span of spans) {
		const content = text.slice(span.start, span.end);
		const base = { start: span.start, end: span.end, text: content, openStart: span.openStart, closeEnd: span.closeEnd, paragraph: span.paragraph };
		if (span.depth > 0) {
			quotes.push({ ...base, kind: nestedKind(text, span, titleCaseHeadlines), speaker: null });
			continue;
		}
		const attribution = attributions[topIndex++]!;
		const quote: Quote = { ...base, kind: attribution.kind, speaker: attribution.speaker?.name ?? null };
		if (attribution.cue) quote.cue = attribution.cue;
		quotes.push(quote);
		if (attribution.speaker) counts.set(attribution.speaker, (counts.get(attribution.speaker) ?? 0) + 1);
	}

	const speakers = [...counts.entries()]
		.sort((a, b) => b[1] - a[1] || a[0].id - b[0].id)
		.map(([entity, quoted]) => toSpeaker(entity, quoted));
	findNameMentions(text, speakers);
	return { quotes, speakers };
}
