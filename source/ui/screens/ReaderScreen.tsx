import { Box, Text } from 'ink';
import { useKeys } from '../hooks/use-keys.js';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { LoadedArticle } from '../../library/load.js';
import { columnWidth, layoutArticle, type Layout, type LayoutLine } from '../../core/layout.js';
import { currentPage, pageCount, progressOf, type PagerMove } from '../../core/pager.js';
import { moveReader, positionAt, topFor, type ReaderPosition } from '../../core/reader-view.js';
import { fit, truncate } from '../../core/fit.js';
import { sanitizeInline } from '../../core/sanitize.js';
import { commandFor, type CommandId } from '../keymap.js';
import { readingMinutes, type ReadingPositions } from '../reading-positions.js';
import type { Theme } from '../theme.js';

export interface ReaderScreenProps {
	readonly entry: LoadedArticle;
	readonly positions: ReadingPositions;
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
	/** False while an overlay (help) owns the keys. */
	readonly isActive: boolean;
	readonly onSibling: (delta: number) => void;
	/** Called after the reading position was saved, so the library can show the new progress. */
	readonly onPositionSaved?: () => void;
	/** Registers work to run if the process ends while this screen is open (a signal, a crash, Ctrl-Z). */
	readonly beforeExit?: (hook: () => void) => () => void;
}

/** Title and meta line above the text, status line below, and one row left free (see DESIGN: Ink clears on a full screen). */
const CHROME_ROWS = 4;
const POSITION_SAVE_DELAY_MS = 400;

interface ReaderState {
	readonly position: ReaderPosition | null;
	readonly unfold: boolean;
	/** Digits typed before `%`. */
	readonly count: string;
}

type ReaderAction =
	| { type: 'move'; move: PagerMove; layout: Layout; pageHeight: number }
	| { type: 'percent'; layout: Layout; pageHeight: number }
	| { type: 'count'; digit: string }
	| { type: 'toggle-fold' }
	| { type: 'clear-count' };

function readerReducer(state: ReaderState, action: ReaderAction): ReaderState {
	switch (action.type) {
		case 'move': {
			const from = state.position ?? positionAt(action.layout, 0, action.pageHeight);
			return { ...state, count: '', position: moveReader(from, action.layout, action.pageHeight, action.move) };
		}
		case 'percent': {
			const move: PagerMove = { type: 'percent', percent: state.count === '' ? 0 : Number(state.count) };
			return readerReducer(state, { type: 'move', move, layout: action.layout, pageHeight: action.pageHeight });
		}
		case 'count':
			return { ...state, count: (state.count + action.digit).slice(-3) };
		case 'toggle-fold':
			return { ...state, count: '', unfold: !state.unfold };
		case 'clear-count':
			return state.count === '' ? state : { ...state, count: '' };
	}
}

const MOVES: Partial<Record<CommandId, PagerMove>> = {
	'reader.pageForward': { type: 'page', by: 1 },
	'reader.pageBack': { type: 'page', by: -1 },
	'reader.lineDown': { type: 'line', by: 1 },
	'reader.lineUp': { type: 'line', by: -1 },
	'reader.halfPageDown': { type: 'half-page', by: 1 },
	'reader.halfPageUp': { type: 'half-page', by: -1 },
	'reader.start': { type: 'start' },
	'reader.end': { type: 'end' },
};

