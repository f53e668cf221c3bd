import { Box, Text } from 'ink';
import { useMemo, useRef } from 'react';
import { filterNotes, groupNotes, type NoteEntry } from '../../../core/annotations/notes.js';
import { fit, truncate } from '../../../core/text/fit.js';
import { inQuotes } from '../../../core/annotations/citation.js';
import { sanitizeInline } from '../../../core/text/sanitize.js';
import type { NotesData } from '../../../library/notes.js';
import { commandFor } from '../../keys/keymap.js';
import { KeyPriority } from '../../keys/KeypressProvider.js';
import { useKeypress } from '../../keys/use-keypress.js';
import { useSyncReducer } from '../../hooks/use-sync-reducer.js';
import { editQuery, FilterLine } from '../../components/FilterLine.js';
import type { Theme } from '../../theme.js';

export interface NotesScreenProps {
	/** Null while the highlights are being loaded. */
	readonly data: NotesData | null;
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
	readonly onOpen: (entry: NoteEntry) => void;
}

interface NotesState {
	readonly query: string;
	/** The filter field owns the keys while it is being typed in. */
	readonly filtering: boolean;
	readonly selected: number;
}

type NotesAction = Partial<NotesState> | ((state: NotesState) => Partial<NotesState>);

const notesReducer = (state: NotesState, action: NotesAction): NotesState => ({ ...state, ...(typeof action === 'function' ? action(state) : action) });

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
export function NotesScreen({ data, theme, columns, rows: terminalRows, onOpen }: NotesScreenProps) {
	const [{ query, filtering, selected }, dispatch, stateNow] = useSyncReducer(notesReducer, (): NotesState => ({ query: '', filtering: false, selected: 0 }));
	const filtered = useMemo(() => (data ? filterNotes(data.entries, query) : []), [data, query]);
	const { rows, entries } = useMemo(() => rowsOf(filtered), [filtered]);
	const current = Math.min(selected, Math.max(0, entries.length - 1));

	// Keys that arrive together are handled before React renders again: read the latest list from a ref.
	const listed = useRef({ entries, current });
	listed.current = { entries, current };

	useKeypress(
		({ input, key, paste }) => {
			const { filtering } = stateNow.current;
			const command = paste ? undefined : commandFor(filtering ? 'filter' : 'notes', input, key);
			const count = listed.current.entries.length;
			switch (command) {
				case 'notes.up':
				case 'filter.up':
					dispatch((state) => ({ selected: Math.max(0, Math.min(state.selected, count - 1) - 1) }));
					return true;
				case 'notes.down':
				case 'filter.down':
					dispatch((state) => ({ selected: Math.min(count - 1, state.selected + 1) }));
					return true;
				case 'notes.open': {
					const entry = listed.current.entries[listed.current.current];
					if (entry) onOpen(entry);
					return true;
				}
				case 'notes.filter':
					dispatch({ filtering: true });
					return true;
				case 'filter.done':
					dispatch({ filtering: false, selected: 0 });
					return true;
				case 'filter.clear':
					dispatch({ filtering: false, query: '', selected: 0 });
					return true;
				default:
					break;
			}
			if (!filtering || command === 'quit' || command === 'suspend') return false;
			dispatch((state) => ({ selected: 0, query: editQuery(state.query, input.replace(/[\r\n]+/g, ' '), key) }));
			return true;
		},
		{ priority: KeyPriority.screen },
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
					{query && !filtering ? ` · ${entries.length} ${entries.length === 1 ? 'match' : 'matches'} “${sanitizeInline(query)}”` : ''}
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
