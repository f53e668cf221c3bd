import type { Article, Paragraph, ParagraphKind } from '../../core/article/article.js';
import type { HitKind } from '../../core/search/candidate-index.js';
import type { SearchSpeaker, SearchUnit } from '../../core/search/units.js';

/** A quoted speaker as the index keeps it: most quoted first. */
export interface IndexedSpeaker {
	readonly name: string;
	readonly aliases: readonly string[];
	readonly quotes: number;
}

/**
 * One article as the library index keeps it, without reading the file: what the library list, `list` and
 * `quotes --speaker` need, and where its text and search units are in the index file.
 */
export interface IndexedArticle {
	/** The file's name in its folder. */
	readonly name: string;
	readonly size: number;
	readonly mtimeMs: number;
	readonly fingerprint: string;
	readonly title: string;
	readonly titleDerived: boolean;
	readonly dek: string | null;
	readonly source: string | null;
	readonly byline: string | null;
	readonly date: string | null;
	readonly url: string | null;
	readonly words: number;
	/** Direct and partial quotes: someone's words. */
	readonly quotes: number;
	readonly speakers: readonly IndexedSpeaker[];
}

/** An entry of the index file: the article and where its body (`ArticleBody`, as JSON) is stored. */
export interface StoredEntry extends IndexedArticle {
	readonly body: readonly [offset: number, length: number];
}

/** What the index keeps of an article's text: enough to show it, search it and snippet it without the file. */
export interface ArticleBody {
	readonly text: string;
	readonly paragraphs: readonly Paragraph[];
	/** Search units; a quote or speaker unit's `speaker` indexes `IndexedArticle.speakers`. */
	readonly units: readonly SearchUnit[];
}

const PARAGRAPH_KINDS: readonly ParagraphKind[] = ['title', 'dek', 'byline', 'caption', 'body', 'boilerplate'];
const UNIT_KINDS: readonly SearchUnit['kind'][] = ['title', 'text', 'quote', 'speaker'];

/** The body as compact JSON: offsets in flat arrays of numbers. */
export function encodeBody(body: ArticleBody): string {
	return JSON.stringify({
		text: body.text,
		paragraphs: body.paragraphs.flatMap((p) => [p.start, p.end, PARAGRAPH_KINDS.indexOf(p.kind)]),
		units: body.units.flatMap((u) => [UNIT_KINDS.indexOf(u.kind), u.start, u.end, u.speaker ?? -1]),
	});
}

/** Throws on anything that is not a body this version wrote. */
export function decodeBody(json: string): ArticleBody {
	const raw = JSON.parse(json) as { text: unknown; paragraphs: unknown; units: unknown };
	if (typeof raw.text !== 'string' || !isNumbers(raw.paragraphs, 3) || !isNumbers(raw.units, 4)) throw new Error('not an article body');
	const paragraphs: Paragraph[] = [];
	for (let i = 0; i < raw.paragraphs.length; i += 3) {
		paragraphs.push({ start: raw.paragraphs[i]!, end: raw.paragraphs[i + 1]!, kind: PARAGRAPH_KINDS[raw.paragraphs[i + 2]!] ?? 'body' });
	}
	const units: SearchUnit[] = [];
	for (let i = 0; i < raw.units.length; i += 4) {
		const speaker = raw.units[i + 3]!;
		units.push({ kind: UNIT_KINDS[raw.units[i]!] ?? 'text', start: raw.units[i + 1]!, end: raw.units[i + 2]!, speaker: speaker < 0 ? null : speaker });
	}
	return { text: raw.text, paragraphs, units };
}

function isNumbers(value: unknown, stride: number): value is number[] {
	return Array.isArray(value) && value.length % stride === 0 && value.every((item) => Number.isInteger(item));
}

/** The whole article again, from the index: what the reader opens. */
export function articleFrom(entry: IndexedArticle, body: ArticleBody): Article {
	const { title, titleDerived, dek, source, byline, date, url, words, fingerprint } = entry;
	return { text: body.text, paragraphs: body.paragraphs, fingerprint, title, titleDerived, dek, source, byline, date, url, words };
}

export function searchSpeakers(entry: IndexedArticle): SearchSpeaker[] {
	return entry.speakers.map(({ name, aliases }) => ({ name, aliases }));
}

export type { HitKind };
