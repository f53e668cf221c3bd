import { classifyContent, decodeBody } from '../../core/import/content.js';
import {
	feedItemArticle,
	feedLinksIn,
	newItems,
	NotAFeedError,
	parseFeedDocument,
	rememberSeen,
	withFeedDetails,
	type FeedItem,
	type ParsedFeed,
} from '../../core/feeds/index.js';
import { NotAnArticleError } from '../../core/import/html-article.js';
import type { Store, StoredFeed } from '../../store/index.js';
import { describeFsError } from '../load.js';
import { ImportError, loadDocument, toArticle } from './add.js';
import { commitArticle } from './commit.js';
import { folderDuplicateIndex, type DuplicateIndex } from './duplicates.js';
import { FetchError, fetchDocument, webAddress, type Fetched, type FetchLimits } from './fetch.js';
import { concurrencyLimit } from './limit.js';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.1';

/** Requests in flight at once, pages and feeds together: a reader's pace, not a crawler's. */
export const DEFAULT_CONCURRENCY = 3;
/** New items taken from one feed in one refresh; the rest come with the next. */
export const DEFAULT_ITEMS_PER_FEED = 25;

/** A feed that cannot be subscribed to or read, in one line. */
export class FeedError extends Error {}

function asFeed(fetched: Fetched): ParsedFeed {
	if (classifyContent(fetched.contentType, fetched.bytes) !== 'feed') throw new NotAFeedError('not an RSS, Atom or JSON feed');
	return parseFeedDocument(decodeBody(fetched.bytes, fetched.contentType), fetched.url);
}

export interface Subscription {
	readonly url: string;
	readonly title: string | null;
	readonly items: number;
	/** Set when the address given was a web page naming the feed. */
	readonly foundOn: string | null;
}

/**
 * Checks that `address` is a feed by fetching it; a web page that names a feed (`<link rel="alternate">`)
 * leads to that feed. Throws FeedError.
 */
export async function findFeed(address: string, limits: FetchLimits): Promise<Subscription> {
	try {
		const fetched = await fetchDocument(webAddress(address).href, { ...limits, accept: FEED_ACCEPT });
		if (fetched.status !== 'fetched') throw new FeedError('the server sent nothing');
		if (classifyContent(fetched.contentType, fetched.bytes) === 'html') {
			const [named] = feedLinksIn(decodeBody(fetched.bytes, fetched.contentType), fetched.url);
			if (!named) throw new FeedError('a web page that names no feed, not a feed');
			const feed = await fetchDocument(named, { ...limits, accept: FEED_ACCEPT });
			if (feed.status !== 'fetched') throw new FeedError('the server sent nothing');
			const parsed = asFeed(feed);
			return { url: named, title: parsed.title, items: parsed.items.length, foundOn: fetched.url };
		}
		const parsed = asFeed(fetched);
		return { url: webAddress(address).href, title: parsed.title, items: parsed.items.length, foundOn: null };
	} catch (error) {
		if (error instanceof FetchError || error instanceof NotAFeedError) throw new FeedError(error.message);
		throw error;
	}
}

export type RefreshEvent =
	| { readonly type: 'feed-unchanged'; readonly feed: StoredFeed }
	| { readonly type: 'feed-failed'; readonly feed: StoredFeed; readonly reason: string }
	| { readonly type: 'feed-read'; readonly feed: StoredFeed; readonly title: string | null; readonly newItems: number; readonly waiting: number }
	| { readonly type: 'item-added'; readonly feed: StoredFeed; readonly item: FeedItem; readonly path: string; readonly title: string; readonly pageProblem: string | null }
	| { readonly type: 'item-known'; readonly feed: StoredFeed; readonly item: FeedItem; readonly path: string; readonly by: 'url' | 'text' }
	| { readonly type: 'item-failed'; readonly feed: StoredFeed; readonly item: FeedItem; readonly reason: string };

export interface FeedOutcome {
	readonly url: string;
	readonly title: string | null;
	readonly status: 'updated' | 'unchanged' | 'failed';
	readonly error: string | null;
	readonly added: number;
}

export interface AddedFromFeed {
	readonly file: string;
	readonly title: string;
	readonly feed: string;
	readonly url: string | null;
	/** True when the item's page failed and the feed's own text was kept; `pageProblem` says why. */
	readonly fromFeedText: boolean;
	readonly pageProblem: string | null;
}

export interface RefreshSummary {
	readonly feeds: readonly FeedOutcome[];
	readonly added: readonly AddedFromFeed[];
}

export interface RefreshOptions extends FetchLimits {
	readonly dir: string;
	readonly cwd: string;
	readonly concurrency?: number;
	readonly itemsPerFeed?: number;
	readonly onEvent?: (event: RefreshEvent) => void;
	readonly index?: DuplicateIndex;
	readonly now?: () => Date;
}

type FeedStore = Pick<Store, 'feeds' | 'updateFeed'>;

/** An item's page through the same import as `add`; when that fails, the feed's own text, saying why. */
async function itemArticle(item: FeedItem, feed: StoredFeed, feedTitle: string | null, options: RefreshOptions, limit: ReturnType<typeof concurrencyLimit>) {
	const source = { url: feed.url, title: feedTitle };
	const feedText = (pageProblem: string, alsoKnownAs: readonly string[]) => {
		try {
			return { article: feedItemArticle(item, source), alsoKnownAs, pageProblem };
		} catch (error) {
			if (error instanceof NotAnArticleError) throw new ImportError(`${pageProblem}, and ${error.message}`);
			throw error;
		}
	};
	if (!item.url) return feedText('the item has no page', []);
	try {
		const loaded = await limit(() => loadDocument({ kind: 'url', url: item.url! }, options));
		return { article: withFeedDetails(toArticle(loaded), item, source), alsoKnownAs: loaded.alsoKnownAs, pageProblem: null };
	} catch (error) {
		// Cancelled: the item stays unseen and comes with the next refresh, its page and all.
		if (!(error instanceof ImportError) || options.signal?.aborted) throw error;
		return feedText(error.message, [item.url]);
	}
}

