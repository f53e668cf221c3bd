import { Box, Text } from 'ink';
import { useMemo, useRef, useState } from 'react';
import { filterNotes, groupNotes, type NoteEntry } from '../../core/annotations/notes.js';
import { fit, truncate } from '../../core/text/fit.js';
import { inQuotes } from '../../core/annotations/citation.js';
import { sanitizeInline } from '../../core/text/sanitize.js';
import type { NotesData } from '../../library/notes.js';
import { commandFor } from '../keymap.js';
import { useKeys } from '../hooks/use-keys.js';
import { editQuery, FilterLine } from '../components/FilterLine.js';
import type { Theme } from '../theme.js';

export interface NotesScreenProps {
	/** Null while the highlights are being loaded. */
	readonly data: NotesData | null;
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
	readonly isActive: boolean;
	readonly onOpen: (entry: NoteEntry) => void;
	/** The filter field owns the keys while it is being typed in. */
	readonly onFilteringChange: (filtering: boolean) => void;
}

type Row = { type: 'heading'; title: string; count: number } | { type: 'entry'; entry: NoteEntry; index: number };

function rowsOf(entries: readonly NoteEntry[]): { rows: Row[]; entries: NoteEntry[] } {
	const rows: Row[] = [];
	const ordered: NoteEntry[] = [];
	for (const group of groupNotes(entries)) {
		rows.push({ type: 'heading', title: group.title, count: group.entries.length });
		for (const entry of group.entries) {
			rows.push({ type: 'entry', entry, index: ordered.length });
			ordered.push(entry);
		}
	}
	return { rows, entries: ordered };
}

const day = (iso: string) => iso.slice(0, 10);

/** Every highlight and note across the library, grouped by article, newest first, with a fuzzy filter. */
export function NotesScreen({ data, theme, columns, rows: terminalRows, isActive, onOpen, onFilteringChange }: NotesScreenProps) {
	const [query, setQuery] = useState('');
	const [filtering, setFiltering] = useState(false);
	const [selected, setSelected] = useState(0);
	const filtered = useMemo(() => (data ? filterNotes(data.entries, query) : []), [data, query]);
	const { rows, entries } = useMemo(() => rowsOf(filtered), [filtered]);
	const current = Math.min(selected, Math.max(0, entries.length - 1));

	// Keys that arrive together are handled before React renders again: read the latest values from refs.
	const filteringNow = useRef(filtering);
	const listed = useRef({ entries, current });
	listed.current = { entries, current };
	const setFilteringMode = (on: boolean) => {
		filteringNow.current = on;
		setFiltering(on);
		onFilteringChange(on);
	};

	useKeys(
		(input, key) => {
			const filtering = filteringNow.current;
			const command = commandFor(filtering ? 'filter' : 'notes', input, key);
			switch (command) {
				case 'notes.up':
					return setSelected((index) => Math.max(0, Math.min(index, listed.current.entries.length - 1) - 1));
				case 'notes.down':
					return setSelected((index) => Math.min(listed.current.entries.length - 1, index + 1));
				case 'notes.open': {
					const entry = listed.current.entries[listed.current.current];
					return entry ? onOpen(entry) : undefined;
				}
				case 'notes.filter':
					return setFilteringMode(true);
				case 'filter.done':
					setSelected(0);
					return setFilteringMode(false);
				case 'filter.clear':
					setQuery('');
					setSelected(0);
					return setFilteringMode(false);
				default:
					break;
			}
			if (!filtering) return;
			setSelected(0);
			setQuery((value) => editQuery(value, input, key));
		},
		{ isActive },
	);

	const width = Math.max(20, columns - 2);
	const notices = data?.notices.slice(0, 2) ?? [];
	// Header, filter line, notices, hints, and the spare row Ink needs.
	const room = Math.max(1, terminalRows - 4 - notices.length);
	const selectedRow = rows.findIndex((row) => row.type === 'entry' && row.index === current);
	const first = Math.max(0, Math.min(selectedRow - Math.floor(room / 2), rows.length - room));
	const shown = rows.slice(first, first + room);
	const total = data?.entries.length ?? 0;

	return (
		<Box flexDirection="column" paddingLeft={1}>
			<Text wrap="truncate-end">
				<Text bold color={theme.accent}>
					Highlights & notes
				</Text>
				<Text color={theme.muted}>
					{' '}
					· {total} {total === 1 ? 'highlight' : 'highlights'}
					{query && !filtering ? ` · ${entries.length} match “${sanitizeInline(query)}”` : ''}
				</Text>
			</Text>
			<FilterLine query={query} filtering={filtering} theme={theme} />
			{data === null ? <Text color={theme.muted}>Loading highlights…</Text> : null}
			{data !== null && total === 0 ? (
				<Text color={theme.muted}>No highlights yet. In the reader, H highlights the focused sentence or quote, v selects, a adds a note.</Text>
			) : null}
			{data !== null && total > 0 && entries.length === 0 ? <Text color={theme.muted}>Nothing matches.</Text> : null}
			{shown.map((row, offset) => {
				if (row.type === 'heading') {
					return (
						<Text key={`h-${first + offset}`} bold wrap="truncate-end">
							{truncate(sanitizeInline(row.title), width - 6)} <Text color={theme.muted}>({row.count})</Text>
						</Text>
					);
				}
				const { entry } = row;
				const isSelected = row.index === current;
				const orphan = entry.state === 'orphaned';
				const note = entry.note ? ` — ✎ ${entry.note.replace(/\s*\n\s*/g, ' ')}` : '';
				const tag = orphan ? ' [not found in the text]' : '';
				const prefix = `${isSelected ? '› ' : '  '}${day(entry.updated)} `;
				return (
					<Text key={entry.id} wrap="truncate-end" inverse={isSelected && theme.name === 'mono'}>
						<Text color={isSelected ? theme.selection : theme.muted} bold={isSelected}>
							{prefix}
						</Text>
						<Text color={orphan ? theme.warning : undefined}>
							{fit(sanitizeInline(`${inQuotes(entry.exact)}${note}${tag}`), width - prefix.length)}
						</Text>
					</Text>
				);
			})}
			{notices.map((notice) => (
				<Text key={notice} color={theme.warning} wrap="truncate-end">
					{sanitizeInline(notice)}
				</Text>
			))}
			<Text color={theme.muted} wrap="truncate-end">
				↑↓ j/k move · Enter open at the highlight · / filter · ? help · q back
			</Text>
		</Box>
	);
}
