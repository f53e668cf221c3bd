import { Readability } from '@mozilla/readability';
import { parseArticle } from '../article/article.js';
import { countWords } from '../text/article-text.js';
import { presentOnly, type ImportedArticle } from './article-file.js';
import { removeChrome } from './chrome.js';
import { parseDocument } from './dom.js';
import { isoDate } from './dates.js';
import { paragraphsOf } from './html-text.js';
import { cleanByline, pageMetadata, withoutSiteName } from './metadata.js';

/** A page with no article on it: a front page of links, a login wall, an error page. */
export class NotAnArticleError extends Error {}

/** Fewer words than this is a stub, a teaser or an error page, not an article. */
const MIN_WORDS = 40;
/** Readability settles for what it has when no block reaches its threshold; links then make up most of it. */
const MAX_LINK_SHARE = 0.5;

export interface HtmlSource {
	/** Where the page was fetched from (after redirects), if it was. */
	readonly url?: string;
}

const comparable = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function httpUrl(value: string | null | undefined, base?: string): string | null {
	if (!value) return null;
	try {
		const url = new URL(value, base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

const sameSite = (a: URL, b: URL) => a.hostname.replace(/^www\./, '') === b.hostname.replace(/^www\./, '');

/**
 * The address to keep: the canonical one the page names when it is on the site the page came from (it drops
 * tracking parameters), else where it was fetched from. A saved page has only its own word, or the address
 * its saver wrote in a comment.
 */
function articleUrl(fetchedFrom: string | undefined, canonical: string | null, html: string): string | null {
	const fetched = httpUrl(fetchedFrom);
	const named = httpUrl(canonical, fetched ?? undefined);
	if (fetched) return named && sameSite(new URL(named), new URL(fetched)) ? named : fetched;
	return named ?? httpUrl(savedFromComment(html));
}

/** Browsers and SingleFile note where a saved page came from: `<!-- saved from url=(0042)https://… -->`. */
function savedFromComment(html: string): string | null {
	const head = html.slice(0, 4096);
	return /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head)?.[1] ?? /<!--[^>]*?\burl:\s*(https?:\/\/\S+)/i.exec(head)?.[1] ?? null;
}

function linkShare(content: Element): number {
	const total = (content.textContent ?? '').replace(/\s+/g, '').length;
	if (total === 0) return 1;
	const linked = Array.from(content.querySelectorAll('a')).reduce((sum, a) => sum + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
	return linked / total;
}

/** Leading paragraphs that repeat the headline, the standfirst or the byline, which the front matter holds. */
function withoutRepeatedHeader(paragraphs: readonly string[], repeats: readonly (string | null)[]): string[] {
	const known = new Set(repeats.filter((value): value is string => Boolean(value)).map(comparable));
	let start = 0;
	while (start < Math.min(paragraphs.length, 4)) {
		const paragraph = comparable(paragraphs[start]!);
		if (!known.has(paragraph) && !known.has(comparable(paragraph.replace(/^by\s+/i, '')))) break;
		start++;
	}
	return paragraphs.slice(start);
}

/** The library's reader folds boilerplate (pleas, prompts, site lines); at the end of an import it is dropped. */
function withoutTrailingBoilerplate(paragraphs: readonly string[]): string[] {
	const text = paragraphs.join('\n\n');
	const { paragraphs: kinds } = parseArticle(text);
	let keep = kinds.length;
	while (keep > 0 && kinds[keep - 1]!.kind === 'boilerplate') keep--;
	if (keep === kinds.length || keep === 0) return [...paragraphs];
	return text.slice(0, kinds[keep - 1]!.end).split('\n\n');
}

/** A standfirst worth a line of its own: not the opening of the text, not already in it. */
function standfirst(description: string | null, paragraphs: readonly string[]): string | null {
	if (!description) return null;
	const wanted = comparable(description.replace(/(\.\.\.|…)$/, ''));
	if (wanted.length < 30) return null;
	const opening = comparable(paragraphs.slice(0, 3).join(' '));
	return opening.includes(wanted) || wanted.startsWith(comparable(paragraphs[0] ?? '').slice(0, 60)) ? null : description;
}

/**
 * The lines above the text: the headline, then the standfirst with the byline under it, as a news page sets
 * them (the library reads them as title, dek and byline).
 */
function header(title: string | null, dek: string | null, byline: string | null): string {
	const blocks: string[] = [];
	if (title) blocks.push(title);
	if (dek) blocks.push(byline ? `${dek}\nBy ${byline}` : dek);
	return blocks.map((block) => `${block}\n\n`).join('');
}

/**
 * A web page → an article: its metadata (JSON-LD, OpenGraph, `<meta>`, then Readability's guesses), its
 * text found by Readability once the page furniture is gone, as paragraphs with their quote marks.
 */
export function htmlToArticle(html: string, source: HtmlSource = {}): ImportedArticle {
	const document = parseDocument(html);
	const meta = pageMetadata(document);
	removeChrome(document);
	const result = new Readability<Node>(document, { serializer: (node) => node }).parse();
	const content = result?.content;
	if (!result || !content) throw new NotAnArticleError('no article text on the page');
	if (linkShare(content as Element) > MAX_LINK_SHARE) throw new NotAnArticleError('the page is mostly links, not an article');

	const outlet = meta.source ?? (result.siteName?.trim() || null);
	const title = meta.title ?? (result.title ? withoutSiteName(result.title.trim(), outlet) : null);
	const byline = meta.byline ?? cleanByline(result.byline ?? null);
	let paragraphs = withoutRepeatedHeader(paragraphsOf(content), [title, meta.description, byline, byline && `By ${byline}`]);
	paragraphs = withoutTrailingBoilerplate(paragraphs);
	const words = countWords(paragraphs.join('\n'));
	if (words < MIN_WORDS) throw new NotAnArticleError(`too little text for an article (${words} words)`);

	const url = articleUrl(source.url, meta.url, html);
	return {
		meta: presentOnly({
			title,
			// With no name for the outlet, its address says who published it.
			source: outlet ?? (url ? new URL(url).hostname.replace(/^www\./, '') : null),
			url,
			byline,
			date: meta.date ?? isoDate(result.publishedTime),
		}),
		body: `${header(title, standfirst(meta.description, paragraphs), byline)}${paragraphs.join('\n\n')}\n`,
	};
}
