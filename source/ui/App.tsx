import { Box, Text, useApp, type Key } from 'ink';
import { useKeys } from './hooks/use-keys.js';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { nextSort, orderLibrary, type LibraryRow, type LibrarySort } from '../core/library/order.js';
import type { LibraryListing, LoadedArticle } from '../library/load.js';
import type { NotesData } from '../library/notes.js';
import type { NoteEntry } from '../core/annotations/notes.js';
import type { TextRange } from '../core/text/range.js';
import { commandFor, type CommandId, type Mode } from './keymap.js';
import { NotesScreen } from './screens/NotesScreen.js';
import { editQuery } from './components/FilterLine.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { LibraryScreen } from './screens/LibraryScreen.js';
import { ReaderScreen, reloadQuietly } from './screens/ReaderScreen.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { Theme } from './theme.js';
import type { Store } from '../store/index.js';
import type { CopyResult } from './clipboard.js';
import type { ReaderMode, ReaderStore } from './screens/ReaderScreen.js';

/** What the app needs of the store. */
export type AppStore = ReaderStore & Pick<Store, 'settings' | 'setSetting'>;

export interface AppProps {
	readonly listing: LibraryListing;
	readonly store: AppStore;
	readonly theme: Theme;
	/** System integration, injected so tests do not touch the real clipboard or browser. */
	readonly copy: (text: string) => CopyResult;
	readonly openUrl: (url: string) => CopyResult;
	/** The article as it is on disk now, or null when it has not changed since it was read. */
	readonly refreshArticle?: (entry: LoadedArticle) => Promise<LoadedArticle | null>;
	/** Every highlight in the store, anchored against its article; called each time the notes screen opens. */
	readonly loadNotes: () => Promise<NotesData>;
	/** Shown once on the library screen, e.g. that a damaged config file was set aside. */
	readonly notice?: string | null;
	/** Open this article (an index into the listing) straight away, as when one file is given. */
	readonly openAtStart?: number;
	/** Terminal control, absent in tests: suspend for Ctrl-Z, hooks to run before the process ends. */
	readonly session?: {
		suspend(): void;
		beforeExit(hook: () => void): () => void;
		on(event: 'resume', listener: () => void): unknown;
		off(event: 'resume', listener: () => void): unknown;
	};
}

export interface AppState {
	readonly screen: 'library' | 'reader' | 'notes';
	/** Where leaving the notes screen goes, and where leaving the reader goes. */
	readonly returnTo: 'library' | 'reader';
	readonly readerReturnTo: 'library' | 'notes';
	/** The library's articles, plus any opened from the notes screen that live elsewhere. */
	readonly articles: readonly LoadedArticle[];
	/** Index into `articles` of the article selected in the library, and the one open in the reader. */
	readonly selected: number;
	readonly librarySort: LibrarySort;
	/** The library's fuzzy filter, and whether it is being typed. */
	readonly libraryQuery: string;
	readonly libraryFiltering: boolean;
	/** Open the reader with this range focused (a highlight picked in the notes screen). */
	readonly openAt: TextRange | null;
	readonly help: boolean;
	readonly helpScroll: number;
	/** The reader's own mode: while selecting, choosing a speaker or writing a note it owns every key. */
	readonly readerMode: ReaderMode;
	/** The notes screen's filter field owns the keys while it is typed in. */
	readonly notesFiltering: boolean;
	readonly quitting: boolean;
	/** Counts Ctrl-Z presses; each new one suspends the app. */
	readonly suspends: number;
	/**
	 * Bumped to render again when something outside React changed (a reading position was saved), and set
	 * to show one blank frame after the terminal was handed back (fg), so the next frame is drawn in full.
	 */
	readonly refreshes: number;
	readonly repaint: boolean;
}

/**
 * Keys and sibling steps carry the library's order as the screen shows it (sorted, filtered): `selected`
 * moves along it.
 */
export type AppAction =
	| { type: 'key'; input: string; key: Key; order: readonly number[] }
	| { type: 'sibling'; delta: number; order: readonly number[] }
	| { type: 'refresh' }
	| { type: 'reader-mode'; mode: ReaderMode }
	| { type: 'notes-filtering'; on: boolean }
	| { type: 'open-note'; article: LoadedArticle; range: TextRange | null }
	| { type: 'article-changed'; article: LoadedArticle }
	| { type: 'repaint'; on: boolean };

export function initialAppState(articles: readonly LoadedArticle[], openAtStart?: number): AppState {
	return {
		screen: openAtStart !== undefined && articles.length > 0 ? 'reader' : 'library',
		returnTo: 'library',
		readerReturnTo: 'library',
		articles,
		selected: Math.min(openAtStart ?? 0, Math.max(0, articles.length - 1)),
		librarySort: 'title',
		libraryQuery: '',
		libraryFiltering: false,
		openAt: null,
		help: false,
		helpScroll: 0,
		readerMode: 'reader',
		notesFiltering: false,
		quitting: false,
		suspends: 0,
		refreshes: 0,
		repaint: false,
	};
}