type Limit = ReturnType<typeof concurrencyLimit>;

/** One new item into the library. Returns whether it is now there (added, or found there already). */
async function importItem(item: FeedItem, feed: StoredFeed, feedTitle: string | null, options: RefreshOptions, limit: Limit, added: AddedFromFeed[]): Promise<boolean> {
	const emit = options.onEvent ?? (() => {});
	let found;
	try {
		found = await itemArticle(item, feed, feedTitle, options, limit);
	} catch (error) {
		if (!(error instanceof ImportError)) throw error;
		emit({ type: 'item-failed', feed, item, reason: error.message });
		return false;
	}
	const { article, alsoKnownAs, pageProblem } = found;
	let committed;
	try {
		committed = await commitArticle(article, { dir: options.dir, alsoKnownAs, ...(options.index ? { index: options.index } : {}) });
	} catch (error) {
		emit({ type: 'item-failed', feed, item, reason: `cannot write to ${options.dir}: ${describeFsError(error)}` });
		return false;
	}
	if (committed.status === 'duplicate') {
		emit({ type: 'item-known', feed, item, path: committed.path, by: committed.by });
		return true;
	}
	added.push({ file: committed.path, title: committed.title, feed: feed.url, url: article.meta.url ?? null, fromFeedText: pageProblem !== null, pageProblem });
	emit({ type: 'item-added', feed, item, path: committed.path, title: committed.title, pageProblem });
	return true;
}

async function fetchFeed(feed: StoredFeed, options: RefreshOptions, limit: Limit): Promise<{ fetched: Fetched; parsed: ParsedFeed } | { notModified: true } | { failure: string }> {
	try {
		const fetched = await limit(() => fetchDocument(feed.url, { ...options, accept: FEED_ACCEPT, etag: feed.etag, lastModified: feed.lastModified }));
		if (fetched.status === 'not-modified') return { notModified: true };
		return { fetched, parsed: asFeed(fetched) };
	} catch (error) {
		if (error instanceof FetchError || error instanceof NotAFeedError) return { failure: error.message };
		throw error;
	}
}

async function refreshOne(feed: StoredFeed, store: FeedStore, options: RefreshOptions, limit: Limit, added: AddedFromFeed[]): Promise<FeedOutcome> {
	const now = options.now ?? (() => new Date());
	const emit = options.onEvent ?? (() => {});
	const answer = await fetchFeed(feed, options, limit);
	if ('failure' in answer) {
		if (!options.signal?.aborted) store.updateFeed(feed.url, (current) => ({ ...current, error: answer.failure }));
		emit({ type: 'feed-failed', feed, reason: answer.failure });
		return { url: feed.url, title: feed.title, status: 'failed', error: answer.failure, added: 0 };
	}
	if ('notModified' in answer) {
		store.updateFeed(feed.url, (current) => ({ ...current, lastFetched: now().toISOString(), error: null }));
		emit({ type: 'feed-unchanged', feed });
		return { url: feed.url, title: feed.title, status: 'unchanged', error: null, added: 0 };
	}

	const { fetched, parsed } = answer;
	const title = parsed.title ?? feed.title;
	const fresh = newItems(parsed.items, feed.seen);
	const taken = fresh.slice(0, options.itemsPerFeed ?? DEFAULT_ITEMS_PER_FEED);
	emit({ type: 'feed-read', feed, title, newItems: taken.length, waiting: fresh.length - taken.length });
	const done = await Promise.all(taken.map((item) => importItem(item, feed, title, options, limit, added)));
	const seen = taken.filter((_, index) => done[index]).map((item) => item.key);
	// Items left for later are in the feed as it is now, and a 304 next time would hide them: ask in full then.
	const unfinished = seen.length < fresh.length;

	store.updateFeed(feed.url, (current) => ({
		...current,
		title: title ?? current.title,
		lastFetched: now().toISOString(),
		error: null,
		etag: unfinished ? null : fetched.etag,
		lastModified: unfinished ? null : fetched.lastModified,
		items: parsed.items.length,
		seen: rememberSeen(current.seen, seen, parsed.items.map((item) => item.key), now()),
	}));
	return { url: feed.url, title, status: 'updated', error: null, added: added.filter((entry) => entry.feed === feed.url).length };
}

/**
 * Fetches every feed (or those in `only`), each with a conditional GET, and adds each new item to the
 * library: its page through the same import as `add`, else the feed's own text. A feed that fails is
 * reported and the others go on. Requests run a few at a time.
 */
export async function refreshFeeds(store: FeedStore, options: RefreshOptions, only?: readonly string[]): Promise<RefreshSummary> {
	const feeds = store.feeds().filter((feed) => !only || only.includes(feed.url));
	const limit = concurrencyLimit(options.concurrency ?? DEFAULT_CONCURRENCY);
	const index = options.index ?? folderDuplicateIndex(options.dir);
	const added: AddedFromFeed[] = [];
	const outcomes = await Promise.all(feeds.map((feed) => refreshOne(feed, store, { ...options, index }, limit, added)));
	return { feeds: outcomes, added };
}
