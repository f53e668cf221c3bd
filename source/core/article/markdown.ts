import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Parents } from 'mdast';
import type { TextRange } from '../text/range.js';

export type MarkupStyle = 'strong' | 'emphasis' | 'heading' | 'link' | 'code';

/**
 * How a Markdown article is shown, as ranges of its text: markers to hide (`# `, `**`, `[`, `](url)`), styles
 * over the words, links with their targets, list bullets to draw as •. The text itself is never rewritten, so
 * offsets (highlights, positions, quotes) stay on the file's text.
 */
export interface Markup {
	/** Sorted by start, not overlapping. */
	readonly hidden: readonly TextRange[];
	readonly styles: ReadonlyArray<TextRange & { readonly style: MarkupStyle }>;
	readonly links: ReadonlyArray<TextRange & { readonly url: string }>;
	/** The `-`, `*` or `+` of an unordered list item. */
	readonly bullets: readonly TextRange[];
}

const range = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }): TextRange | null => {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	return start === undefined || end === undefined ? null : { start, end };
};

/** The markers around a node's children: from its start to its first child, and from its last child to its end. */
function around(node: Parents): { inner: TextRange; markers: TextRange[] } | null {
	const outer = range(node);
	const first = node.children[0] ? range(node.children[0]) : null;
	const last = node.children.length > 0 ? range(node.children[node.children.length - 1]!) : null;
	if (!outer || !first || !last) return null;
	return { inner: { start: first.start, end: last.end }, markers: [{ start: outer.start, end: first.start }, { start: last.end, end: outer.end }] };
}

export function parseMarkup(text: string): Markup {
	const hidden: TextRange[] = [];
	const styles: Array<TextRange & { style: MarkupStyle }> = [];
	const links: Array<TextRange & { url: string }> = [];
	const bullets: TextRange[] = [];
	const visit = (node: Nodes, unorderedList: boolean) => {
		switch (node.type) {
			case 'heading':
			case 'strong':
			case 'emphasis':
			case 'link': {
				const parts = around(node);
				if (!parts) break;
				hidden.push(...parts.markers);
				styles.push({ ...parts.inner, style: node.type === 'link' ? 'link' : node.type });
				if (node.type === 'link') links.push({ ...parts.inner, url: node.url });
				break;
			}
			case 'inlineCode': {
				const outer = range(node);
				if (!outer) break;
				const ticks = /^`+/.exec(text.slice(outer.start, outer.end))?.[0].length ?? 1;
				hidden.push({ start: outer.start, end: outer.start + ticks }, { start: outer.end - ticks, end: outer.end });
				styles.push({ start: outer.start + ticks, end: outer.end - ticks, style: 'code' });
				break;
			}
			case 'listItem': {
				const outer = range(node);
				if (outer && unorderedList && /^[-*+]\s/.test(text.slice(outer.start, outer.start + 2))) bullets.push({ start: outer.start, end: outer.start + 1 });
				break;
			}
			default:
				break;
		}
		if ('children' in node) for (const child of node.children) visit(child as Nodes, node.type === 'list' ? node.ordered !== true : unorderedList);
	};
	visit(fromMarkdown(text), false);
	const markers = hidden.filter((marker) => marker.end > marker.start).sort((a, b) => a.start - b.start);
	const merged: TextRange[] = [];
	for (const marker of markers) {
		const last = merged[merged.length - 1];
		if (last && marker.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, marker.end) };
		else merged.push(marker);
	}
	return { hidden: merged, styles, links, bullets };
}
