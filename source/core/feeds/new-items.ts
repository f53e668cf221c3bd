import type { FeedItem } from './parse.js';

/** Items seen in a feed (by key), with when each was first seen. */
export type SeenItems = Readonly<Record<string, string>>;

/** How long an item is remembered once it has left the feed, counted from when it was first seen. */
const FORGET_AFTER_MS = 90 * 24 * 60 * 60 * 1000;

/** The items not seen before, newest first (undated ones last, in feed order), each once. */
export function newItems(items: readonly FeedItem[], seen: SeenItems): FeedItem[] {
	const fresh = items.filter((item, index) => !(item.key in seen) && items.findIndex((other) => other.key === item.key) === index);
	const time = (item: FeedItem) => (item.date ? Date.parse(item.date) : Number.NEGATIVE_INFINITY) || Number.NEGATIVE_INFINITY;
	const byDate = fresh.map((item, index) => ({ item, index })).sort((a, b) => time(b.item) - time(a.item) || a.index - b.index);
	return byDate.map(({ item }) => item);
}

/** `seen` with `keys` added (first seen `now`), less entries no longer in the feed that were first seen too long ago. */
export function rememberSeen(seen: SeenItems, keys: readonly string[], inFeed: readonly string[], now: Date): Record<string, string> {
	const current = new Set(inFeed);
	const oldest = now.getTime() - FORGET_AFTER_MS;
	const kept = Object.entries(seen).filter(([key, first]) => current.has(key) || Date.parse(first) >= oldest);
	const result: Record<string, string> = Object.fromEntries(kept);
	for (const key of keys) result[key] ??= now.toISOString();
	return result;
}