export function modeOf(state: AppState): Mode {
	if (state.help) return 'help';
	if (state.screen === 'reader') return state.readerMode;
	if (state.screen === 'notes') return state.notesFiltering ? 'filter' : 'notes';
	return state.libraryFiltering ? 'filter' : 'library';
}

/**
 * Screen routing, kept pure so the flows can be tested without a terminal. Keys are resolved here, against
 * the latest state, because several keys can arrive in one chunk before React renders again.
 */
export function appReducer(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'refresh':
			return { ...state, refreshes: state.refreshes + 1 };
		case 'repaint':
			return { ...state, repaint: action.on };
		case 'reader-mode':
			return { ...state, readerMode: action.mode };
		case 'notes-filtering':
			return { ...state, notesFiltering: action.on };
		case 'sibling': {
			const at = action.order.indexOf(state.selected);
			const selected = at < 0 ? undefined : action.order[at + action.delta];
			return selected === undefined ? state : { ...state, selected, openAt: null };
		}
		case 'open-note': {
			// The notes screen read the file just now: its copy replaces an older one, so offsets agree.
			const known = state.articles.findIndex((entry) => entry.path === action.article.path);
			const articles = known >= 0 ? state.articles.map((entry, index) => (index === known ? action.article : entry)) : [...state.articles, action.article];
			const selected = known >= 0 ? known : articles.length - 1;
			return { ...state, articles, selected, screen: 'reader', readerReturnTo: 'notes', readerMode: 'reader', openAt: action.range, notesFiltering: false };
		}
		case 'article-changed':
			return { ...state, articles: state.articles.map((entry) => (entry.path === action.article.path ? action.article : entry)) };
		case 'key': {
			const command = commandFor(modeOf(state), action.input, action.key);
			if (command) return applyCommand(state, command, action.order);
			return state.screen === 'library' && state.libraryFiltering ? { ...state, libraryQuery: editQuery(state.libraryQuery, action.input, action.key) } : state;
		}
	}
}

function applyCommand(state: AppState, command: CommandId, order: readonly number[]): AppState {
	// A filter may hide the selected article: the first one shown stands in for it.
	const current = order.includes(state.selected) ? state.selected : (order[0] ?? state.selected);
	const at = Math.max(0, order.indexOf(current));
	const pick = (index: number) => order[Math.max(0, Math.min(order.length - 1, index))] ?? current;
	switch (command) {
		case 'quit':
			return { ...state, quitting: true };
		case 'suspend':
			return { ...state, suspends: state.suspends + 1 };
		case 'help':
			return { ...state, help: true, helpScroll: 0 };
		case 'help.down':
			return { ...state, helpScroll: state.helpScroll + 5 };
		case 'help.up':
			return { ...state, helpScroll: Math.max(0, state.helpScroll - 5) };
		case 'help.close':
			return { ...state, help: false };
		case 'notes':
			return state.screen === 'notes' ? state : { ...state, screen: 'notes', returnTo: state.screen === 'reader' ? 'reader' : 'library', notesFiltering: false };
		case 'back':
			if (state.screen === 'notes') return { ...state, screen: state.returnTo, readerReturnTo: 'library', readerMode: 'reader', openAt: null };
			if (state.screen === 'reader') return { ...state, screen: state.readerReturnTo, readerMode: 'reader', openAt: null };
			return { ...state, quitting: true };
		case 'library.up':
			return { ...state, selected: pick(at - 1) };
		case 'library.down':
			return { ...state, selected: pick(at + 1) };
		case 'library.first':
			return { ...state, selected: pick(0) };
		case 'library.last':
			return { ...state, selected: pick(order.length - 1) };
		case 'library.open':
			return order.includes(current) ? { ...state, selected: current, screen: 'reader', readerReturnTo: 'library', openAt: null } : state;
		case 'library.sort':
			return { ...state, librarySort: nextSort(state.librarySort) };
		case 'library.filter':
			return { ...state, libraryFiltering: true };
		case 'filter.done':
			return { ...state, libraryFiltering: false, selected: pick(0) };
		case 'filter.clear':
			return { ...state, libraryFiltering: false, libraryQuery: '' };
		default:
			return state;
	}
}

