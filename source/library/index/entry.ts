import type { Paragraph, ParagraphKind } from '../../core/article/article.js';
import type { SearchSpeaker, SearchUnit } from '../../core/search/units.js';

/** A quoted speaker as the index keeps it: most quoted first. */
export interface IndexedSpeaker {
	readonly name: string;
	readonly aliases: readonly string[];
	readonly quotes: number;
}

/**
 * One article as the library index keeps it, without reading the file: what the library list, `list` and
 * `quotes --speaker` need. The rest (text, paragraphs, fingerprint) is in its body, read when needed.
 */
export interface IndexedArticle {
	/** The file's name in its folder. */
	readonly name: string;
	readonly size: number;
	readonly mtimeMs: number;
	readonly title: string;
	readonly titleDerived: boolean;
	readonly source: string | null;
	readonly byline: string | null;
	readonly date: string | null;
	readonly url: string | null;
	readonly words: number;
	/** Direct and partial quotes: someone's words. */
	readonly quotes: number;
	readonly speakers: readonly IndexedSpeaker[];
}

/** An article of the library as the index has it, with its file's absolute path. */
export interface LibraryRow extends IndexedArticle {
	readonly path: string;
}

/** An entry of the index file: the article, its path, and where its body is stored (offset, length). */
export interface StoredEntry extends LibraryRow {
	readonly body: readonly [offset: number, length: number];
}

/** What the index keeps of an article's text: enough to show it, search it and snippet it without the file. */
export interface ArticleBody {
	readonly text: string;
	readonly fingerprint: string;
	readonly dek: string | null;
	readonly paragraphs: readonly Paragraph[];
	/** Search units; a quote or speaker unit's `speaker` indexes `IndexedArticle.speakers`. */
	readonly units: readonly SearchUnit[];
}

// ---- entries, as arrays in the index file's header: 10,000 of them are parsed on every start ----------

type EncodedSpeaker = [name: string, quotes: number, aliases: string[]];
type EncodedEntry = [
	name: string,
	size: number,
	mtimeMs: number,
	title: string,
	titleDerived: 0 | 1,
	source: string | null,
	byline: string | null,
	date: string | null,
	url: string | null,
	words: number,
	quotes: number,
	speakers: EncodedSpeaker[],
	bodyOffset: number,
	bodyLength: number,
];

export function encodeEntry(entry: StoredEntry): EncodedEntry {
	const { name, size, mtimeMs, title, titleDerived, source, byline, date, url, words, quotes, speakers, body } = entry;
	const encodedSpeakers = speakers.map((speaker): EncodedSpeaker => [speaker.name, speaker.quotes, [...speaker.aliases]]);
	return [name, size, mtimeMs, title, titleDerived ? 1 : 0, source, byline, date, url, words, quotes, encodedSpeakers, body[0], body[1]];
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** The entry of a file in the folder `folderPrefix` names (ending with a separator), or null when the array is not one this version wrote. */
export function decodeEntry(value: unknown, folderPrefix: string): StoredEntry | null {
	if (!Array.isArray(value) || value.length !== 14) return null;
	const [name, size, mtimeMs, title, titleDerived, source, byline, date, url, words, quotes, speakers, offset, length] = value as unknown[];
	if (!isText(name) || !isCount(size) || typeof mtimeMs !== 'number' || !isText(title) || !isTextOrNull(source) || !isTextOrNull(byline)) return null;
	if (!isTextOrNull(date) || !isTextOrNull(url) || !isCount(words) || !isCount(quotes) || !isCount(offset) || !isCount(length) || !Array.isArray(speakers)) return null;
	const decodedSpeakers: IndexedSpeaker[] = [];
	for (const speaker of speakers) {
		if (!Array.isArray(speaker) || !isText(speaker[0]) || !isCount(speaker[1]) || !Array.isArray(speaker[2]) || !speaker[2].every(isText)) return null;
		decodedSpeakers.push({ name: speaker[0], quotes: speaker[1], aliases: speaker[2] });
	}
	const path = folderPrefix + name;
	return { name, path, size, mtimeMs, title, titleDerived: titleDerived === 1, source, byline, date, url, words, quotes, speakers: decodedSpeakers, body: [offset, length] };
}

// ---- bodies -----------------------------------------------------------------------------------------

const PARAGRAPH_KINDS: readonly ParagraphKind[] = ['title', 'dek', 'byline', 'caption', 'body', 'boilerplate'];
const UNIT_KINDS: readonly SearchUnit['kind'][] = ['title', 'text', 'quote', 'speaker'];

/** The body as compact JSON: offsets in flat arrays of numbers. */
export function encodeBody(body: ArticleBody): string {
	return JSON.stringify({
		text: body.text,
		fingerprint: body.fingerprint,
		dek: body.dek,
		paragraphs: body.paragraphs.flatMap((p) => [p.start, p.end, PARAGRAPH_KINDS.indexOf(p.kind)]),
		units: body.units.flatMap((u) => [UNIT_KINDS.indexOf(u.kind), u.start, u.end, u.speaker ?? -1]),
	});
}

/** Throws on anything that is not a body this version wrote. */
export function decodeBody(json: string): ArticleBody {
	const raw = JSON.parse(json) as Record<string, unknown>;
	const { text, fingerprint, dek } = raw;
	if (!isText(text) || !isText(fingerprint) || !isTextOrNull(dek) || !isNumbers(raw.paragraphs, 3) || !isNumbers(raw.units, 4)) throw new Error('not an article body');
	const { paragraphs: flatParagraphs, units: flatUnits } = raw;
	const paragraphs: Paragraph[] = [];
	for (let i = 0; i < flatParagraphs.length; i += 3) {
		paragraphs.push({ start: flatParagraphs[i]!, end: flatParagraphs[i + 1]!, kind: PARAGRAPH_KINDS[flatParagraphs[i + 2]!] ?? 'body' });
	}
	const units: SearchUnit[] = [];
	for (let i = 0; i < flatUnits.length; i += 4) {
		const speaker = flatUnits[i + 3]!;
		units.push({ kind: UNIT_KINDS[flatUnits[i]!] ?? 'text', start: flatUnits[i + 1]!, end: flatUnits[i + 2]!, speaker: speaker < 0 ? null : speaker });
	}
	return { text, fingerprint, dek, paragraphs, units };
}

function isNumbers(value: unknown, stride: number): value is number[] {
	return Array.isArray(value) && value.length % stride === 0 && value.every((item) => Number.isInteger(item));
}

export function searchSpeakers(entry: IndexedArticle): SearchSpeaker[] {
	return entry.speakers.map(({ name, aliases }) => ({ name, aliases }));
}
