import type { Paragraph, ParagraphKind } from '../../core/article/article.js';
import type { Markup, MarkupStyle } from '../../core/article/markdown.js';
import type { QuoteKind } from '../../core/quotes/index.js';
import type { SearchSpeaker, SearchUnit } from '../../core/search/units.js';

/** A quoted speaker as the index keeps it: most quoted first. */
export interface IndexedSpeaker {
	readonly name: string;
	readonly aliases: readonly string[];
	readonly quotes: number;
	/** Of `quotes`, those the engine was not sure of. */
	readonly unsure: number;
}

/** A quote as the body keeps it; its words are the text from `start` to `end`. */
export interface IndexedQuote {
	readonly start: number;
	readonly end: number;
	/** Index into the entry's speakers. */
	readonly speaker: number | null;
	readonly kind: QuoteKind;
	readonly sure: boolean;
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
	/** The address of the feed it came from (front matter `feed`). */
	readonly feed: string | null;
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
	/** Every quote in text order (scare quotes and titles too), as `quotes --json` numbers them. */
	readonly quotes: readonly IndexedQuote[];
	/** A Markdown file's markers, styles and links: the reader hides and draws them as it does reading the file. */
	readonly markup?: Markup;
}

// ---- entries, as arrays in the index file's header: 10,000 of them are parsed on every start ----------

type EncodedSpeaker = [name: string, quotes: number, aliases: string[], unsure: number];
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
	feed: string | null,
];

export function encodeEntry(entry: StoredEntry): EncodedEntry {
	const { name, size, mtimeMs, title, titleDerived, source, byline, date, url, words, quotes, speakers, body, feed } = entry;
	const encodedSpeakers = speakers.map((speaker): EncodedSpeaker => [speaker.name, speaker.quotes, [...speaker.aliases], speaker.unsure]);
	return [name, size, mtimeMs, title, titleDerived ? 1 : 0, source, byline, date, url, words, quotes, encodedSpeakers, body[0], body[1], feed];
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** The entry of a file in the folder `folderPrefix` names (ending with a separator), or null when the array is not one this version wrote. */
export function decodeEntry(value: unknown, folderPrefix: string): StoredEntry | null {
	if (!Array.isArray(value) || value.length !== 15) return null;
	const [name, size, mtimeMs, title, titleDerived, source, byline, date, url, words, quotes, speakers, offset, length, feed] = value as unknown[];
	if (!isText(name) || !isCount(size) || typeof mtimeMs !== 'number' || !isText(title) || !isTextOrNull(source) || !isTextOrNull(byline)) return null;
	if (!isTextOrNull(date) || !isTextOrNull(url) || !isTextOrNull(feed) || !isCount(words) || !isCount(quotes) || !isCount(offset) || !isCount(length) || !Array.isArray(speakers)) return null;
	const decodedSpeakers: IndexedSpeaker[] = [];
	for (const speaker of speakers) {
		if (!Array.isArray(speaker) || !isText(speaker[0]) || !isCount(speaker[1]) || !Array.isArray(speaker[2]) || !speaker[2].every(isText) || !isCount(speaker[3])) return null;
		decodedSpeakers.push({ name: speaker[0], quotes: speaker[1], aliases: speaker[2], unsure: speaker[3] });
	}
	const path = folderPrefix + name;
	return { name, path, size, mtimeMs, title, titleDerived: titleDerived === 1, source, byline, date, url, feed, words, quotes, speakers: decodedSpeakers, body: [offset, length] };
}

// ---- bodies -----------------------------------------------------------------------------------------

const PARAGRAPH_KINDS: readonly ParagraphKind[] = ['title', 'dek', 'byline', 'caption', 'body', 'boilerplate'];
const UNIT_KINDS: readonly SearchUnit['kind'][] = ['title', 'text', 'quote', 'speaker'];
const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'scare', 'title'];

/**
 * The body as bytes: seven counts, the paragraphs', units' and quotes' numbers as 32-bit integers, then
 * fingerprint, dek and text in UTF-8, then a Markdown file's markup as JSON. Reading one back makes one string and no object per paragraph or unit until asked:
 * a search reads hundreds of bodies for a few units each.
 */
