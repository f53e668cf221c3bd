import { nextSort, type LibrarySort } from '../../core/library/order.js';
import type { LibraryListing, LoadedArticle, UnreadableFile } from '../../library/load.js';
import type { TextRange } from '../../core/text/range.js';
import type { CommandId } from '../keys/keymap.js';
import { editQuery, type FilterKey } from '../components/FilterLine.js';

export type ScreenName = 'library' | 'reader' | 'notes' | 'search' | 'people';

export interface AppState {
	readonly screen: ScreenName;
	/** Where leaving the notes screen goes, where leaving the reader goes, and where leaving the search goes. */
	readonly returnTo: Exclude<ScreenName, 'notes'>;
	readonly readerReturnTo: 'library' | 'notes' | 'search' | 'people';
	readonly searchReturnTo: Exclude<ScreenName, 'search'>;
	/** Where leaving the people screen goes: the screen, the article that was open there and where it led back to. */
	readonly peopleReturn: { readonly screen: Exclude<ScreenName, 'people'>; readonly selected: number; readonly readerReturnTo: AppState['readerReturnTo'] };
	/** The library's articles, plus any opened from the notes screen that live elsewhere. */
	readonly articles: readonly LoadedArticle[];
	/** Files of the library that could not be read, and why nothing could be listed (when nothing could). */
	readonly unreadable: readonly UnreadableFile[];
	readonly problem: string | null;
	/** Index into `articles` of the article selected in the library, and the one open in the reader. */
	readonly selected: number;
	readonly librarySort: LibrarySort;
	/** The library's fuzzy filter, and whether it is being typed. */
	readonly libraryQuery: string;
	readonly libraryFiltering: boolean;
	/** Open the reader with this range focused (a highlight picked in the notes screen, a quote in the people screen). */
	readonly openAt: TextRange | null;
	/** Open the reader following this speaker (a person's quote picked in the people screen). */
	readonly openFollowing: string | null;
	/** The reader was opened at a search hit (or stepped to one with n N): it follows that search. */
	readonly readerAtHit: boolean;
	readonly help: boolean;
	readonly helpScroll: number;
	readonly quitting: boolean;
	/** Counts Ctrl-Z presses; each new one suspends the app. */
	readonly suspends: number;
	/**
	 * Bumped to render again when something outside React changed (a reading position was saved), and set
	 * to show one blank frame after the terminal was handed back (fg), so the next frame is drawn in full.
	 */
	readonly refreshes: number;
	readonly repaint: boolean;
	/** No library screen (an article read from a pipe): leaving the reader quits, as less does. */
	readonly withoutLibrary: boolean;
}

/**
 * Commands carry the library's order as the screen shows it (sorted, filtered): `selected` moves along it.
 * The screens' own modes (the reader's selection and editor, the notes screen's filter) are theirs, not here.
 */
export type AppAction =
	/** `page`: how many rows the library shows, for paging it. */
	| { type: 'command'; command: CommandId; order: readonly number[]; page?: number }
	| { type: 'library-type'; input: string; key: FilterKey }
	| { type: 'sibling'; delta: number; order: readonly number[] }
	| { type: 'refresh' }
	| { type: 'open-note'; article: LoadedArticle; range: TextRange | null }
	/** A person's quote picked in the people screen: the article opens at it, following its speaker. */
	| { type: 'open-quote'; path: string; range: TextRange; speaker: string | null }
	| { type: 'article-changed'; article: LoadedArticle }
	/** An article shown from elsewhere (a pipe) now has a file: its saved copy takes its place. */
	| { type: 'article-saved'; from: string; article: LoadedArticle }
	/**
	 * The library as its index has it now (rows read while it is built, files changed since, an import): the
	 * selection follows its article; `startAt` selects one when the list was empty until now; `select` is an
	 * article just imported, selected while the library shows.
	 */
	| { type: 'library-updated'; listing: LibraryListing; startAt?: number; select?: string | null }
	/** A search hit picked (or stepped to with n N): the reader at `range` of the article at `path`. */
	| { type: 'open-hit'; path: string; range: TextRange }
	| { type: 'repaint'; on: boolean };

/**
 * `selected`: the article to start on (the last one read, else the top of the list as sorted); `openAtStart`
 * opens one straight away instead.
 */