export function App({ listing, store, theme, copy, openUrl, loadNotes, refreshArticle, notice = null, openAtStart, session }: AppProps) {
	const { exit } = useApp();
	const { columns, rows } = useTerminalSize();
	const [state, dispatch] = useReducer(appReducer, undefined, () => initialAppState(listing.articles, openAtStart));
	const [notes, setNotes] = useState<NotesData | null>(null);

	useEffect(() => {
		if (!session) return;
		const onResume = () => dispatch({ type: 'repaint', on: true });
		session.on('resume', onResume);
		return () => {
			session.off('resume', onResume);
		};
	}, [session]);
	useEffect(() => {
		if (state.repaint) dispatch({ type: 'repaint', on: false });
	}, [state.repaint]);
	// Back in the library, show what another window has read since.
	useEffect(() => {
		if (state.screen !== 'library') return;
		reloadQuietly(store);
		dispatch({ type: 'refresh' });
	}, [state.screen, store]);
	useEffect(() => {
		if (state.quitting) exit();
	}, [state.quitting, exit]);
	useEffect(() => {
		if (state.suspends > 0) session?.suspend();
	}, [state.suspends, session]);
	useEffect(() => {
		if (state.screen !== 'notes') return;
		let current = true;
		setNotes(null);
		loadNotes().then(
			(data) => current && setNotes(data),
			(error: unknown) => current && setNotes({ entries: [], articles: new Map(), notices: [`Cannot load highlights: ${error instanceof Error ? error.message : String(error)}`] }),
		);
		return () => {
			current = false;
		};
	}, [state.screen, loadNotes]);

	// An article edited since it was read (in an editor beside the reader) is read again when it is opened.
	const opened = state.screen === 'reader' ? state.articles[state.selected] : undefined;
	useEffect(() => {
		if (!opened || !refreshArticle) return;
		let current = true;
		refreshArticle(opened).then(
			(article) => {
				if (current && article) dispatch({ type: 'article-changed', article });
			},
			() => undefined,
		);
		return () => {
			current = false;
		};
	}, [opened, refreshArticle]);

	const libraryRows: LibraryRow[] = useMemo(
		() =>
			state.articles.map(({ path, article, summary, mtimeMs }) => ({
				title: article.title,
				source: article.source,
				date: article.date,
				modified: mtimeMs,
				lastRead: store.position(path)?.updated ?? null,
				speakers: summary.speakers.map((speaker) => speaker.name),
			})),
		// Reading positions change outside React; a refresh is what says so.
		[state.articles, store, state.refreshes],
	);
	const order = useMemo(() => orderLibrary(libraryRows, state.librarySort, state.libraryQuery), [libraryRows, state.librarySort, state.libraryQuery]);
	const orderRef = useRef(order);
	orderRef.current = order;

	useKeys((input, key) => dispatch({ type: 'key', input, key, order: orderRef.current }));

	const beforeExit = useMemo(() => (session ? (hook: () => void) => session.beforeExit(hook) : undefined), [session]);
	const onSibling = useCallback((delta: number) => dispatch({ type: 'sibling', delta, order: orderRef.current }), []);
	const onStoreChanged = useCallback(() => dispatch({ type: 'refresh' }), []);
	const onModeChange = useCallback((mode: ReaderMode) => dispatch({ type: 'reader-mode', mode }), []);
	const onFilteringChange = useCallback((on: boolean) => dispatch({ type: 'notes-filtering', on }), []);
	const onOpenNote = useCallback(
		(entry: NoteEntry) => {
			const loaded = notes?.articles.get(entry.file);
			if (loaded) dispatch({ type: 'open-note', article: loaded, range: entry.state === 'orphaned' ? null : { start: entry.start, end: entry.end } });
		},
		[notes],
	);
	const showQuotes = store.settings().quoteColours !== false;
	const onToggleQuotes = useCallback(() => {
		try {
			store.setSetting('quoteColours', !(store.settings().quoteColours !== false));
		} catch {
			// The setting could not be written (a lock held too long): the colours stay as they are.
		}
		dispatch({ type: 'refresh' });
	}, [store]);

	const entry = state.articles[state.selected];
	if (state.quitting || state.repaint) return <Text> </Text>;
	if (columns < 24 || rows < 8) {
		return <Text color={theme.warning}>Terminal too small ({columns}×{rows}); Marginalia needs 24×8.</Text>;
	}
	const screen = (() => {
		if (state.screen === 'reader' && entry) {
			return (
				<ReaderScreen
					key={`${entry.path}:${entry.mtimeMs}:${entry.size}`}
					entry={entry}
					store={store}
					theme={theme}
					columns={columns}
					rows={rows}
					isActive={!state.help}
					showQuotes={showQuotes}
					onToggleQuotes={onToggleQuotes}
					initialFocus={state.openAt ?? undefined}
					onSibling={onSibling}
					onStoreChanged={onStoreChanged}
					onModeChange={onModeChange}
					copy={copy}
					openUrl={openUrl}
					beforeExit={beforeExit}
				/>
			);
		}
		if (state.screen === 'notes') {
			return (
				<NotesScreen
					data={notes}
					theme={theme}
					columns={columns}
					rows={rows}
					isActive={!state.help}
					onOpen={onOpenNote}
					onFilteringChange={onFilteringChange}
				/>
			);
		}
		return (
			<LibraryScreen
				listing={{ ...listing, articles: [...state.articles] }}
				shown={order.map((index) => state.articles[index]!)}
				selected={order.includes(state.selected) ? order.indexOf(state.selected) : 0}
				sort={state.librarySort}
				query={state.libraryQuery}
				filtering={state.libraryFiltering}
				positions={store}
				theme={theme}
				columns={columns}
				rows={rows}
				notice={notice}
			/>
		);
	})();
	return (
		<Box flexDirection="column">
			{state.help ? <HelpOverlay mode={state.screen} theme={theme} rows={rows} columns={columns} scroll={state.helpScroll} /> : null}
			<Box display={state.help ? 'none' : 'flex'} flexDirection="column">
				{screen}
			</Box>
		</Box>
	);
}
