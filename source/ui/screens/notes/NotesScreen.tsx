import { Box, Text } from 'ink';
import { useMemo, useRef, type ReactElement } from 'react';
import { filterNotes, groupNotes, type NoteEntry } from '../../../core/annotations/notes.js';
import { noteDraftReducer, openDraft, type NoteDraft } from '../../../core/annotations/note-draft.js';
import { inQuotes } from '../../../core/annotations/citation.js';
import { truncate } from '../../../core/text/fit.js';
import { sanitizeInline } from '../../../core/text/sanitize.js';
import type { NotesData } from '../../../library/notes.js';
import type { Store, StoredHighlight } from '../../../store/index.js';
import { changeStore, madeMessage } from '../../store-change.js';
import { useSavedNow } from '../../hooks/use-saved-now.js';
import { editQuery, FilterLine } from '../../components/FilterLine.js';
import { NoteEditor } from '../../components/NoteEditor.js';
import { noteKey } from '../../components/note-editor-keys.js';
import { useDraftKeeping } from '../../hooks/use-draft-keeping.js';
import { useSyncReducer } from '../../hooks/use-sync-reducer.js';
import { commandFor } from '../../keys/keymap.js';
import { KeyPriority } from '../../keys/KeypressProvider.js';
import { useKeypress } from '../../keys/use-keypress.js';
import type { Theme } from '../../theme.js';
import { entryLines } from './entry-lines.js';

/** What the notes screen writes: notes, deletions and their undo, drafts. */
export type NotesStore = Pick<Store, 'setNote' | 'removeHighlight' | 'restoreHighlight' | 'draft' | 'keepDraft' | 'dropDraft' | 'watchSaving'>;

export interface NotesScreenProps {
	/** Null while the highlights are being loaded. */
	readonly data: NotesData | null;
	readonly store: NotesStore;
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
	readonly onOpen: (entry: NoteEntry) => void;
	/** Called after a write, so the list is read again. */
	readonly onChanged: () => void;
	readonly beforeExit?: (hook: () => void) => () => void;
}

