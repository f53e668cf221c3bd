import { isoDate } from './dates.js';

/** What a page says about itself, each field from the first source that has it. */
export interface PageMetadata {
	readonly title: string | null;
	/** The outlet: the publisher or site name. */
	readonly source: string | null;
	readonly byline: string | null;
	/** ISO 8601. */
	readonly date: string | null;
	/** The canonical address the page gives for itself. */
	readonly url: string | null;
	readonly description: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
	'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
	'ReviewNewsArticle', 'LiveBlogPosting', 'BlogPosting', 'Report', 'ScholarlyArticle', 'SocialMediaPosting',
]);

function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
	return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function clean(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const text = value.replace(/\s+/g, ' ').trim();
	return text === '' ? null : text;
}

/** Every object in the page's JSON-LD blocks, `@graph` members included, keyed by `@id` for references. */
function jsonLdObjects(document: Document): { objects: JsonObject[]; byId: Map<string, JsonObject> } {
	const objects: JsonObject[] = [];
	const visit = (value: unknown, depth: number): void => {
		if (depth > 4) return;
		for (const item of asArray(value)) {
			if (!isObject(item)) continue;
			objects.push(item);
			if (item['@graph'] !== undefined) visit(item['@graph'], depth + 1);
		}
	};
	for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
		try {
			visit(JSON.parse(script.textContent ?? ''), 0);
		} catch {
			// A broken JSON-LD block is common and harmless: the other sources remain.
		}
	}
	const byId = new Map<string, JsonObject>();
	for (const object of objects) if (typeof object['@id'] === 'string') byId.set(object['@id'], object);
	return { objects, byId };
}

function hasArticleType(object: JsonObject): boolean {
	return asArray(object['@type']).some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type));
}

function names(value: unknown, byId: Map<string, JsonObject>): string[] {
	return asArray(value).flatMap((entry) => {
		if (typeof entry === 'string') return clean(entry) && !/^https?:/i.test(entry) ? [clean(entry)!] : [];
		if (!isObject(entry)) return [];
		const resolved = typeof entry['@id'] === 'string' && entry.name === undefined ? byId.get(entry['@id']) ?? entry : entry;
		const name = clean(resolved.name);
		return name ? [name] : [];
	});
}

function urlOf(value: unknown): string | null {
	if (typeof value === 'string') return clean(value);
	if (isObject(value)) return clean(value['@id']) ?? clean(value.url);
	return null;
}

function fromJsonLd(document: Document): Partial<Record<keyof PageMetadata, string | null>> {
	const { objects, byId } = jsonLdObjects(document);
	const article = objects.find(hasArticleType);
	if (!article) return {};
	return {
		title: clean(article.headline) ?? clean(article.name),
		source: names(article.publisher, byId)[0] ?? null,
		byline: joinNames(names(article.author, byId)),
		date: isoDate(clean(article.datePublished) ?? clean(article.dateCreated)),
		url: urlOf(article.mainEntityOfPage) ?? clean(article.url),
		description: clean(article.description),
	};
}

function joinNames(list: readonly string[]): string | null {
	const unique = [...new Set(list)];
	if (unique.length === 0) return null;
	if (unique.length === 1) return unique[0]!;
	return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** `<meta property|name|itemprop=… content=…>`, keys lower case; the first of each key wins. */
function metaTags(document: Document): Map<string, string> {
	const tags = new Map<string, string>();
	for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
		const content = clean(meta.getAttribute('content'));
		if (!content) continue;
		for (const attribute of ['property', 'name', 'itemprop']) {
			for (const key of (meta.getAttribute(attribute) ?? '').toLowerCase().split(/\s+/)) {
				if (key !== '' && !tags.has(key)) tags.set(key, content);
			}
		}
	}
	return tags;
}

function first(tags: Map<string, string>, keys: readonly string[], accept: (value: string) => boolean = () => true): string | null {
	for (const key of keys) {
		const value = tags.get(key);
		if (value !== undefined && accept(value)) return value;
	}
	return null;
}

const notAnAddress = (value: string) => !/^https?:\/\//i.test(value);

function fromOpenGraph(tags: Map<string, string>): Partial<Record<keyof PageMetadata, string | null>> {
	return {
		title: first(tags, ['og:title']),
		source: first(tags, ['og:site_name']),
		byline: first(tags, ['article:author'], notAnAddress),
		date: isoDate(first(tags, ['article:published_time', 'og:published_time'])),
		url: first(tags, ['og:url']),
		description: first(tags, ['og:description']),
	};
}

function fromMeta(document: Document, tags: Map<string, string>): Partial<Record<keyof PageMetadata, string | null>> {
	const time = document.querySelector('time[datetime][pubdate], time.published[datetime], time[itemprop="datePublished"][datetime]');
	const canonical = document.querySelector('link[rel~="canonical"][href]');
	return {
		title: first(tags, ['twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'headline']),
		source: first(tags, ['application-name', 'publisher', 'dc.publisher', 'dcterms.publisher']),
		byline: first(
			tags,
			['author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'twitter:creator:name'],
			notAnAddress,
		),
		date: isoDate(
			first(tags, ['datepublished', 'publish-date', 'publishdate', 'pubdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued', 'parsely-pub-date', 'sailthru.date']) ??
				time?.getAttribute('datetime'),
		),
		url: clean(canonical?.getAttribute('href')),
		description: first(tags, ['description', 'twitter:description', 'dc.description']),
	};
}

function merge(...sources: Partial<Record<keyof PageMetadata, string | null>>[]): PageMetadata {
	const pick = (key: keyof PageMetadata) => sources.map((source) => source[key]).find((value) => value) ?? null;
	return {
		title: pick('title'),
		source: pick('source'),
		byline: pick('byline'),
		date: pick('date'),
		url: pick('url'),
		description: pick('description'),
	};
}

/** "By Jane Smith" → "Jane Smith". */
export function cleanByline(byline: string | null): string | null {
	const text = byline?.replace(/\s+/g, ' ').replace(/^by[:\s]+/i, '').trim();
	return text ? text : null;
}

/** Drops a site name the page appended to its title: "Storm closes road | The Coastal Times" → "Storm closes road". */
export function withoutSiteName(title: string, source: string | null): string {
	if (!source) return title;
	for (const separator of [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ']) {
		const at = title.lastIndexOf(separator);
		if (at > 0 && title.slice(at + separator.length).trim().toLowerCase() === source.toLowerCase()) return title.slice(0, at).trim();
	}
	return title;
}

/** The page's own metadata: schema.org JSON-LD first, then OpenGraph, then other `<meta>` tags and the canonical link. */
export function pageMetadata(document: Document): PageMetadata {
	const tags = metaTags(document);
	const merged = merge(fromJsonLd(document), fromOpenGraph(tags), fromMeta(document, tags));
	return { ...merged, byline: cleanByline(merged.byline), title: merged.title ? withoutSiteName(merged.title, merged.source) : null };
}
