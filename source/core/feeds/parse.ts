import { parseFeed, type AnyFeed } from 'feedsmith';
import { isoDate } from '../import/dates.js';
import { htmlToPlainText } from './plain-text.js';

/** One entry of a feed, whatever its format. */
export interface FeedItem {
	/** What identifies the item across fetches: its guid or id, else its link, else its title. */
	readonly key: string;
	/** The item's page (http or https), if it has one. */
	readonly url: string | null;
	readonly title: string | null;
	/** ISO 8601. */
	readonly date: string | null;
	readonly author: string | null;
	/** The feed's own text of the item: the full content where the feed has it, else the summary. HTML. */
	readonly html: string | null;
}

export interface ParsedFeed {
	readonly format: AnyFeed['format'];
	readonly title: string | null;
	readonly items: readonly FeedItem[];
}

/** Not RSS, Atom, RDF or a JSON Feed, or too broken to read. */
export class NotAFeedError extends Error {}

interface RawItem {
	id?: string | undefined;
	link?: string | undefined;
	title?: string | undefined;
	titleIsHtml?: boolean;
	date?: string | undefined;
	authors?: (string | undefined)[];
	html?: (string | undefined)[];
}

function httpUrl(value: string | undefined, base: string): string | null {
	if (!value) return null;
	try {
		const url = new URL(value.trim(), base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function rawItems(parsed: AnyFeed): { title: string | undefined; items: RawItem[] } {
	switch (parsed.format) {
		case 'rss':
		case 'rdf': {
			const feed = parsed.feed;
			return {
				title: feed.title ?? undefined,
				items: (feed.items ?? []).map((item) => ({
					id: 'guid' in item ? item.guid?.value : undefined,
					link: item.link,
					title: item.title,
					titleIsHtml: true,
					date: ('pubDate' in item ? item.pubDate : undefined) ?? item.dc?.dates?.[0],
					authors: [...('authors' in item ? (item.authors ?? []).map((author) => author.name) : []), ...(item.dc?.creators ?? [])],
					html: [item.content?.encoded, item.description],
				})),
			};
		}
		case 'atom': {
			const feed = parsed.feed;
			return {
				title: feed.title?.value,
				items: (feed.entries ?? []).map((entry) => {
					const links = entry.links ?? [];
					const alternate = links.find((link) => link.rel === undefined || link.rel === 'alternate') ?? links[0];
					const text = (value: { value?: string; type?: string } | undefined) =>
						value?.value === undefined ? undefined : value.type === 'html' || value.type === 'xhtml' ? value.value : escapeHtml(value.value);
					return {
						id: entry.id,
						link: alternate?.href,
						title: entry.title?.value,
						titleIsHtml: entry.title?.type === 'html' || entry.title?.type === 'xhtml',
						date: entry.published ?? entry.updated,
						authors: (entry.authors ?? []).map((author) => author.name),
						html: [text(entry.content), text(entry.summary)],
					};
				}),
			};
		}
		case 'json': {
			const feed = parsed.feed;
			return {
				title: feed.title,
				items: (feed.items ?? []).map((item) => ({
					id: item.id === undefined ? undefined : String(item.id),
					link: item.url ?? item.external_url,
					title: item.title,
					date: item.date_published ?? item.date_modified,
					authors: (item.authors ?? feed.authors ?? []).map((author) => author.name),
					html: [item.content_html, item.content_text === undefined ? undefined : escapeHtml(item.content_text).replace(/\n\s*\n/g, '<p>'), item.summary && escapeHtml(item.summary)],
				})),
			};
		}
	}
}

const clean = (value: string | null | undefined) => {
	const text = value?.replace(/\s+/g, ' ').trim();
	return text ? text : null;
};

/** The longest of the texts a feed gives for an item: `content:encoded` is usually the whole article, `description` a teaser. */
function fullest(texts: readonly (string | undefined)[]): string | null {
	const present = texts.filter((text): text is string => typeof text === 'string' && text.trim() !== '');
	return present.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** An RSS 2.0, RDF, Atom or JSON Feed document → its title and items, links made absolute against `feedUrl`. */
export function parseFeedDocument(text: string, feedUrl: string): ParsedFeed {
	let parsed: AnyFeed;
	try {
		parsed = parseFeed(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		const name = (error as Error).name;
		throw new NotAFeedError(name === 'DetectError' ? 'not an RSS, Atom or JSON feed' : 'a broken feed (it cannot be read as RSS, Atom or JSON Feed)');
	}
	const raw = rawItems(parsed);
	const items = raw.items.map((item): FeedItem => {
		const url = httpUrl(item.link, feedUrl);
		const title = clean(item.titleIsHtml && item.title && /[<&]/.test(item.title) ? htmlToPlainText(item.title) : item.title);
		const authors = [...new Set(item.authors?.map((name) => clean(name)).filter((name): name is string => name !== null))];
		return {
			key: clean(item.id) ?? url ?? title ?? '',
			url,
			title,
			date: isoDate(item.date),
			author: authors.length > 0 ? authors.join(', ') : null,
			html: fullest(item.html ?? []),
		};
	});
	return { format: parsed.format, title: clean(raw.title), items: items.filter((item) => item.key !== '') };
}
