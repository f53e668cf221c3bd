import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../../source/core/article/article.js';
import { feedItemArticle, feedLinksIn, newItems, NotAFeedError, parseFeedDocument, rememberSeen, withFeedDetails } from '../../../source/core/feeds/index.js';
import { articleFileContent } from '../../../source/core/import/article-file.js';
import { analyseQuotes } from '../../../source/core/quotes/index.js';
import { fixture } from '../../helpers/news-server.js';

const ORIGIN = 'http://127.0.0.1:8080';
const feedText = (name: string) => fixture(name).toString('utf8').replaceAll('{{origin}}', ORIGIN);

test('feeds: RSS 2.0 items with guid, link, date, creator and the fullest text (content:encoded over description)', () => {
	const feed = parseFeedDocument(feedText('rss.xml'), `${ORIGIN}/feeds/rss.xml`);
	assert.equal(feed.format, 'rss');
	assert.equal(feed.title, 'The Daily Ledger – World');
	assert.deepEqual(
		feed.items.map(({ key, url, title, date, author }) => ({ key, url, title, date, author })),
		[
			{
				key: 'ledger-51201',
				url: `${ORIGIN}/news/lavrov?utm_source=rss&utm_medium=feed`,
				title: 'Russia sees no possibility of reaching a compromise on the potential deployment of European peacekeepers in Ukraine',
				date: '2025-03-06T08:15:00Z',
				author: 'Chinedu Okafor',
			},
			{ key: `${ORIGIN}/news/storm`, url: `${ORIGIN}/news/storm`, title: 'Storm closes the coast road for a second night', date: '2025-11-02T07:30:00Z', author: null },
			{ key: 'ledger-51203', url: `${ORIGIN}/missing/ferries`, title: 'Ferry services cancelled as gales reach the islands', date: '2025-11-02T09:00:00Z', author: 'Jane Smith' },
		],
	);
	assert.match(feed.items[2]!.html!, /^<p>All ferry sailings/);
});

test('feeds: Atom entries (HTML titles decoded, the alternate link) and JSON Feed items', () => {
	const atom = parseFeedDocument(feedText('atom.xml'), `${ORIGIN}/feeds/atom.xml`);
	assert.equal(atom.format, 'atom');
	assert.equal(atom.title, 'Euromaidan Press');
	assert.deepEqual(atom.items.map(({ key, url, author, date }) => ({ key, url, author, date })), [
		{ key: 'tag:news.test,2025:512044', url: `${ORIGIN}/news/zakharova`, author: 'Yuri Zoria', date: '2025-03-06T14:02:00Z' },
	]);
	const html = parseFeedDocument('<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>x</id><updated>2025-01-01T00:00:00Z</updated><entry><id>e</id><updated>2025-01-01T00:00:00Z</updated><title type="html">Fish &amp;amp; chips &lt;em&gt;again&lt;/em&gt;</title><link href="/e"/></entry></feed>', 'https://site.test/atom');
	assert.equal(html.items[0]!.title, 'Fish & chips again');
	assert.equal(html.items[0]!.url, 'https://site.test/e', 'relative links resolve against the feed');

	const json = parseFeedDocument(feedText('feed.json'), `${ORIGIN}/feeds/feed.json`);
	assert.equal(json.format, 'json');
	assert.equal(json.title, 'The Coastal Times');
	assert.deepEqual(json.items.map((item) => [item.key, item.url, item.author]), [
		['coast-2025-11-02-storm', `${ORIGIN}/news/storm`, 'Jane Smith'],
		['coast-2025-11-03-harbour', `${ORIGIN}/news/harbour`, 'Tom Reid'],
	]);
});

test('feeds: a broken feed, a web page and plain text are not feeds, each said in one line', () => {
	assert.throws(() => parseFeedDocument(feedText('broken.xml'), ORIGIN), (error: Error) => error instanceof NotAFeedError && /broken feed/.test(error.message));
	assert.throws(() => parseFeedDocument(fixture('og-only.html').toString('utf8'), ORIGIN), /not an RSS, Atom or JSON feed/);
	assert.throws(() => parseFeedDocument('hello', ORIGIN), NotAFeedError);
});

test('feeds: the feed’s own text of an item is an article with its quotes, and the feed fills what a page left out', () => {
	const feed = parseFeedDocument(feedText('rss.xml'), `${ORIGIN}/feeds/rss.xml`);
	const ferries = feedItemArticle(feed.items[2]!, { url: `${ORIGIN}/feeds/rss.xml`, title: feed.title });
	assert.deepEqual(ferries.meta, {
		title: 'Ferry services cancelled as gales reach the islands',
		source: 'The Daily Ledger – World',
		url: `${ORIGIN}/missing/ferries`,
		byline: 'Jane Smith',
		date: '2025-11-02T09:00:00Z',
		feed: `${ORIGIN}/feeds/rss.xml`,
	});
	const { speakers } = analyseQuotes(parseArticle(articleFileContent(ferries)));
	assert.deepEqual(speakers.map((speaker) => [speaker.name, speaker.quotes]), [['Morag Innes', 2]]);

	const fromPage = withFeedDetails({ meta: { title: 'The page’s own title' }, body: 'Text.\n' }, feed.items[1]!, { url: 'F', title: 'Feed' });
	assert.deepEqual(fromPage.meta, { title: 'The page’s own title', source: 'Feed', url: `${ORIGIN}/news/storm`, date: '2025-11-02T07:30:00Z', feed: 'F' });
	assert.throws(() => feedItemArticle({ ...feed.items[0]!, html: null }, { url: 'F', title: null }), /no text/);
});

test('feeds: new items are the unseen ones, newest first; seen items are forgotten only long after they leave the feed', () => {
	const item = (key: string, date: string | null) => ({ key, url: null, title: key, date, author: null, html: null });
	const items = [item('a', '2025-01-01T00:00:00Z'), item('b', '2025-03-01T00:00:00Z'), item('c', null), item('b', '2025-03-01T00:00:00Z')];
	assert.deepEqual(newItems(items, {}).map((found) => found.key), ['b', 'a', 'c']);
	assert.deepEqual(newItems(items, { b: '2025-03-02T00:00:00Z' }).map((found) => found.key), ['a', 'c']);

	const now = new Date('2025-06-01T00:00:00Z');
	const seen = rememberSeen({ old: '2025-01-01T00:00:00Z', recent: '2025-05-01T00:00:00Z', stillThere: '2024-01-01T00:00:00Z' }, ['new'], ['stillThere', 'new'], now);
	assert.deepEqual(Object.keys(seen).sort(), ['new', 'recent', 'stillThere']);
	assert.equal(seen.new, now.toISOString());
});

test('feeds: a web page names its feeds in <link rel="alternate">', () => {
	const html = '<html><head><link rel="alternate" type="application/rss+xml" href="/rss"><link rel="alternate" type="text/html" href="/other"><link rel="alternate stylesheet" type="application/atom+xml" href="https://x.test/atom"></head><body></body></html>';
	assert.deepEqual(feedLinksIn(html, 'https://site.test/page'), ['https://site.test/rss', 'https://x.test/atom']);
	assert.deepEqual(feedLinksIn('<p>no head</p>', 'https://site.test/'), []);
});