interface NotesState {
	readonly query: string;
	/** The filter field owns the keys while it is being typed in. */
	readonly filtering: boolean;
	readonly selected: number;
	/** An orphan shown on its own (Enter on it). */
	readonly detail: boolean;
	/** The note being written, and whose. */
	readonly note: NoteDraft | null;
	readonly editing: { readonly id: string; readonly file: string } | null;
	readonly message: string | null;
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
const DATE_PREFIX = '› 2026-01-01 '.length;

/**
 * Every highlight and note across the library, grouped by article, newest first, each with its words and its
 * note in full (wrapped); a fuzzy filter; a writes the note, x deletes and U undoes, Enter opens the reader
 * at the highlight, or shows a highlight no longer found in its article.
 */
export function NotesScreen({ data, store, theme, columns, rows: terminalRows, onOpen, onChanged, beforeExit }: NotesScreenProps) {
	const [state, dispatch, stateNow] = useSyncReducer(
		notesReducer,
		(): NotesState => ({ query: '', filtering: false, selected: 0, detail: false, note: null, editing: null, message: null }),
	);
	const { query, filtering, selected } = state;
	const filtered = useMemo(() => (data ? filterNotes(data.entries, query) : []), [data, query]);
	const { rows, entries } = useMemo(() => rowsOf(filtered), [filtered]);
	const current = Math.min(selected, Math.max(0, entries.length - 1));
	const undo = useRef<StoredHighlight[]>([]);
	const drafts = useDraftKeeping({ store, file: state.editing?.file ?? '', draft: state.note, beforeExit });

	// Keys that arrive together are handled before React renders again: read the latest list from a ref.
	const listed = useRef({ entries, current });
	listed.current = { entries, current };
	const say = (message: string | null) => dispatch({ message });
	useSavedNow(store, () => stateNow.current.message, say);

	const remove = (entry: NoteEntry) => {
		const deleted = changeStore(() => store.removeHighlight(entry.id));
		if (!deleted.made) return say(`Not deleted: ${deleted.reason}`);
		if (deleted.result) undo.current.push(deleted.result);
		// The next key of the same chunk acts on the list as it is now (`xx` deletes two), not as last rendered.
		const left = listed.current.entries.filter((other) => other.id !== entry.id);
		listed.current = { entries: left, current: Math.min(listed.current.current, Math.max(0, left.length - 1)) };
		dispatch({ detail: false, message: madeMessage('Highlight deleted · U undoes', deleted.unsaved) });
		onChanged();
	};
	const openNote = (entry: NoteEntry) => {
		const target = { start: entry.start, end: entry.end };
		dispatch({ note: openDraft(target, entry.id, entry.note, store.draft(entry.file, target)?.text ?? null), editing: { id: entry.id, file: entry.file }, message: null });
	};
	const closeNote = (message: string) => {
		const { note } = stateNow.current;
		if (note) drafts.forget(note.target);
		dispatch({ note: null, editing: null, message });
	};
	const saveNote = () => {
		const { note, editing } = stateNow.current;
		if (!note || !editing) return;
		const text = note.edit.value.trim();
		const saved = changeStore(() => store.setNote(editing.id, text));
		if (!saved.made) return say(`Note not saved (${saved.reason}): Enter tries again, Esc discards`);
		closeNote(text === '' ? madeMessage('Note removed', saved.unsaved) : madeMessage('Note saved', saved.unsaved, 'Note written'));
		onChanged();
	};

	useKeypress(
		(press) => {
			const now = stateNow.current;
			const { input, key, paste } = press;
			const entry = listed.current.entries[listed.current.current];
			if (now.note) {
				const result = noteKey(now.note, press);
				if (result.type === 'pass') return false;
				if (result.type === 'draft') dispatch((state) => ({ note: state.note && noteDraftReducer(state.note, result.action) }));
				if (result.type === 'save') saveNote();
				if (result.type === 'close') closeNote('Note not changed');
				return true;
			}
			if (now.message !== null) dispatch({ message: null });
			if (now.detail) {
				const command = commandFor('orphan', input, key);
				if (command === 'quit' || command === 'suspend') return false;
				if (command === 'orphan.back') dispatch({ detail: false });
				if (command === 'orphan.delete' && entry) remove(entry);
				if (command === 'orphan.note' && entry) openNote(entry);
				return true;
			}
			const command = paste ? undefined : commandFor(now.filtering ? 'filter' : 'notes', input, key);
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
				case 'notes.open':
					if (entry?.state === 'orphaned') dispatch({ detail: true });
					else if (entry) onOpen(entry);
					return true;
				case 'notes.filter':
					dispatch({ filtering: true });
					return true;
				case 'notes.note':
					if (entry) openNote(entry);
					return true;
				case 'notes.delete':
					if (entry) remove(entry);
					return true;
				case 'notes.undo': {
					const last = undo.current.pop();
					if (!last) {
						say('Nothing to undo');
						return true;
					}
					const restored = changeStore(() => store.restoreHighlight(last));
					if (restored.made) {
						say(madeMessage('Highlight restored', restored.unsaved));
						onChanged();
					} else {
						undo.current.push(last);
						say(`Not restored: ${restored.reason}`);
					}
					return true;
				}
				case 'filter.done':
					dispatch({ filtering: false, selected: 0 });
					return true;
				case 'filter.clear':
					dispatch({ filtering: false, query: '', selected: 0 });
					return true;
				default:
					break;
			}
			if (!now.filtering || command === 'quit' || command === 'suspend') return false;
			dispatch((state) => ({ selected: 0, query: editQuery(state.query, input.replace(/[\r\n]+/g, ' '), key) }));
			return true;
		},
		{ priority: KeyPriority.screen },
	);

	const width = Math.max(20, columns - 2);
	const notices = data?.notices.slice(0, 2) ?? [];
	const editorHeight = state.note ? Math.min(10, Math.max(5, terminalRows - 8)) : 0;
	// Header, filter line, notices, the message and hints, and the spare row Ink needs.
	const room = Math.max(1, terminalRows - 5 - notices.length - editorHeight);
	const textWidth = width - DATE_PREFIX;
	const selectedEntry = entries[current];

