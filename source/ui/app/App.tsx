import { Box, Text, useApp } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { hitLabel, hitMarks } from '../../core/search/results.js';
import type { LibraryListing, LoadedArticle } from '../../library/load.js';
import type { NotesData } from '../../library/notes.js';
import type { NoteEntry } from '../../core/annotations/notes.js';
import type { Store } from '../../store/index.js';
import type { CopyResult } from '../clipboard.js';
import { HelpOverlay } from '../components/HelpOverlay.js';
import { useSyncReducer } from '../hooks/use-sync-reducer.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { commandFor } from '../keys/keymap.js';
import { KeyPriority, KeypressProvider } from '../keys/KeypressProvider.js';
import { useKeypress } from '../keys/use-keypress.js';
import { LibraryScreen } from '../screens/library/LibraryScreen.js';
import { useLibraryKeys } from '../screens/library/use-library-keys.js';
import { useLibraryImports, type LibraryImporter } from '../screens/library/use-library-imports.js';
import { usePipedSave, type PipedSaver } from '../piped/use-piped-save.js';
import type { ReaderSearchHits } from '../screens/reader/reader-search.js';
import { SearchScreen, searchPage } from '../screens/search/SearchScreen.js';
import { useSearch } from '../screens/search/use-search.js';
import { useSearchKeys } from '../screens/search/use-search-keys.js';
import type { NotesStore } from '../screens/notes/NotesScreen.js';
import type { ReaderStore } from '../screens/reader/ReaderScreen.js';
import { reloadQuietly } from '../screens/reader/reader-store.js';
import type { Theme } from '../theme.js';
import { appReducer, initialAppState, type AppAction } from './app-reducer.js';
import { changedSummaries, type ArticleSummary, type QuoteSource } from '../../core/library/corrected-library.js';
import type { PersonQuote } from '../../core/library/people.js';
import { PeopleScreen } from '../screens/people/PeopleScreen.js';
import { usePeople, type PeopleStore } from '../screens/people/use-people.js';
import { startingArticle, useLibraryOrder } from './library-order.js';
import { useLibraryIndex, type AppLibrary } from './use-library-index.js';
import { useSession, type Session } from './use-session.js';
import { useScreenModules } from './screen-modules.js';
import { useHeldKeys } from '../keys/use-held-keys.js';

/** What the app needs of the store. */
export type AppStore = ReaderStore & NotesStore & PeopleStore & Pick<Store, 'settings' | 'setSetting' | 'positions' | 'feeds' | 'isNew' | 'markOpened'>;

export interface AppProps {
	/** The library as the first frame shows it (the index's cached rows). */
	readonly listing: LibraryListing;
	/** The index behind `listing`: its files are checked after the first frame (rows fill in), and `s` searches it. */
	readonly library?: AppLibrary;
	readonly store: AppStore;
	readonly theme: Theme;
	/** System integration, injected so tests do not touch the real clipboard or browser. */
	readonly copy: (text: string) => CopyResult;
	readonly openUrl: (url: string) => CopyResult;
	/** The article as it is on disk now, or null when it has not changed since it was read. */
	readonly refreshArticle?: (entry: LoadedArticle) => Promise<LoadedArticle | null>;
	/** The library's quotes for the people screen and the library's counts: its index; else the listing's articles are analysed. */
	readonly quoteSource?: QuoteSource;
	/** Every highlight in the store, anchored against its article; called each time the notes screen opens. */
	readonly loadNotes: () => Promise<NotesData>;
	/** Shown once on the library screen, e.g. that a damaged config file was set aside. */
	readonly notice?: string | null;
	/** Open this article (an index into the listing) straight away, as when one file is given. */
	readonly openAtStart?: number;
	/** Terminal control, absent in tests: suspend for Ctrl-Z, hooks to run before the process ends. */
	readonly session?: Session;
	/** `A` and `r` in the library: adding an article, refreshing the feeds (absent: the keys say nothing). */
	readonly imports?: LibraryImporter;
	/** An article read from a pipe (the only one in `listing`, opened at start): saved to the library before a highlight. */
	readonly piped?: PipedSaver;
}

