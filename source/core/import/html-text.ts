// HTML → plain paragraphs: each block element is a paragraph, inline elements run together, white space is
// collapsed, `<q>` gets the quote marks a browser would draw, and what a reader cannot see is left out.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const BLOCKS = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
	'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
	'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

/** Never text a reader sees: code, embedded media, form controls. */
export const UNSEEN = new Set([
	'AUDIO', 'BUTTON', 'CANVAS', 'EMBED', 'HEAD', 'IFRAME', 'IMG', 'INPUT', 'LINK', 'MATH', 'META', 'NOSCRIPT',
	'OBJECT', 'OPTION', 'PICTURE', 'SCRIPT', 'SELECT', 'SOURCE', 'STYLE', 'SVG', 'TEMPLATE', 'TEXTAREA', 'TITLE', 'VIDEO',
]);

const QUOTE_MARKS = [
	['“', '”'],
	['‘', '’'],
] as const;

class ParagraphCollector {
	readonly paragraphs: string[] = [];
	#current = '';

	add(text: string): void {
		this.#current += text;
	}

	/** Ends the paragraph being collected, if it holds anything but white space. */
	end(): void {
		const paragraph = this.#current.replace(/\s+/g, ' ').trim();
		if (paragraph !== '') this.paragraphs.push(paragraph);
		this.#current = '';
	}
}

function walk(node: Node, out: ParagraphCollector, quoteDepth: number): void {
	if (node.nodeType === TEXT_NODE) {
		out.add(node.nodeValue ?? '');
		return;
	}
	if (node.nodeType !== ELEMENT_NODE) return;
	const element = node as Element;
	const tag = element.tagName.toUpperCase();
	if (UNSEEN.has(tag)) return;
	if (tag === 'BR') return out.end();
	if (tag === 'PRE') {
		out.end();
		for (const line of (element.textContent ?? '').split('\n')) {
			out.add(line);
			out.end();
		}
		return;
	}
	const block = BLOCKS.has(tag);
	if (block) out.end();
	if (tag === 'LI') out.add('• ');
	if (tag === 'TD' || tag === 'TH') out.add(' ');
	const marks = tag === 'Q' ? QUOTE_MARKS[quoteDepth % 2]! : null;
	if (marks) out.add(marks[0]);
	for (const child of Array.from(element.childNodes)) walk(child, out, marks ? quoteDepth + 1 : quoteDepth);
	if (marks) out.add(marks[1]);
	if (block) out.end();
}

/** The paragraphs of an element's content, in document order. */
export function paragraphsOf(root: Node): string[] {
	const out = new ParagraphCollector();
	walk(root, out, 0);
	out.end();
	return out.paragraphs;
}
