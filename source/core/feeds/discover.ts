import { parseDocument } from '../import/dom.js';

const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/rdf+xml'];

/** The feeds a web page names in `<link rel="alternate" type="application/rss+xml" href=…>`, absolute, in page order. */
export function feedLinksIn(html: string, pageUrl: string): string[] {
	const document = parseDocument(html);
	const found: string[] = [];
	for (const link of Array.from(document.querySelectorAll('link[rel~="alternate"][href][type]'))) {
		if (!FEED_TYPES.includes((link.getAttribute('type') ?? '').toLowerCase().trim())) continue;
		try {
			const url = new URL(link.getAttribute('href')!, pageUrl);
			if ((url.protocol === 'http:' || url.protocol === 'https:') && !found.includes(url.href)) found.push(url.href);
		} catch {
			// An unusable address: look at the next link.
		}
	}
	return found;
}