export function encodeBody(body: ArticleBody): Uint8Array {
	const encoder = new TextEncoder();
	const [fingerprint, dek, text] = [encoder.encode(body.fingerprint), encoder.encode(body.dek ?? ''), encoder.encode(body.text)];
	const markup = encoder.encode(body.markup ? JSON.stringify(body.markup) : '');
	const numbers = new Int32Array(HEADER_NUMBERS + body.paragraphs.length * 3 + body.units.length * 4 + body.quotes.length * 5);
	numbers.set([body.paragraphs.length, body.units.length, fingerprint.length, body.dek === null ? -1 : dek.length, text.length, body.quotes.length, body.markup ? markup.length : -1]);
	let at = HEADER_NUMBERS;
	for (const paragraph of body.paragraphs) {
		numbers.set([paragraph.start, paragraph.end, PARAGRAPH_KINDS.indexOf(paragraph.kind)], at);
		at += 3;
	}
	for (const unit of body.units) {
		numbers.set([UNIT_KINDS.indexOf(unit.kind), unit.start, unit.end, unit.speaker ?? -1], at);
		at += 4;
	}
	for (const quote of body.quotes) {
		numbers.set([quote.start, quote.end, quote.speaker ?? -1, QUOTE_KINDS.indexOf(quote.kind), quote.sure ? 1 : 0], at);
		at += 5;
	}
	const out = new Uint8Array(numbers.byteLength + fingerprint.length + dek.length + text.length + markup.length);
	let offset = 0;
	for (const part of [new Uint8Array(numbers.buffer), fingerprint, dek, text, markup]) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

const HEADER_NUMBERS = 7;

/** A body read back: text and fingerprint at once, paragraphs and units when asked for. */
class StoredBody implements ArticleBody {
	readonly text: string;
	readonly fingerprint: string;
	readonly dek: string | null;
	readonly markup?: Markup;
	#paragraphs: Paragraph[] | null = null;
	#units: SearchUnit[] | null = null;
	#quotes: IndexedQuote[] | null = null;

	constructor(
		private readonly numbers: Int32Array,
		private readonly paragraphCount: number,
		readonly unitCount: number,
		private readonly quoteCount: number,
		strings: { fingerprint: string; dek: string | null; text: string },
		markup: Markup | undefined,
	) {
		({ fingerprint: this.fingerprint, dek: this.dek, text: this.text } = strings);
		if (markup) this.markup = markup;
	}

	get paragraphs(): readonly Paragraph[] {
		this.#paragraphs ??= Array.from({ length: this.paragraphCount }, (_, index) => {
			const at = HEADER_NUMBERS + index * 3;
			return { start: this.numbers[at]!, end: this.numbers[at + 1]!, kind: PARAGRAPH_KINDS[this.numbers[at + 2]!] ?? 'body' };
		});
		return this.#paragraphs;
	}

	get units(): readonly SearchUnit[] {
		this.#units ??= Array.from({ length: this.unitCount }, (_, index) => this.unit(index));
		return this.#units;
	}

	get quotes(): readonly IndexedQuote[] {
		this.#quotes ??= Array.from({ length: this.quoteCount }, (_, index) => {
			const at = HEADER_NUMBERS + this.paragraphCount * 3 + this.unitCount * 4 + index * 5;
			const speaker = this.numbers[at + 2]!;
			return { start: this.numbers[at]!, end: this.numbers[at + 1]!, speaker: speaker < 0 ? null : speaker, kind: QUOTE_KINDS[this.numbers[at + 3]!] ?? 'direct', sure: this.numbers[at + 4] === 1 };
		});
		return this.#quotes;
	}

	/** One unit, without making the others. */
	unit(index: number): SearchUnit {
		const at = HEADER_NUMBERS + this.paragraphCount * 3 + index * 4;
		const speaker = this.numbers[at + 3]!;
		return { kind: UNIT_KINDS[this.numbers[at]!] ?? 'text', start: this.numbers[at + 1]!, end: this.numbers[at + 2]!, speaker: speaker < 0 ? null : speaker };
	}
}

/** Throws on bytes that are not a body this version wrote. */
export function decodeBody(bytes: Uint8Array): ArticleBody & { unit(index: number): SearchUnit } {
	const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
	if (aligned.byteLength < HEADER_NUMBERS * 4) throw new Error('not an article body');
	const head = new Int32Array(aligned.buffer, aligned.byteOffset, HEADER_NUMBERS);
	const [paragraphCount, unitCount, fingerprintLength, dekLength, textLength, quoteCount, markupLength] = [head[0]!, head[1]!, head[2]!, head[3]!, head[4]!, head[5]!, head[6]!];
	const numberCount = HEADER_NUMBERS + paragraphCount * 3 + unitCount * 4 + quoteCount * 5;
	const stringsAt = numberCount * 4;
	if (paragraphCount < 0 || unitCount < 0 || quoteCount < 0 || fingerprintLength < 0 || dekLength < -1 || textLength < 0 || markupLength < -1) throw new Error('not an article body');
	if (stringsAt + fingerprintLength + Math.max(0, dekLength) + textLength + Math.max(0, markupLength) !== aligned.byteLength) throw new Error('not an article body');
	const decoder = new TextDecoder();
	const text = (from: number, length: number) => decoder.decode(aligned.subarray(from, from + length));
	const dekAt = stringsAt + fingerprintLength;
	const textAt = dekAt + Math.max(0, dekLength);
	const markup = markupLength < 0 ? undefined : JSON.parse(text(textAt + textLength, markupLength)) as unknown;
	if (markup !== undefined && !isMarkup(markup)) throw new Error('not an article body');
	const strings = { fingerprint: text(stringsAt, fingerprintLength), dek: dekLength < 0 ? null : text(dekAt, dekLength), text: text(textAt, textLength) };
	return new StoredBody(new Int32Array(aligned.buffer, aligned.byteOffset, numberCount), paragraphCount, unitCount, quoteCount, strings, markup);
}

const MARKUP_STYLES: ReadonlySet<string> = new Set<MarkupStyle>(['strong', 'emphasis', 'heading', 'link', 'code']);

function isRange(value: unknown): value is { start: number; end: number } {
	const range = value as { start?: unknown; end?: unknown } | null;
	return typeof range === 'object' && range !== null && isCount(range.start) && isCount(range.end);
}

const isRangeList = (value: unknown, also: (item: Record<string, unknown>) => boolean = () => true): boolean =>
	Array.isArray(value) && value.every((item) => isRange(item) && also(item as unknown as Record<string, unknown>));

function isMarkup(value: unknown): value is Markup {
	const markup = value as Record<string, unknown> | null;
	return (
		typeof markup === 'object' &&
		markup !== null &&
		isRangeList(markup.hidden) &&
		isRangeList(markup.bullets) &&
		isRangeList(markup.styles, (item) => typeof item.style === 'string' && MARKUP_STYLES.has(item.style)) &&
		isRangeList(markup.links, (item) => typeof item.url === 'string')
	);
}

export function searchSpeakers(entry: IndexedArticle): SearchSpeaker[] {
	return entry.speakers.map(({ name, aliases }) => ({ name, aliases }));
}