export function initialAppState(
	articles: readonly LoadedArticle[],
	openAtStart?: number,
	library: {
		readonly selected?: number;
		readonly sort?: LibrarySort;
		readonly unreadable?: readonly UnreadableFile[];
		readonly problem?: string | null;
		readonly withoutLibrary?: boolean;
	} = {},
): AppState {
	return {
		screen: openAtStart !== undefined && articles.length > 0 ? 'reader' : 'library',
		returnTo: 'library',
		readerReturnTo: 'library',
		peopleReturn: { screen: 'library', selected: 0, readerReturnTo: 'library' },
		searchReturnTo: 'library',
		articles,
		unreadable: library.unreadable ?? [],
		problem: library.problem ?? null,
		selected: Math.min(openAtStart ?? library.selected ?? 0, Math.max(0, articles.length - 1)),
		librarySort: library.sort ?? 'title',
		libraryQuery: '',
		libraryFiltering: false,
		openAt: null,
		openFollowing: null,
		readerAtHit: false,
		help: false,
		helpScroll: 0,
		quitting: false,
		suspends: 0,
		refreshes: 0,
		repaint: false,
		withoutLibrary: library.withoutLibrary === true,
	};
}

/** Screen routing, kept pure so the flows can be tested without a terminal. */
export function appReducer(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'refresh':
			return { ...state, refreshes: state.refreshes + 1 };
		case 'repaint':
			return { ...state, repaint: action.on };
		case 'sibling': {
			const at = action.order.indexOf(state.selected);
			const selected = at < 0 ? undefined : action.order[at + action.delta];
			return selected === undefined ? state : { ...state, selected, openAt: null, openFollowing: null, readerAtHit: false };
		}
		case 'open-note': {
			// The notes screen read the file just now: its copy replaces an older one, so offsets agree.
			const known = state.articles.findIndex((entry) => entry.path === action.article.path);
			const articles = known >= 0 ? state.articles.map((entry, index) => (index === known ? action.article : entry)) : [...state.articles, action.article];
			const selected = known >= 0 ? known : articles.length - 1;
			return { ...state, articles, selected, screen: 'reader', readerReturnTo: 'notes', openAt: action.range, openFollowing: null, readerAtHit: false };
		}
		case 'open-quote': {
			const at = state.articles.findIndex((entry) => entry.path === action.path);
			if (at < 0) return state;
			return { ...state, selected: at, screen: 'reader', readerReturnTo: 'people', openAt: action.range, openFollowing: action.speaker, readerAtHit: false };
		}
		case 'article-changed':
			return { ...state, articles: state.articles.map((entry) => (entry.path === action.article.path ? action.article : entry)) };
		case 'article-saved':
			return { ...state, articles: state.articles.map((entry) => (entry.path === action.from ? action.article : entry)) };
		case 'library-updated':
			return withListing(state, action.listing, action.startAt, action.select ?? null);
		case 'open-hit': {
			const selected = state.articles.findIndex((entry) => entry.path === action.path);
			if (selected < 0) return state;
			const readerReturnTo = state.screen === 'search' ? 'search' : state.readerReturnTo;
			return { ...state, selected, screen: 'reader', readerReturnTo, openAt: action.range.end > action.range.start ? action.range : null, readerAtHit: true };
		}
		case 'library-type':
			return { ...state, libraryQuery: editQuery(state.libraryQuery, action.input, action.key) };
		case 'command': {
			const next = applyCommand(state, action.command, action.order, action.page ?? 10);
			return next.withoutLibrary && next.screen === 'library' ? { ...state, quitting: true } : next;
		}
	}
}