	// Every row drawn in full: the list scrolls by lines, keeping the selected highlight's lines in view.
	const lines: Array<{ key: string; node: ReactElement; entry: number | null }> = [];
	for (const [rowIndex, row] of rows.entries()) {
		if (row.type === 'heading') {
			lines.push({
				key: `h-${rowIndex}`,
				entry: null,
				node: (
					<Text bold wrap="truncate-end">
						{truncate(sanitizeInline(row.title), width - 6)} <Text color={theme.muted}>({row.count})</Text>
					</Text>
				),
			});
			continue;
		}
		const { entry } = row;
		const isSelected = row.index === current;
		const orphan = entry.state === 'orphaned';
		for (const [index, line] of entryLines(entry, textWidth).entries()) {
			const prefix = index === 0 ? `${isSelected ? '›' : ' '} ${day(entry.updated)} ` : ' '.repeat(DATE_PREFIX);
			lines.push({
				key: `${entry.id}-${index}`,
				entry: row.index,
				node: (
					<Text wrap="truncate-end" inverse={isSelected && theme.name === 'mono' && index === 0}>
						<Text color={isSelected ? theme.selection : theme.muted} bold={isSelected}>
							{prefix}
						</Text>
						<Text color={line.kind === 'tag' || (orphan && line.kind === 'words') ? theme.warning : line.kind === 'note' ? theme.accent : undefined}>{line.text}</Text>
					</Text>
				),
			});
		}
	}
	const firstOfSelected = lines.findIndex((line) => line.entry === current);
	const lastOfSelected = lines.length - 1 - [...lines].reverse().findIndex((line) => line.entry === current);
	let first = Math.max(0, Math.min(firstOfSelected - Math.floor(room / 3), lines.length - room));
	if (lastOfSelected >= first + room) first = Math.max(0, lastOfSelected - room + 1);
	if (firstOfSelected >= 0 && firstOfSelected < first) first = firstOfSelected;
	const shown = lines.slice(first, first + room);
	const total = data?.entries.length ?? 0;

	if (state.detail && selectedEntry) {
		return (
			<Box flexDirection="column" paddingLeft={1}>
				<Text bold color={theme.warning}>
					Not found in the text any more
				</Text>
				<Text color={theme.muted} wrap="truncate-end">
					{sanitizeInline(selectedEntry.title)} · highlighted {day(selectedEntry.created)}
				</Text>
				<Text> </Text>
				<Text wrap="wrap">{sanitizeInline(inQuotes(selectedEntry.exact))}</Text>
				{selectedEntry.note ? <Text color={theme.accent} wrap="wrap">✎ {sanitizeInline(selectedEntry.note.replace(/\s*\n\s*/g, ' ⏎ '))}</Text> : null}
				<Text> </Text>
				<Text color={theme.muted} wrap="wrap">
					The words were highlighted in a version of the article that has changed since; they are kept as saved.
				</Text>
				{state.note ? (
					<NoteEditor draft={state.note} subject={truncate(sanitizeInline(inQuotes(selectedEntry.exact)), 42)} width={Math.min(width, 80)} height={editorHeight} theme={theme} />
				) : null}
				<Text color={theme.accent} wrap="truncate-end">
					{state.message ?? ''}
				</Text>
				<Text color={theme.muted} wrap="truncate-end">
					x delete it · a edit its note · Esc back to the list
				</Text>
			</Box>
		);
	}

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
			{shown.map((line) => (
				<Box key={line.key}>{line.node}</Box>
			))}
			{notices.map((notice) => (
				<Text key={notice} color={theme.warning} wrap="truncate-end">
					{sanitizeInline(notice)}
				</Text>
			))}
			{state.note && selectedEntry ? (
				<NoteEditor draft={state.note} subject={truncate(sanitizeInline(inQuotes(selectedEntry.exact)), 42)} width={Math.min(width, 80)} height={editorHeight} theme={theme} />
			) : null}
			<Text color={theme.accent} wrap="truncate-end">
				{state.note ? (state.note.confirming ? 'The note changed: s save · d discard · Esc keep editing' : (state.message ?? 'Enter saves · Alt-Enter or Ctrl-J new line · Esc closes')) : (state.message ?? '')}
			</Text>
			<Text color={theme.muted} wrap="truncate-end">
				↑↓ move · Enter open · a note · x delete · U undo · / filter · ? help · q back
			</Text>
		</Box>
	);
}