/** No quotes yet: the quote engine is still loading (a library without an index, for the first frames). */
const NO_QUOTES: QuoteSource = { articles: () => [], quotesIn: () => null };

/** The app: one keypress provider for every screen below it. */
export function App(props: AppProps) {
	return (
		<KeypressProvider>
			<Screens {...props} />
		</KeypressProvider>
	);
}

/**
 * Which screen is shown, the help overlay, and the keys every screen shares. A new screen gets a name in
 * AppState.screen, a folder under screens/ with its component and its keys hook (KeyPriority.screen), and a
 * command that opens it in the keymap.
 */
function Screens({ listing, library, store, theme, copy, openUrl, loadNotes, refreshArticle, notice = null, openAtStart, session, imports, piped, quoteSource }: AppProps) {
	const { exit } = useApp();
	const { columns, rows } = useTerminalSize();
	const [state, dispatch, appNow] = useSyncReducer(appReducer, () => {
		const sort = store.settings().librarySort ?? 'title';
		const { articles, unreadable, problem } = listing;
		return initialAppState(articles, openAtStart, { sort, selected: startingArticle(articles, store, sort), unreadable, problem, withoutLibrary: piped !== undefined });
	});
	const { indexing, searchable } = useLibraryIndex(library, (updated) => {
		const { articles, librarySort } = appNow.current;
		dispatch({ type: 'library-updated', listing: updated, startAt: articles.length === 0 ? startingArticle(updated.articles, store, librarySort) : undefined });
	});
	// Read again after an import (A, r), with the article it added to select.
	const onListing = useCallback((next: LibraryListing, select: string | null) => dispatch({ type: 'library-updated', listing: next, select }), []);
	const importState = useLibraryImports({ imports, appNow, onListing });
	const pipedSave = usePipedSave({ saver: piped, appNow, dispatch });
	const search = useSearch(
		searchable,
		() => store.highlights(),
		// Results that arrive after Enter open the reader only while the search is still on screen.
		(hit) => appNow.current.screen === 'search' && dispatch({ type: 'open-hit', path: hit.path, range: hit.range }),
	);
	const [notes, setNotes] = useState<NotesData | null>(null);
	// Bumped after the notes screen wrote to the store, so its list is read again.
	const [notesVersion, setNotesVersion] = useState(0);
	const onNotesChanged = useCallback(() => setNotesVersion((version) => version + 1), []);
	useSession({ session, state, dispatch, exit });
	// Keys for a screen that a key opened are kept for it until it has rendered (it subscribes then); for the
	// reader and notes, which load after the first frame, until they have loaded; and for the reader a search's
	// Enter will open, until the hits come.
	const modules = useScreenModules();
	const modulesNow = useRef(modules);
	modulesNow.current = modules;
	const renderedScreen = useRef(state.screen);
	renderedScreen.current = state.screen;
	const loadingScreen = (screen: string) => (screen === 'reader' || screen === 'notes') && modulesNow.current === null;
	const awaitingHit = (screen: string, openWhenReady: boolean) => screen === 'search' && openWhenReady;
	useHeldKeys(
		() => appNow.current.screen !== renderedScreen.current || loadingScreen(appNow.current.screen) || awaitingHit(appNow.current.screen, search.now.current.openWhenReady),
		loadingScreen(state.screen) || awaitingHit(state.screen, search.state.openWhenReady),
	);

	// Back in the library, show what another window has read since.
	useEffect(() => {
		if (state.screen !== 'library') return;
		reloadQuietly(store);
		dispatch({ type: 'refresh' });
	}, [state.screen, store]);
	useEffect(() => {
		if (state.screen !== 'notes') {
			setNotes(null);
			return;
		}
		let current = true;
		loadNotes().then(
			(data) => current && setNotes(data),
			(error: unknown) => current && setNotes({ entries: [], articles: new Map(), notices: [`Cannot load highlights: ${error instanceof Error ? error.message : String(error)}`] }),
		);
		return () => {
			current = false;
		};
	}, [state.screen, loadNotes, notesVersion]);

	// An article edited since it was read (in an editor beside the reader) is read again when it is opened.
	const opened = state.screen === 'reader' ? state.articles[state.selected] : undefined;
	useEffect(() => {
		if (!opened) return;
		try {
			store.markOpened(opened.path);
		} catch {
			// Still marked new (a lock held too long): it is cleared the next time it is opened.
		}
	}, [opened?.path, store]);
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

	// Who is quoted, as the reader's corrections have it: the library's counts, its "most quoted", its filter.
	const libraryArticles = state.articles;
	// Without an index, the articles are analysed by the quote engine, which loads after the first frame.
	const source = useMemo(() => quoteSource ?? (modules ? modules.analysed.analysedQuoteSource(() => libraryArticles) : NO_QUOTES), [quoteSource, libraryArticles, modules]);
	// Counted again when the corrections change, not at every refresh (a reading position saved).
	const corrections = store.corrections();
	const correctionIds = corrections.map((correction) => correction.id).join(' ');
	const corrected = useMemo(() => changedSummaries(source, corrections), [source, correctionIds]);
	const articles = useMemo(() => (corrected.size === 0 ? state.articles : state.articles.map((entry) => withSummary(entry, corrected.get(entry.path)))), [state.articles, corrected]);
	const feedNames = useMemo(() => new Map(store.feeds().flatMap((feed) => (feed.title ? [[feed.url, feed.title] as const] : []))), [store, state.refreshes, state.articles]);
	const order = useLibraryOrder(articles, store, state.librarySort, state.libraryQuery, state.refreshes, feedNames);
	const orderRef = useRef(order);
	orderRef.current = order;

	// Help, over every screen: it takes every key while open.
	useKeypress(
		({ input, key }) => {
			if (!appNow.current.help) return false;
			const command = commandFor('help', input, key);
			if (command) dispatch({ type: 'command', command, order: orderRef.current });
			return true;
		},
		{ priority: KeyPriority.overlay },
	);
	// What every screen left: q back, ? help, m notes, Ctrl-C, Ctrl-Z.
	useKeypress(
		({ input, key, paste }) => {
			const command = paste ? undefined : commandFor('global', input, key);
			if (!command) return false;
			// From any screen, and from the hits of the last search: a new one.
			if (command === 'search') search.start();
			dispatch({ type: 'command', command, order: orderRef.current });
			return true;
		},
		{ priority: KeyPriority.app },
	);
	useLibraryKeys({ appNow, dispatch, order: orderRef, page: Math.max(1, rows - 6) });
	useSearchKeys({ appNow, dispatch, search, page: searchPage(rows) });
	// The sort is kept for the next start.
	useEffect(() => {
		if (store.settings().librarySort === state.librarySort) return;
		try {
			store.setSetting('librarySort', state.librarySort);
		} catch {
			// Not kept (a lock held too long): the library still shows this order now.
		}
	}, [state.librarySort, store]);

	const beforeExit = useMemo(() => (session ? (hook: () => void) => session.beforeExit(hook) : undefined), [session]);
	const onSibling = useCallback((delta: number) => {
		const before = appNow.current.selected;
		dispatch({ type: 'sibling', delta, order: orderRef.current });
		return appNow.current.selected !== before;
	}, []);
	const onStoreChanged = useCallback(() => dispatch({ type: 'refresh' }), []);
	const onOpenQuote = useCallback((quote: PersonQuote) => {
		dispatch({ type: 'open-quote', path: quote.file, range: { start: quote.quote.start, end: quote.quote.end }, speaker: quote.quote.speaker });
	}, []);
	const people = usePeople({
		shown: state.screen === 'people',
		screenNow: () => appNow.current.screen === 'people' && !appNow.current.help,
		source,
		store,
		page: Math.max(1, rows - 7),
		onOpenQuote,
		onChanged: onStoreChanged,
	});
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
	const searchHits = useReaderSearchHits(search, state.readerAtHit ? entry?.path : undefined, dispatch);
	if (state.quitting) return <Text> </Text>;
	if (columns < 24 || rows < 8) {
		return <Text color={theme.warning}>Terminal too small ({columns}×{rows}); Marginalia needs 24×8.</Text>;
	}
	const screen = (() => {
		if (loadingScreen(state.screen)) return <Text color={theme.muted}>Opening…</Text>;
		if (state.screen === 'reader' && entry && modules) {
			const { ReaderScreen } = modules.reader;
			return (
				<ReaderScreen
					key={pipedSave.readerKey(entry)}
					entry={entry}
					store={store}
					theme={theme}
					columns={columns}
					rows={rows}
					showQuotes={showQuotes}
					onToggleQuotes={onToggleQuotes}
					initialFocus={state.openAt ?? undefined}
					initialSpeaker={state.openFollowing ?? undefined}
					onSibling={onSibling}
					onStoreChanged={onStoreChanged}
					copy={copy}
					openUrl={openUrl}
					beforeExit={beforeExit}
					beforeStoring={pipedSave.beforeStoring(entry)}
					prompt={pipedSave.prompt}
					searchHits={searchHits}
				/>
			);
		}
		if (state.screen === 'people') {
			return <PeopleScreen people={people} theme={theme} columns={columns} rows={rows} />;
		}
		if (state.screen === 'search') {
			return <SearchScreen state={search.state} available={search.available} indexing={indexing} theme={theme} columns={columns} rows={rows} />;
		}
		if (state.screen === 'notes' && modules) {
			const { NotesScreen } = modules.notes;
			return (
				<NotesScreen
					data={notes}
					store={store}
					theme={theme}
					columns={columns}
					rows={rows}
					onOpen={onOpenNote}
					onChanged={onNotesChanged}
					beforeExit={beforeExit}
				/>
			);
		}
		return (
			<LibraryScreen
				articles={articles}
				order={order}
				selected={Math.max(0, order.indexOf(state.selected))}
				unreadable={state.unreadable}
				problem={state.problem}
				indexing={indexing}
				sort={state.librarySort}
				query={state.libraryQuery}
				filtering={state.libraryFiltering}
				positions={store}
				theme={theme}
				columns={columns}
				rows={rows}
				notice={notice}
				imports={importState}
				feedNames={feedNames}
			/>
		);
	})();
	const hidden = state.help || state.repaint;
	return (
		<Box flexDirection="column">
			{state.repaint ? <Text> </Text> : null}
			{state.help && !state.repaint ? <HelpOverlay mode={state.screen} theme={theme} rows={rows} columns={columns} scroll={state.helpScroll} /> : null}
			{/* Hidden, never unmounted: a screen keeps its state (a note being written, the undo of x) under help and through Ctrl-Z. */}
			<Box display={hidden ? 'none' : 'flex'} flexDirection="column">
				{screen}
			</Box>
		</Box>
	);
}

/** An article with who is quoted as the corrections have it. */
function withSummary(entry: LoadedArticle, summary: ArticleSummary | undefined): LoadedArticle {
	return summary ? { ...entry, summary: { quotes: summary.quotes, speakers: summary.speakers } } : entry;
}

/**
 * The hits of the search the open article was opened from, for the reader: marked, and stepped through with
 * n N (another article opens when the next hit is there). Undefined when the article was opened otherwise.
 */
function useReaderSearchHits(search: ReturnType<typeof useSearch>, path: string | undefined, dispatch: (action: AppAction) => void): ReaderSearchHits | undefined {
	const trail = search.state.trail;
	return useMemo(() => {
		if (!trail || path === undefined) return undefined;
		const { hits } = trail.results;
		const current = hits[trail.index];
		return {
			label: hitLabel(trail.index, hits.length),
			marks: hits.filter((hit) => hit.file === path).flatMap(hitMarks),
			current: current && current.file === path ? hitMarks(current) : [],
			step: (by: 1 | -1) => {
				const next = search.step(by);
				if (next) dispatch({ type: 'open-hit', path: next.path, range: next.range });
				return next;
			},
		};
		// search.step reads the search's latest state; the trail is what changes.
	}, [trail, path, dispatch]);
}