export function ReaderScreen({ entry, positions, theme, columns, rows, isActive, onSibling, onPositionSaved, beforeExit }: ReaderScreenProps) {
	const { article } = entry;
	const width = columnWidth(columns);
	const margin = ' '.repeat(Math.max(0, Math.floor((columns - width) / 2)));
	const pageHeight = Math.max(1, rows - CHROME_ROWS);

	const [state, dispatch] = useReducer(readerReducer, undefined, (): ReaderState => {
		const saved = positions.position(entry.path);
		const anchor = saved ? Math.min(saved.offset, article.text.length) : 0;
		return { position: { anchor, top: -1, layoutWidth: -1, layoutLines: -1 }, unfold: false, count: '' };
	});
	const layout = useMemo(() => layoutArticle(article, { width, unfold: state.unfold }), [article, width, state.unfold]);
	const position = state.position ?? positionAt(layout, 0, pageHeight);
	const top = topFor(position, layout, pageHeight);
	const view = { top, lineCount: layout.lines.length, pageHeight };
	const progress = progressOf(view);

	const latest = useRef({ anchor: position.anchor, progress });
	latest.current = { anchor: position.anchor, progress };
	const save = useRef(() => {});
	save.current = () => {
		positions.setPosition(entry.path, { offset: latest.current.anchor, progress: latest.current.progress, fingerprint: article.fingerprint });
		onPositionSaved?.();
	};

	useEffect(() => {
		const timer = setTimeout(() => save.current(), POSITION_SAVE_DELAY_MS);
		return () => clearTimeout(timer);
	}, [position.anchor, progress]);
	useEffect(() => {
		const unregister = beforeExit?.(() => save.current());
		return () => {
			unregister?.();
			save.current();
		};
	}, [beforeExit]);

	useKeys(
		(input, key) => {
			const command = commandFor('reader', input, key);
			if (command === 'reader.count') return dispatch({ type: 'count', digit: input });
			if (command === 'reader.percent') return dispatch({ type: 'percent', layout, pageHeight });
			const move = command ? MOVES[command] : undefined;
			if (move) return dispatch({ type: 'move', move, layout, pageHeight });
			if (command === 'reader.toggleFold') return dispatch({ type: 'toggle-fold' });
			if (command === 'reader.nextArticle') return onSibling(1);
			if (command === 'reader.previousArticle') return onSibling(-1);
			dispatch({ type: 'clear-count' });
		},
		{ isActive },
	);

	const visible = layout.lines.slice(top, top + pageHeight);
	const meta = [article.source, article.byline, article.date, `${article.words.toLocaleString('en-US')} words`, `${readingMinutes(article.words)} min`]
		.filter((part): part is string => Boolean(part))
		.map(sanitizeInline)
		.join(' · ');
	const status = `page ${currentPage(view)}/${pageCount(view)} · ${Math.round(progress * 100)}%${state.count ? ` · ${state.count}%…` : ''}`;
	const hints = 'Space/b page · j/k line · F fold · ? help · q back';

	return (
		<Box flexDirection="column">
			<Text bold color={theme.title} wrap="truncate-end">
				{margin}
				{truncate(sanitizeInline(article.title), width)}
			</Text>
			<Text color={theme.muted} wrap="truncate-end">
				{margin}
				{truncate(meta, width)}
			</Text>
			{visible.map((line, index) => (
				<Text key={`${top + index}`} wrap="truncate-end">
					{margin}
					<ArticleLine line={line} article={entry.article} theme={theme} width={width} />
				</Text>
			))}
			{Array.from({ length: pageHeight - visible.length }, (_, index) => (
				<Text key={`filler-${index}`}> </Text>
			))}
			<Text wrap="truncate-end">
				{margin}
				<Text color={theme.accent}>{status}</Text>
				<Text color={theme.muted}>{fit('', Math.max(1, width - status.length - hints.length))}{width - status.length > hints.length ? hints : ''}</Text>
			</Text>
		</Box>
	);
}

interface ArticleLineProps {
	readonly line: LayoutLine;
	readonly article: LoadedArticle['article'];
	readonly theme: Theme;
	readonly width: number;
}

function ArticleLine({ line, article, theme, width }: ArticleLineProps) {
	if (line.kind === 'blank') return <Text> </Text>;
	if (line.kind === 'fold') {
		const firstParagraph = article.paragraphs[line.paragraph];
		const preview = firstParagraph ? sanitizeInline(article.text.slice(firstParagraph.start, firstParagraph.end)) : '';
		const count = line.folded ?? 1;
		const label = `▸ ${count} folded ${count === 1 ? 'paragraph' : 'paragraphs'} (F shows) · `;
		return (
			<Text color={theme.muted} dimColor>
				{label}
				{truncate(preview, Math.max(0, width - label.length))}
			</Text>
		);
	}
	const text = sanitizeInline(article.text.slice(line.start, line.end));
	switch (line.kind) {
		case 'title':
			return (
				<Text bold color={theme.title}>
					{text}
				</Text>
			);
		case 'dek':
			return <Text italic>{text}</Text>;
		case 'byline':
			return <Text color={theme.muted}>{text}</Text>;
		case 'caption':
		case 'boilerplate':
			return (
				<Text color={theme.muted} dimColor>
					{text}
				</Text>
			);
		default:
			return <Text>{text}</Text>;
	}
}
