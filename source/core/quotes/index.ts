import type { Article } from '../article/article.js';
import { attributeQuotes } from './attribution.js';
import { classifyQuote, isTitleCase, type QuoteKind } from './kinds.js';
import { findQuoteSpans, type QuoteSpan, type SpeechParagraph } from './marks.js';
import { findMentions, type Gender } from './mentions.js';
import { Roster, type Entity } from './roster.js';
import { tokenise } from './tokens.js';

export type { QuoteKind } from './kinds.js';

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

export function analyseQuotes(article: Article): QuoteAnalysis {
	const { text } = article;
	const headlineIndex = headlineParagraph(article);
	const speech: SpeechParagraph[] = [];
	article.paragraphs.forEach((paragraph, index) => {
		if ((paragraph.kind !== 'boilerplate' && paragraph.kind !== 'caption') || index === headlineIndex) {
			speech.push({ index, start: paragraph.start, end: paragraph.end });
		}
	});
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

/** A quote inside a quote is someone quoted by the speaker: a title, or else a scare quote. */
function nestedKind(text: string, span: QuoteSpan, titleCaseHeadlines: ReadonlySet<number>): QuoteKind {
	return classifyQuote({
		text: text.slice(span.start, span.end),
		nested: true,
		adjacentCue: false,
		anyCue: false,
		wordsBefore: text.slice(Math.max(0, span.openStart - 40), span.openStart).toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean),
		previous: null,
		inTitleCaseHeadline: titleCaseHeadlines.has(span.paragraph),
		inHeadline: false,
		followedByColon: false,
	});
}

/** Where quotation marks mean speech whatever the length: headline, standfirst, live-blog entry headings. */
function headlineParagraphs(article: Article, headlineIndex: number): { headlines: Set<number>; titleCaseHeadlines: Set<number> } {
	const headlines = new Set<number>();
	const titleCaseHeadlines = new Set<number>();
	article.paragraphs.forEach((paragraph, index) => {
		const value = article.text.slice(paragraph.start, paragraph.end);
		if (index === headlineIndex || paragraph.kind === 'dek' || isSubhead(value)) headlines.add(index);
		if (index === headlineIndex && isTitleCase(value.replace(/[“”"‘’'«»„]/g, ''))) titleCaseHeadlines.add(index);
	});
	return { headlines, titleCaseHeadlines };
}

/**
 * The headline's paragraph. A first line that was folded as a repeat of the title it gave (a headline opening
 * with a quote: `‘We were never told’: tenants say…`) is still the headline.
 */
function headlineParagraph(article: Article): number {
	const titled = article.paragraphs.findIndex((paragraph) => paragraph.kind === 'title');
	if (titled >= 0) return titled;
	const first = article.paragraphs[0];
	if (!first || first.kind !== 'boilerplate') return -1;
	const squash = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
	return squash(article.text.slice(first.start, first.end)) === squash(article.title) ? 0 : -1;
}

/** A short line with no closing punctuation between stretches of copy: a live blog's entry heading. */
function isSubhead(paragraph: string): boolean {
	return paragraph.length <= 100 && !paragraph.includes('\n') && !/[.!?:;,…]['’"”»]*$/.test(paragraph);
}

function toSpeaker(entity: Entity, quoted: number): Speaker {
	const aliases = [...entity.aliases].filter((alias) => alias !== entity.name).sort((a, b) => b.length - a.length || a.localeCompare(b));
	return {
		name: entity.name,
		aliases,
		role: entity.role,
		kind: entity.kind,
		gender: entity.kind === 'person' ? entity.gender : null,
		quotes: quoted,
		mentions: [],
	};
}

const WORD = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /[’']s$/;

/** Past this many speakers one pass over the words beats searching the text for each name. */
const SEARCH_PER_NAME_UP_TO = 40;

function findNameMentions(text: string, speakers: Speaker[]): void {
	if (speakers.length <= SEARCH_PER_NAME_UP_TO) {
		for (const speaker of speakers) speaker.mentions = searchNames(text, [speaker.name, ...speaker.aliases]);
		return;
	}
	scanNames(text, speakers);
}

/** Every occurrence of the forms, longest first, as whole words. */
function searchNames(text: string, forms: readonly string[]): { start: number; end: number }[] {
	const found: { start: number; end: number }[] = [];
	const taken = (start: number, end: number) => found.some((range) => start < range.end && end > range.start);
	for (const form of [...new Set(forms)].filter((value) => value !== '').sort((a, b) => b.length - a.length)) {
		for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
			const end = at + form.length;
			if (isWordChar(text[at - 1]) || isWordChar(text[end]) || taken(at, end)) continue;
			found.push({ start: at, end });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

function isWordChar(char: string | undefined): boolean {
	return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Every place a speaker's name or alias appears, longest form first, in one pass over the words. */
function scanNames(text: string, speakers: Speaker[]): void {
	const formsByFirstWord = new Map<string, { words: string[]; speaker: Speaker }[]>();
	for (const speaker of speakers) {
		for (const form of new Set([speaker.name, ...speaker.aliases])) {
			const words = form.split(/\s+/).filter(Boolean);
			if (words.length === 0) continue;
			const list = formsByFirstWord.get(words[0]!) ?? [];
			list.push({ words, speaker });
			formsByFirstWord.set(words[0]!, list);
		}
	}
	for (const list of formsByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
	const words = [...text.matchAll(WORD)].map((match) => ({ start: match.index, text: match[0] }));
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		const forms = formsByFirstWord.get(word.text) ?? formsByFirstWord.get(word.text.replace(POSSESSIVE, ''));
		if (!forms) continue;
		for (const form of forms) {
			const end = matchForm(text, words, i, form.words);
			if (end < 0) continue;
			form.speaker.mentions.push({ start: word.start, end });
			i += form.words.length - 1;
			break;
		}
	}
}

/** The end offset of `form` read from word `i` on (words separated by spaces only), or -1. */
function matchForm(text: string, words: readonly { start: number; text: string }[], i: number, form: readonly string[]): number {
	let end = -1;
	for (let k = 0; k < form.length; k++) {
		const word = words[i + k];
		if (!word) return -1;
		const last = k === form.length - 1;
		if (word.text !== form[k] && !(last && word.text.replace(POSSESSIVE, '') === form[k])) return -1;
		if (k > 0 && !/^[ \t]+$/.test(text.slice(end, word.start))) return -1;
		end = word.start + form[k]!.length;
	}
	return end;
}
