import { Text } from 'ink';
import type { Article } from '../../core/article/article.js';
import { styleRange, type Decoration } from '../../core/reader/decorations.js';
import type { LayoutLine } from '../../core/reader/layout.js';
import { truncate } from '../../core/text/fit.js';
import { visibleText } from '../../core/text/hidden.js';
import { sanitizeInline } from '../../core/text/sanitize.js';
import { textStyle } from '../palette.js';
import type { Theme } from '../theme.js';

export interface ArticleLineProps {
	readonly line: LayoutLine;
	readonly article: Article;
	readonly decorations: readonly Decoration[];
	readonly theme: Theme;
	readonly width: number;
	/** Columns left of the text; the last two hold the focus marker. */
	readonly marginWidth: number;
	readonly showQuotes: boolean;
	readonly focused: boolean;
}

const FOCUS_MARKER = '▌ ';

/** One row of the reader: the margin with the focus marker, then the line's text cut at every style change. */
export function ArticleLine({ line, article, decorations, theme, width, marginWidth, showQuotes, focused }: ArticleLineProps) {
	const margin = ' '.repeat(Math.max(0, marginWidth - FOCUS_MARKER.length));
	const gutter = focused ? <Text color={theme.accent}>{FOCUS_MARKER}</Text> : '  ';
	if (line.kind === 'blank') return <Text> </Text>;
	if (line.kind === 'fold') {
		const firstParagraph = article.paragraphs[line.paragraph];
		const preview = firstParagraph ? sanitizeInline(visibleText(article.text, firstParagraph.start, firstParagraph.end, article.markup?.hidden)) : '';
		const count = line.folded ?? 1;
		const label = `▸ ${count} folded ${count === 1 ? 'paragraph' : 'paragraphs'} (F shows) · `;
		return (
			<Text wrap="truncate-end">
				{margin}
				{gutter}
				<Text color={theme.muted} dimColor>
					{label}
					{truncate(preview, Math.max(0, width - label.length))}
				</Text>
			</Text>
		);
	}
	const kindStyle =
		line.kind === 'title'
			? { bold: true, color: theme.title }
			: line.kind === 'dek'
				? { italic: true }
				: line.kind === 'byline'
					? { color: theme.muted }
					: line.kind === 'caption' || line.kind === 'boilerplate'
						? { color: theme.muted, dimColor: true }
						: {};
	const segments = styleRange(line.start, line.end, decorations);
	return (
		<Text wrap="truncate-end">
			{margin}
			{gutter}
			<Text {...kindStyle}>
				{segments.map((segment) =>
					segment.style.hidden ? null : (
						<Text key={segment.start} {...textStyle(segment.style, theme, showQuotes)}>
							{segment.style.bullet ? '•' : sanitizeInline(article.text.slice(segment.start, segment.end))}
						</Text>
					),
				)}
			</Text>
			{segments.some((segment) => segment.noteMarker) ? <Text color={theme.accent}> ✎</Text> : null}
		</Text>
	);
}
