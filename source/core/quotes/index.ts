import type { Article } from '../article/article.js';
import { attributeQuotes } from './attribution/attribution.js';
import { confidenceOf, SURE_THRESHOLD } from './attribution/confidence.js';
import { explainAttribution } from './attribution/explain.js';
import type { Quote, QuoteAnalysis } from './model.js';
import { findMentions } from './names/mentions.js';
import { Roster, type Entity } from './roster/roster.js';
import { toSpeakers } from './roster/speakers.js';
import { headlineParagraph, headlineParagraphs, speechParagraphs } from './spans/headlines.js';
import { nestedKind } from './spans/kinds.js';
import { findQuoteSpans } from './spans/marks.js';
import { tokenise } from './spans/tokens.js';

export type { Quote, QuoteAnalysis, QuoteEvidence, QuoteKind, RuleName, Speaker } from './model.js';
export { RULES } from './attribution/rules.js';
export { SURE_THRESHOLD } from './attribution/confidence.js';

export interface AnalyseOptions {
	/** Record, per quote, the cue, the candidates and why the speaker won (`quotes --explain`). */
	readonly explain?: boolean;
}

/** The pipeline (README.md here): spans → tokens → names → roster → cues and attribution → speakers. */
export function analyseQuotes(article: Article, options: AnalyseOptions = {}): QuoteAnalysis {
	const { text } = article;
	const headlineIndex = headlineParagraph(article);
	const speech = speechParagraphs(article, headlineIndex);
	const spans = findQuoteSpans(text, speech);
	// No quotation marks, nothing to attribute: names and cues are worked out only for quotes.
	if (spans.length === 0) return { quotes: [], speakers: [] };
	const topLevel = spans.filter((span) => span.depth === 0);
	const tokens = tokenise(text, speech, topLevel);
	const mentions = findMentions(text, tokens);
	const roster = new Roster(mentions, tokens);
	const { headlines, titleCaseHeadlines } = headlineParagraphs(article, headlineIndex);
	const attributions = attributeQuotes({ text, tokens, spans: topLevel, mentions, roster, titleCaseHeadlines, headlines });

	const quotes: Quote[] = [];
	const counts = new Map<Entity, { quotes: number; unsure: number }>();
	let topIndex = 0;
	for (const span of spans) {
		const content = text.slice(span.start, span.end);
		if (span.depth > 0) {
			const kind = nestedKind(text, span, titleCaseHeadlines);
			const quote: Quote = { start: span.start, end: span.end, text: content, kind, speaker: null, openStart: span.openStart, closeEnd: span.closeEnd, paragraph: span.paragraph, rule: null, confidence: 0, sure: false, corrected: false };
			if (options.explain) quote.evidence = { resolution: null, cue: null, candidates: [], why: 'a quotation inside a quotation: someone quoted by the speaker', distance: 0, rivals: 0 };
			quotes.push(quote);
			continue;
		}
		const attribution = attributions[topIndex++]!;
		const confidence = confidenceOf(attribution);
		const sure = attribution.speaker !== null && confidence >= SURE_THRESHOLD;
		const quote: Quote = {
			start: span.start,
			end: span.end,
			text: content,
			kind: attribution.kind,
			speaker: attribution.speaker?.name ?? null,
			openStart: span.openStart,
			closeEnd: span.closeEnd,
			paragraph: span.paragraph,
			rule: attribution.rule,
			confidence,
			sure,
			corrected: false,
		};
		if (attribution.cue) quote.cue = attribution.cue;
		if (options.explain) quote.evidence = explainAttribution(attribution, text);
		quotes.push(quote);
		if (attribution.speaker) {
			const count = counts.get(attribution.speaker) ?? { quotes: 0, unsure: 0 };
			count.quotes++;
			if (!sure) count.unsure++;
			counts.set(attribution.speaker, count);
		}
	}

	const counted = [...counts.entries()].sort((a, b) => b[1].quotes - a[1].quotes || a[0].id - b[0].id).map(([entity, count]) => ({ entity, ...count }));
	return { quotes, speakers: toSpeakers(text, counted) };
}
