// Page furniture removed before Readability looks for the article: Readability scores blocks by their text
// and links, and keeps a newsletter box or a donation plea that sits inside the article's own container.

const CHROME_TAGS = ['nav', 'aside', 'footer', 'form', 'dialog', 'iframe', 'noscript', 'template', 'button'];
const CHROME_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar'];

/** One class or id word that names page furniture: ads, cookie and consent notes, newsletters, related links, sharing, pleas. */
const CHROME_WORD =
	/(?:^|[-_])(?:ads?|adv|advert|adverts|advertisement|advertising|adslot|gpt-ad|dfp|sponsor|sponsored|promo|promoted|outbrain|taboola|cookies?|consent|gdpr|cmp|newsletter|newsletters|signup|sign-up|subscribe|subscription|paywall|related|recirc|recirculation|more-stories|also-read|read-also|read-more|read-next|you-may-like|recommended|trending|most-read|most-popular|popular|share|sharing|social|share-buttons|comments?|donate|donation|support-us|patron|correction|corrections|tags|breadcrumbs?|sidebar|widget|ticker|masthead|adblock|ad-blocker)(?:[-_]|$)/i;

/** Wrappers holding most of the page's text (a site that puts the whole page in one `<form>`) stay. */
const MAX_SHARE_OF_TEXT = 0.5;

function textLength(node: Element): number {
	return (node.textContent ?? '').replace(/\s+/g, ' ').length;
}

function isHidden(element: Element): boolean {
	if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
	return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(element.getAttribute('style') ?? '');
}

function namesChrome(element: Element): boolean {
	const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/);
	return words.some((word) => word !== '' && CHROME_WORD.test(word));
}

/** Removes navigation, ads, related links, newsletter boxes, cookie notes, footers and hidden elements. */
export function removeChrome(document: Document): void {
	const body = document.body ?? document.documentElement;
	if (!body) return;
	const pageText = Math.max(1, textLength(body));
	const headline = document.querySelector('h1');
	const selector = [...CHROME_TAGS, ...CHROME_ROLES.map((role) => `[role="${role}"]`), '[class]', '[id]', '[hidden]', '[aria-hidden]', '[style]'].join(',');
	for (const element of Array.from(body.querySelectorAll(selector))) {
		if (!element.isConnected) continue;
		const tag = element.tagName.toLowerCase();
		const chrome =
			CHROME_TAGS.includes(tag) || CHROME_ROLES.includes(element.getAttribute('role') ?? '') || namesChrome(element) || isHidden(element);
		if (!chrome) continue;
		if (headline && element.contains(headline)) continue;
		if (textLength(element) > pageText * MAX_SHARE_OF_TEXT) continue;
		element.remove();
	}
}
