import { splitFrontMatter } from '../article/article.js';
import type { FrontMatter } from '../article/types.js';
import { decodeArticleText, fingerprintOf } from '../text/article-text.js';

/** What an import produces: DESIGN's front matter (`feed` set for what `refresh` brought in) and the article text. */
export type ImportedMeta = FrontMatter;

export interface ImportedArticle {
	readonly meta: ImportedMeta;
	/** Paragraphs separated by blank lines, ending with a newline. */
	readonly body: string;
}

/** The fields that have a value: front matter has no way to say null. */
export function presentOnly(fields: Partial<Record<keyof FrontMatter, string | null | undefined>>): FrontMatter {
	return Object.fromEntries(Object.entries(fields).filter(([, value]) => typeof value === 'string' && value !== '')) as FrontMatter;
}

const KEY_ORDER = ['title', 'source', 'url', 'byline', 'date', 'feed'] as const;

/**
 * One line that `splitFrontMatter` reads back unchanged: white space (newlines included) collapsed, control
 * characters dropped, and a value that opens and closes with the same quote mark wrapped in the other one,
 * since the reader strips one pair of surrounding quotes.
 */
export function frontMatterValue(value: string): string {
	const line = value
		.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	const quoted = /^(["'])[\s\S]*\1$/.exec(line);
	if (quoted && line.length >= 2) return quoted[1] === '"' ? `'${line}'` : `"${line}"`;
	return line;
}

/** The file an import writes: front matter, then the body. Read back, it gives the same meta and body. */
export function articleFileContent(article: ImportedArticle): string {
	const lines: string[] = [];
	for (const key of KEY_ORDER) {
		const value = article.meta[key];
		if (value === undefined) continue;
		const line = frontMatterValue(value);
		if (line !== '') lines.push(`${key}: ${line}`);
	}
	const body = article.body.endsWith('\n') ? article.body : `${article.body}\n`;
	// A body that itself opens with `---` would be read as front matter: an empty block in front keeps it text.
	if (lines.length === 0 && !body.startsWith('---')) return body;
	return `---\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}---\n${body}`;
}

/** The fingerprint the library will give the written file (DESIGN: SHA-256 of the text without front matter). */
export function importedFingerprint(content: string): string {
	return fingerprintOf(splitFrontMatter(decodeArticleText(content)).body);
}
