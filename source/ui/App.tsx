import { Box, Text, useApp, type Key } from 'ink';
import { useKeys } from './hooks/use-keys.js';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { LibraryListing } from '../library/load.js';
import { commandFor, type CommandId } from './keymap.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { LibraryScreen } from './screens/LibraryScreen.js';
import { ReaderScreen } from './screens/ReaderScreen.js';
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
	readonly screen: 'library' | 'reader';
	/** The article selected in the library, and the one open in the reader. */
	readonly selected: number;
	readonly help: boolean;
	readonly helpScroll: number;
	/** The reader's own mode: while selecting, choosing a speaker or writing a note it owns every key. */
	readonly readerMode: ReaderMode;
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

export type AppAction =
	| { type: 'key'; input: string; key: Key; articleCount: number }
	| { type: 'sibling'; delta: number; articleCount: number }
	| { type: 'refresh' }
	| { type: 'reader-mode'; mode: ReaderMode }
	| { type: 'repaint'; on: boolean };

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
		case 'sibling': {
			const selected = state.selected + action.delta;
			return selected >= 0 && selected < action.articleCount ? { ...state, selected } : state;
		}
		case 'key': {
			const mode = state.help ? 'help' : state.screen === 'reader' ? state.readerMode : state.screen;
			const command = commandFor(mode, action.input, action.key);
			return command ? applyCommand(state, command, action.articleCount) : state;
		}
	}
}

function applyCommand(state: AppState, command: CommandId, articleCount: number): AppState {
	const last = Math.max(0, articleCount - 1);
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
		case 'back':
			return state.screen === 'reader' ? { ...state, screen: 'library', readerMode: 'reader' } : { ...state, quitting: true };
		case 'library.up':
			return { ...state, selected: Math.max(0, state.selected - 1) };
		case 'library.down':
			return { ...state, selected: Math.min(last, state.selected + 1) };
		case 'library.first':
			return { ...state, selected: 0 };
		case 'library.last':
			return { ...state, selected: last };
		case 'library.open':
			return articleCount > 0 ? { ...state, screen: 'reader' } : state;
		default:
			return state;
	}
}

export function App({ listing, store, theme, copy, openUrl, notice = null, openAtStart, session }: AppProps) {
	const { exit } = useApp();
	const { columns, rows } = useTerminalSize();
	const articleCount = listing.articles.length;
	const [state, dispatch] = useReducer(appReducer, {
		screen: openAtStart !== undefined && articleCount > 0 ? 'reader' : 'library',
		selected: Math.min(openAtStart ?? 0, Math.max(0, articleCount - 1)),
		help: false,
		helpScroll: 0,
		readerMode: 'reader',
		quitting: false,
		suspends: 0,
		refreshes: 0,
		repaint: false,
	});

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
	useEffect(() => {
		if (state.quitting) exit();
	}, [state.quitting, exit]);
	useEffect(() => {
		if (state.suspends > 0) session?.suspend();
	}, [state.suspends, session]);

	useKeys((input, key) => dispatch({ type: 'key', input, key, articleCount }));

	const beforeExit = useMemo(() => (session ? (hook: () => void) => session.beforeExit(hook) : undefined), [session]);
	const onSibling = useCallback((delta: number) => dispatch({ type: 'sibling', delta, articleCount }), [articleCount]);
	const onStoreChanged = useCallback(() => dispatch({ type: 'refresh' }), []);
	const onModeChange = useCallback((mode: ReaderMode) => dispatch({ type: 'reader-mode', mode }), []);
	const showQuotes = store.settings().quoteColours !== false;
	const onToggleQuotes = useCallback(() => {
		try {
			store.setSetting('quoteColours', !(store.settings().quoteColours !== false));
		} finally {
			dispatch({ type: 'refresh' });
		}
	}, [store]);
	const entry = listing.articles[state.selected];
	const tooSmall = columns < 24 || rows < 8;

	if (state.quitting || state.repaint) return <Text> </Text>;
	if (tooSmall) {
		return <Text color={theme.warning}>Terminal too small ({columns}×{rows}); Marginalia needs 24×8.</Text>;
	}
	return (
		<Box flexDirection="column">
			{state.help ? <HelpOverlay mode={state.screen} theme={theme} rows={rows} columns={columns} scroll={state.helpScroll} /> : null}
			<Box display={state.help ? 'none' : 'flex'} flexDirection="column">
				{state.screen === 'reader' && entry ? (
					<ReaderScreen
						key={entry.path}
						entry={entry}
						store={store}
						theme={theme}
						columns={columns}
						rows={rows}
						isActive={!state.help}
						showQuotes={showQuotes}
						onToggleQuotes={onToggleQuotes}
						onSibling={onSibling}
						onStoreChanged={onStoreChanged}
						onModeChange={onModeChange}
						copy={copy}
						openUrl={openUrl}
						beforeExit={beforeExit}
					/>
				) : (
					<LibraryScreen
						listing={listing}
						selected={state.selected}
						positions={store}
						theme={theme}
						columns={columns}
						rows={rows}
						notice={notice}
					/>
				)}
			</Box>
		</Box>
	);
}
