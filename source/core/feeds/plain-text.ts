import { parseDocument } from '../import/dom.js';
import { paragraphsOf } from '../import/html-text.js';

/** The paragraphs of an HTML fragment (a feed item's content), as the import writes them. */
export function htmlParagraphs(html: string): string[] {
	const document = parseDocument(html);
	return paragraphsOf(document.body);
}

/** An HTML fragment as one line of text: entities decoded, tags dropped. */
export function htmlToPlainText(html: string): string {
	return htmlParagraphs(html).join(' ');
}
