import { presentOnly, type ImportedArticle, type ImportedMeta } from '../import/article-file.js';
import { NotAnArticleError } from '../import/html-article.js';
import { countWords } from '../text/article-text.js';
import type { FeedItem } from './parse.js';
import { htmlParagraphs } from './plain-text.js';

export interface FeedSource {
	readonly url: string;
	readonly title: string | null;
}

/** What the feed says of an item, for the fields the item's page left empty. */
export function withFeedDetails(article: ImportedArticle, item: FeedItem, feed: FeedSource): ImportedArticle {
	const fromFeed = presentOnly({ title: item.title, source: feed.title, url: item.url, byline: item.author, date: item.date });
	const meta: ImportedMeta = { ...fromFeed, ...article.meta, feed: feed.url };
	return { meta, body: article.body };
}

/**
 * The feed's own text of an item as an article, for an item whose page could not be fetched or read, or
 * that has no page. Throws NotAnArticleError when the feed gives no text for it.
 */
export function feedItemArticle(item: FeedItem, feed: FeedSource): ImportedArticle {
	const paragraphs = item.html ? htmlParagraphs(item.html) : [];
	if (countWords(paragraphs.join('\n')) === 0) throw new NotAnArticleError('the feed gives no text for it');
	const header = item.title ? `${item.title}\n\n` : '';
	return withFeedDetails({ meta: {}, body: `${header}${paragraphs.join('\n\n')}\n` }, item, feed);
}
