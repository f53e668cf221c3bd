import { UNCERTAIN } from './citation.js';
import type { AnchorState } from './anchor.js';
import type { Correction } from './corrections.js';
import type { Highlight } from './highlight.js';

export interface ExportedHighlight extends Highlight {
	readonly state: AnchorState;
}

/** One article's highlights, anchored against the file as it is now. `article` is null when the file is gone. */
export interface ExportSource {
	readonly file: string;
	readonly article: {
		readonly title: string;
		readonly source: string | null;
		readonly url: string | null;
		readonly fingerprint: string;
	} | null;
	readonly highlights: readonly {
		readonly highlight: Highlight;
		readonly state: AnchorState;
		/** Where the words are in the file as it is now (the saved offsets for an orphan). */
		readonly start: number;
		readonly end: number;
		/** Who speaks the highlighted words, when they lie inside a quotation. */
		readonly speaker: string | null;
		/** The speaker is the engine's guess, not a sure attribution. */
		readonly uncertain?: boolean;
	}[];
}

export interface JsonExport {
	readonly version: 1;
	readonly exported: string;
	readonly articles: readonly {
		readonly file: string;
		readonly title: string | null;
		readonly source: string | null;
		readonly url: string | null;
		readonly fingerprint: string | null;
		readonly highlights: readonly ExportedHighlight[];
	}[];
	/** The reader's speaker corrections, every stored field, oldest first. */
	readonly corrections: readonly Correction[];
}

/** The stored fields, spelled out so that a field added to the store is a compile error here rather than silently dropped. */
function storedFields(highlight: Highlight): Highlight {
	return {
		id: highlight.id,
		file: highlight.file,
		fingerprint: highlight.fingerprint,
		exact: highlight.exact,
		prefix: highlight.prefix,
		suffix: highlight.suffix,
		start: highlight.start,
		end: highlight.end,
		note: highlight.note,
		created: highlight.created,
		updated: highlight.updated,
	};
}

export function exportJson(sources: readonly ExportSource[], exported: Date = new Date(), corrections: readonly Correction[] = []): JsonExport {
	return {
		version: 1,
		exported: exported.toISOString(),
		articles: sources.map((source) => ({
			file: source.file,
			title: source.article?.title ?? null,
			source: source.article?.source ?? null,
			url: source.article?.url ?? null,
			// A vanished file still has the fingerprint its highlights were made on.
			fingerprint: source.article?.fingerprint ?? source.highlights[0]?.highlight.fingerprint ?? null,
			// Offsets as the file is now, as `highlight list` gives them: a re-anchored highlight has moved.
			highlights: source.highlights.map(({ highlight, state, start, end }) => ({ ...storedFields(highlight), start, end, state })),
		})),
		corrections: corrections.map((correction) => ({ ...correction })),
	};
}

/**
 * Text from an article or a note, made inert in Markdown: raw HTML (a `<script>` in a title, an `<img>` in
 * the text) is shown as the characters it is, never rendered by a Markdown viewer.
 */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

/** An http(s) URL as an autolink, with what could close it or start markup percent-encoded; any other scheme as plain text. */
function markdownUrl(url: string): string {
	if (!/^https?:\/\//i.test(url)) return escapeHtml(url);
	return `<${url.replace(/[\u0000-\u0020<>"`\\\u007f-\u009f]/g, (char) => encodeURIComponent(char))}>`;
}

/** A code span that the text cannot close: a fence of more backticks than any run in it. */
function codeSpan(text: string): string {
	const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longestRun + 1);
	const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
	return `${fence}${padded}${fence}`;
}

function blockquote(text: string): string {
	return escapeHtml(text)
		.trim()
		.split('\n')
		.map((line) => (line.trim() === '' ? '>' : `> ${line.trim()}`))
		.join('\n');
}

/**
 * Keeps a note's own Markdown and its line breaks (a backslash at a line's end is a hard break), but a note
 * must not be able to open a heading that breaks the export's structure.
 */
function noteBlock(note: string): string {
	const lines = escapeHtml(note)
		.trim()
		.split('\n')
		.map((line) => line.replace(/^(\s*)(#{1,6}\s)/, '$1\\$2').trimEnd());
	return lines.map((line, index) => (index + 1 < lines.length && line !== '' && lines[index + 1] !== '' ? `${line}\\` : line)).join('\n');
}

function highlightBlock(entry: ExportSource['highlights'][number]): string {
	const parts = [blockquote(entry.highlight.exact)];
	if (entry.speaker) parts[0] += `\n>\n> — ${escapeHtml(entry.speaker)}${entry.uncertain ? ` ${UNCERTAIN}` : ''}`;
	if (entry.highlight.note.trim() !== '') parts.push(noteBlock(entry.highlight.note));
	return parts.join('\n\n');
}

function fileName(path: string): string {
	return path.split(/[\\/]/).pop() ?? path;
}

export function exportMarkdown(sources: readonly ExportSource[], exported: Date = new Date()): string {
	const out: string[] = ['# Highlights and notes', '', `Exported ${exported.toISOString()}.`];
	for (const source of sources) {
		if (source.highlights.length === 0) continue;
		const title = source.article?.title ?? fileName(source.file);
		out.push('', `## ${escapeHtml(title.replace(/\n/g, ' '))}`, '');
		const about = [
			source.article?.source ? escapeHtml(source.article.source) : null,
			source.article?.url ? markdownUrl(source.article.url) : null,
			codeSpan(source.file),
		];
		out.push(about.filter((part): part is string => Boolean(part)).join(' · '));
		if (!source.article) out.push('', '*The file is missing; highlights are shown as saved.*');
		const anchored = source.highlights.filter((entry) => entry.state !== 'orphaned');
		const orphaned = source.highlights.filter((entry) => entry.state === 'orphaned');
		for (const entry of anchored) out.push('', highlightBlock(entry));
		if (orphaned.length > 0) {
			out.push('', '### Orphaned highlights', '', '*No longer found in the article; kept as saved.*');
			for (const entry of orphaned) out.push('', highlightBlock(entry));
		}
	}
	return `${out.join('\n')}\n`;
}
