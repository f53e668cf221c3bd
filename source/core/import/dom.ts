import { parseHTML } from 'linkedom';

/**
 * A whole document for any HTML, a fragment or nothing at all: linkedom builds `<html>` and `<body>` only
 * when the markup has them, and Readability needs both.
 */
export function parseDocument(html: string): Document {
	const { document } = parseHTML(html);
	if (document.documentElement?.tagName === 'HTML' && document.documentElement.querySelector('body')) return document;
	return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}
