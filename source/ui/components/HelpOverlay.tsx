import { Box, Text } from 'ink';
import { bindingsFor, KEYMAP, MODE_TITLES, type Mode } from '../keys/keymap.js';
import { fit } from '../../core/text/fit.js';
import type { Theme } from '../theme.js';
import { QUERY_SYNTAX } from '../screens/search/query-syntax.js';

export interface HelpOverlayProps {
	/** The screen the help is for; the reader's help also lists its modal modes. */
	readonly mode: 'library' | 'reader' | 'notes' | 'search' | 'people';
	readonly theme: Theme;
	readonly rows: number;
	readonly columns: number;
	/** Rows scrolled down, when the keys do not fit. */
	readonly scroll: number;
}

/** Keys and descriptions are never cut: a column is as wide as its longest row, and one column fills the screen. */
const MAX_KEYS_WIDTH = 22;

type HelpRow = { heading: string } | { keys: string; description: string };

export function helpRows(mode: 'library' | 'reader' | 'notes' | 'search' | 'people'): HelpRow[] {
	const section = (m: Mode): HelpRow[] => [
		{ heading: MODE_TITLES[m] },
		...KEYMAP.filter((binding) => binding.mode === m).map(({ keys, description }) => ({ keys, description })),
	];
	const own = bindingsFor(mode).filter((binding) => binding.mode === mode);
	const rows: HelpRow[] = [{ heading: `${MODE_TITLES[mode]} keys` }, ...own.map(({ keys, description }) => ({ keys, description }))];
	rows.push(...section('global'));
	if (mode === 'reader') rows.push(...section('find'), ...section('select'), ...section('speakers'), ...section('pick'), ...section('note'), ...section('unsaved'), ...section('saveOffer'));
	if (mode === 'search') rows.push(...section('searchQuery'), { heading: 'What to type' }, ...QUERY_SYNTAX);
	if (mode === 'people') rows.push(...section('person'), ...section('pick'));
	if (mode === 'notes') rows.push(...section('orphan'), ...section('note'), ...section('unsaved'));
	if (mode === 'notes' || mode === 'library' || mode === 'people') rows.push(...section('filter'));
	if (mode === 'library') rows.push(...section('add'), ...section('job'));
	return rows;
}

/** Generated from the keymap, so it cannot disagree with what the keys do. Columns when wide, scrolling when tall. */
export function HelpOverlay({ mode, theme, rows, columns, scroll }: HelpOverlayProps) {
	const all = helpRows(mode);
	// Title, blank, footer, and the spare row Ink needs.
	const room = Math.max(1, rows - 4);
	const keysWidth = Math.min(MAX_KEYS_WIDTH, Math.max(...all.map((row) => ('keys' in row ? row.keys.length : 0))) + 2);
	const columnWidth = keysWidth + Math.max(...all.map((row) => ('keys' in row ? row.description.length : row.heading.length)));
	const columnCount = Math.max(1, Math.min(3, Math.floor((columns - 4) / (columnWidth + 2))));
	const perPage = room * columnCount;
	const maxScroll = Math.max(0, all.length - perPage);
	const first = Math.min(scroll, maxScroll);
	const shown = all.slice(first, first + perPage);
	const columnsOfRows = Array.from({ length: columnCount }, (_, index) => shown.slice(index * room, (index + 1) * room));
	const width = columnCount === 1 ? columns - 4 : columnWidth;
	return (
		<Box flexDirection="column" paddingLeft={2}>
			<Text bold color={theme.accent}>
				Help
			</Text>
			<Text> </Text>
			<Box flexDirection="row">
				{columnsOfRows.map((column, columnIndex) => (
					<Box key={columnIndex} flexDirection="column" width={width + 2}>
						{column.map((row, index) =>
							'heading' in row ? (
								<Text key={index} bold wrap="truncate-end">
									{row.heading}
								</Text>
							) : (
								<Text key={index} wrap="truncate-end">
									<Text color={theme.accent}>{fit(row.keys, keysWidth)}</Text>
									{fit(row.description, width - keysWidth)}
								</Text>
							),
						)}
					</Box>
				))}
			</Box>
			<Text color={theme.muted} wrap="truncate-end">
				{maxScroll > 0 ? `↓↑ scroll (${first + shown.length}/${all.length}) · ` : ''}? q Esc Enter close help
			</Text>
		</Box>
	);
}
