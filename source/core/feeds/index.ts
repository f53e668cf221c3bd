// Feeds: reading RSS, Atom and JSON Feed documents, telling new items from seen ones. Pure.
export { feedLinksIn } from './discover.js';
export { feedItemArticle, withFeedDetails, type FeedSource } from './item-article.js';
export { newItems, rememberSeen, type SeenItems } from './new-items.js';
export { NotAFeedError, parseFeedDocument, type FeedItem, type ParsedFeed } from './parse.js';