function applyCommand(state: AppState, command: CommandId, order: readonly number[], page: number): AppState {
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
			return state.screen === 'notes' ? state : { ...state, screen: 'notes', returnTo: state.screen };
		case 'search':
			return openSearch(state);
		case 'people':
			if (state.screen === 'people') return state;
			// From a quote the people screen opened, P goes back up to it, and leaving it still goes where it led.
			if (state.screen === 'reader' && state.readerReturnTo === 'people') return { ...state, screen: 'people' };
			return { ...state, screen: 'people', peopleReturn: { screen: state.screen, selected: state.selected, readerReturnTo: state.readerReturnTo } };
		case 'back':
			if (state.screen === 'people') {
				const { screen, selected, readerReturnTo } = state.peopleReturn;
				return { ...state, screen, selected, readerReturnTo, openAt: null, openFollowing: null };
			}
			if (state.screen === 'notes') return { ...state, screen: state.returnTo, readerReturnTo: state.readerReturnTo === 'notes' ? 'library' : state.readerReturnTo, openAt: null };
			if (state.screen === 'reader') return { ...state, screen: state.readerReturnTo, openAt: null, openFollowing: null };
			if (state.screen === 'search') return { ...state, screen: state.searchReturnTo };
			return { ...state, quitting: true };
		case 'library.up':
		case 'filter.up':
			return { ...state, selected: pick(at - 1) };
		case 'library.down':
		case 'filter.down':
			return { ...state, selected: pick(at + 1) };
		case 'library.pageDown':
			return { ...state, selected: pick(at + page) };
		case 'library.pageUp':
			return { ...state, selected: pick(at - page) };
		case 'library.first':
			return { ...state, selected: pick(0) };
		case 'library.last':
			return { ...state, selected: pick(order.length - 1) };
		case 'library.open':
			return order.includes(current) ? { ...state, selected: current, screen: 'reader', readerReturnTo: 'library', openAt: null, openFollowing: null, readerAtHit: false } : state;
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

/**
 * `s` from any screen. From a reader opened at a hit, leaving the new search goes back to that reader, and
 * leaving that reader goes back to the library: back never circles.
 */
function openSearch(state: AppState): AppState {
	if (state.screen === 'search') return state;
	const cameFrom = state.screen === 'notes' && state.returnTo === 'search' ? state.searchReturnTo : state.screen;
	return { ...state, screen: 'search', searchReturnTo: cameFrom, readerReturnTo: state.readerReturnTo === 'search' ? 'library' : state.readerReturnTo };
}

/**
 * The articles of a new listing, each one that did not change kept as it was (its text already read, the
 * reader open on it undisturbed); the same array when nothing changed. The article open in the reader stays
 * even if the listing no longer has it.
 */
function withListing(state: AppState, listing: LibraryListing, startAt: number | undefined, select: string | null): AppState {
	const known = new Map(state.articles.map((entry) => [entry.path, entry]));
	const open = state.articles[state.selected];
	let same = state.articles.length === listing.articles.length;
	const articles = listing.articles.map((entry, index) => {
		const old = known.get(entry.path);
		const kept = old && old.mtimeMs === entry.mtimeMs && old.size === entry.size ? counted(old, entry) : entry;
		if (kept !== state.articles[index]) same = false;
		return kept;
	});
	if (open && state.screen !== 'library' && !articles.some((entry) => entry.path === open.path)) {
		articles.push(open);
		same = false;
	}
	const next = same ? state.articles : articles;
	// An article just imported is selected while the library shows (a filter that would hide it is cleared).
	const added = state.screen === 'library' && select !== null ? next.findIndex((entry) => entry.path === select) : -1;
	if (added >= 0) return { ...state, articles: next, selected: added, unreadable: listing.unreadable, problem: listing.problem, libraryQuery: '', libraryFiltering: false };
	const selected = state.articles.length === 0 && startAt !== undefined ? startAt : open ? Math.max(0, next.findIndex((entry) => entry.path === open.path)) : 0;
	const unreadable = sameFiles(state.unreadable, listing.unreadable) ? state.unreadable : listing.unreadable;
	if (next === state.articles && selected === state.selected && unreadable === state.unreadable && listing.problem === state.problem) return state;
	return { ...state, articles: next, selected, unreadable, problem: listing.problem };
}

/**
 * The entry as it was (its article may be open in the reader, worked out as far as it is), with its quotes
 * counted once the index has counted them (a large article opened before the index had read it).
 */
function counted(old: LoadedArticle, read: LoadedArticle): LoadedArticle {
	return old.summary.pending && !read.summary.pending ? { ...old, summary: read.summary } : old;
}

function sameFiles(a: readonly UnreadableFile[], b: readonly UnreadableFile[]): boolean {
	return a.length === b.length && a.every((file, index) => file.path === b[index]!.path && file.reason === b[index]!.reason);
}
