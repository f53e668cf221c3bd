import { Box, Text, useApp, type Key } from 'ink';
import { useKeys } from './hooks/use-keys.js';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { LibraryListing } from '../library/load.js';
import { commandFor, type CommandId } from './keymap.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { LibraryScreen } from './screens/LibraryScreen.js';
import { ReaderScreen } from './screens/ReaderScreen.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { ReadingPositions } from './reading-positions.js';
import type { Theme } from './theme.js';

export interface AppProps {
	readonly listing: LibraryListing;
	readonly positions: ReadingPositions;
	readonly theme: Theme;
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
		case 'sibling': {
			const selected = state.selected + action.delta;
			return selected >= 0 && selected < action.articleCount ? { ...state, selected } : state;
		}
		case 'key': {
			const command = commandFor(state.help ? 'help' : state.screen, action.input, action.key);
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
			return { ...state, help: true };
		case 'help.close':
			return { ...state, help: false };
		case 'back':
			return state.screen === 'reader' ? { ...state, screen: 'library' } : { ...state, quitting: true };
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

export function App({ listing, positions, theme, notice = null, openAtStart, session }: AppProps) {
	const { exit } = useApp();
	const { columns, rows } = useTerminalSize();
	const articleCount = listing.articles.length;
	const [state, dispatch] = useReducer(appReducer, {
		screen: openAtStart !== undefined && articleCount > 0 ? 'reader' : 'library',
		selected: Math.min(openAtStart ?? 0, Math.max(0, articleCount - 1)),
		help: false,
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
	const onPositionSaved = useCallback(() => dispatch({ type: 'refresh' }), []);
	const entry = listing.articles[state.selected];
	const tooSmall = columns < 24 || rows < 8;

	if (state.quitting || state.repaint) return <Text> </Text>;
	if (tooSmall) {
		return <Text color={theme.warning}>Terminal too small ({columns}×{rows}); Marginalia needs 24×8.</Text>;
	}
	return (
		<Box flexDirection="column">
			{state.help ? <HelpOverlay mode={state.screen} theme={theme} rows={rows} /> : null}
			<Box display={state.help ? 'none' : 'flex'} flexDirection="column">
				{state.screen === 'reader' && entry ? (
					<ReaderScreen
						key={entry.path}
						entry={entry}
						positions={positions}
						theme={theme}
						columns={columns}
						rows={rows}
						isActive={!state.help}
						onSibling={onSibling}
						onPositionSaved={onPositionSaved}
						beforeExit={beforeExit}
					/>
				) : (
					<LibraryScreen
						listing={listing}
						selected={state.selected}
						positions={positions}
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
