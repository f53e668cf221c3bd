import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import { fit, truncate } from '../../../core/text/fit.js';
import { sanitizeInline } from '../../../core/text/sanitize.js';
import type { IndexingState } from '../../app/use-library-index.js';
import type { Theme } from '../../theme.js';
import { HitSnippet } from './HitSnippet.js';
import { QUERY_SYNTAX } from './query-syntax.js';
import type { SearchState } from './search-state.js';
import type { LibraryHit } from './use-search.js';

export interface SearchScreenProps {
	readonly state: SearchState<LibraryHit>;
	/** False where there is no library index to search (some tests). */
	readonly available: boolean;
	readonly indexing: IndexingState | null;
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
}

const KIND_WIDTH = 8;
const PREFIX = 2;

/** Header, query, hints, and the row Ink needs free. */
const CHROME_ROWS = 4;

/** How many rows of hits the screen shows: what PgDn moves. */
export function searchPage(rows: number): number {
	return Math.max(1, rows - CHROME_ROWS - 1);
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * Search over the whole library: the query typed at the top, the hits below grouped by article, each with
 * its kind and one line of its text with the matched words marked. The state is the App's (use-search).
 */
export function SearchScreen({ state, available, indexing, theme, columns, rows }: SearchScreenProps) {
	const width = Math.max(20, columns - 2);
	const { results, query, typing } = state;
	const hits = results?.hits ?? [];
	const selected = Math.min(state.selected, Math.max(0, hits.length - 1));

	const lines: { key: string; node: ReactElement; hit: number | null }[] = [];
	let hitIndex = 0;
	for (const group of results?.groups ?? []) {
		lines.push({
			key: `g-${group.file}`,
			hit: null,
			node: (
				<Text bold wrap="truncate-end">
					{truncate(sanitizeInline(group.title), width - 6)} <Text color={theme.muted}>({group.hits.length})</Text>
				</Text>
			),
		});
		for (const hit of group.hits) {
			const index = hitIndex++;
			const isSelected = index === selected;
			lines.push({
				key: `h-${index}`,
				hit: index,
				node: (
					<Text wrap="truncate-end" inverse={isSelected && theme.name === 'mono'}>
						<Text color={isSelected ? theme.selection : theme.muted} bold={isSelected}>
							{isSelected ? '› ' : '  '}
							{fit(hit.kind, KIND_WIDTH)}
						</Text>
						<HitSnippet snippet={hit.snippet} width={width - PREFIX - KIND_WIDTH} />
					</Text>
				),
			});
		}
	}
	const room = searchPage(rows);
	const at = lines.findIndex((line) => line.hit === selected);
	// The selected hit in view, with its article's title above it where there is room.
	let first = Math.max(0, Math.min(at - Math.floor(room / 3), lines.length - room));
	if (at >= 0 && at < first) first = at;
	const shown = lines.slice(first, first + room);

	const articles = results?.groups.length ?? 0;
	const summary = !available
		? ' · not available without the library index'
		: state.error
			? ` · ${state.error}`
			: state.searching
				? indexing
					? ' · searching once the library is indexed'
					: ' · searching…'
				: results
					? hits.length === 0
						? ` · nothing found for “${sanitizeInline(results.query)}”`
						: ` · ${count(hits.length, 'hit', 'hits')} in ${count(articles, 'article', 'articles')}`
					: '';
	const building = indexing && !indexing.checking && indexing.total > 0 ? ` · indexing ${indexing.done.toLocaleString('en-US')} of ${indexing.total.toLocaleString('en-US')}` : '';
	const hints = typing ? 'Enter read at the hit · ↑↓ move · Esc to the hits · ? help' : 'Enter read · ↑↓ j/k move · / change the query · s new search · q back';

	return (
		<Box flexDirection="column" paddingLeft={1}>
			<Text wrap="truncate-end">
				<Text bold color={theme.accent}>
					Search
				</Text>
				<Text color={state.error ? theme.warning : theme.muted}>
					{summary}
					{building}
				</Text>
			</Text>
			<Text wrap="truncate-end">
				<Text color={theme.accent}>{'s› '}</Text>
				{sanitizeInline(query)}
				{typing ? <Text inverse> </Text> : <Text color={theme.muted}> (/ changes it)</Text>}
			</Text>
			{query.trim() === '' && !results ? (
				<Box flexDirection="column" marginTop={1}>
					<Text color={theme.muted}>The text, quotes, speakers and notes of the whole library:</Text>
					{QUERY_SYNTAX.slice(0, Math.max(0, room - 2)).map((row) => (
						<Text key={row.keys} wrap="truncate-end">
							<Text color={theme.accent}>{fit(row.keys, 24)}</Text>
							<Text color={theme.muted}>{row.description}</Text>
						</Text>
					))}
				</Box>
			) : null}
			{shown.map((line) => (
				<Box key={line.key}>{line.node}</Box>
			))}
			<Text color={theme.muted} wrap="truncate-end">
				{hints}
			</Text>
		</Box>
	);
}
