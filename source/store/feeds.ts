import type { StoreData, StoredFeed } from './format.js';

/** A feed as stored, with the fields an older or hand-edited entry may lack filled in. */
export function completeFeed(feed: Partial<StoredFeed> & { url: string }): StoredFeed {
	return {
		url: feed.url,
		title: feed.title ?? null,
		added: feed.added ?? new Date(0).toISOString(),
		lastFetched: feed.lastFetched ?? null,
		error: feed.error ?? null,
		etag: feed.etag ?? null,
		lastModified: feed.lastModified ?? null,
		items: feed.items ?? 0,
		seen: { ...feed.seen },
	};
}

/** The subscriptions in the order they were added. */
export function listFeeds(data: StoreData): StoredFeed[] {
	return Object.values(data.feeds ?? {})
		.map(completeFeed)
		.sort((a, b) => a.added.localeCompare(b.added) || a.url.localeCompare(b.url));
}

/** Subscribes, unless the feed is already there (then nothing changes). */
export function withFeedAdded(data: StoreData, input: { url: string; title: string | null }, now: Date): { feed: StoredFeed; added: boolean } {
	const existing = data.feeds?.[input.url];
	if (existing) return { feed: completeFeed(existing), added: false };
	const feed = completeFeed({ url: input.url, title: input.title, added: now.toISOString() });
	data.feeds = { ...data.feeds, [input.url]: feed };
	return { feed, added: true };
}

export function withFeedRemoved(data: StoreData, url: string): StoredFeed | undefined {
	const existing = data.feeds?.[url];
	if (!existing) return undefined;
	const feeds = { ...data.feeds };
	delete feeds[url];
	data.feeds = feeds;
	return completeFeed(existing);
}

/** Applies `update` to the feed as the file has it now; a feed removed meanwhile stays removed. */
export function withFeedUpdated(data: StoreData, url: string, update: (feed: StoredFeed) => StoredFeed): StoredFeed | undefined {
	const existing = data.feeds?.[url];
	if (!existing) return undefined;
	const updated = completeFeed({ ...update(completeFeed(existing)), url });
	data.feeds = { ...data.feeds, [url]: updated };
	return updated;
}
