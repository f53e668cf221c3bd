import { nextSort, type LibrarySort } from '../../core/library/order.js';
import type { LoadedArticle } from '../../library/load.js';
import type { TextRange } from '../../core/text/range.js';
import type { CommandId } from '../keys/keymap.js';
import { editQuery, type FilterKey } from '../components/FilterLine.js';

export type ScreenName = 'library' | 'reader' | 'notes' | 'people';

export interface AppState {
	readonly screen: ScreenName;
	/** Where leaving the notes screen goes, and where leaving the reader goes. */
	readonly returnTo: 'library' | 'reader';
	readonly readerReturnTo: 'library' | 'notes' | 'people';
	/** Where leaving the people screen goes: the screen, the article that was open there and where it led back to. */
	readonly peopleReturn: { readonly screen: Exclude<ScreenName, 'people'>; readonly selected: number; readonly readerReturnTo: AppState['readerReturnTo'] };
	/** The library's articles, plus any opened from the notes screen that live elsewhere. */
	readonly articles: readonly LoadedArticle[];
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
	| { type: 'repaint'; on: boolean };

/**
 * `selected`: the article to start on (the last one read, else the top of the list as sorted); `openAtStart`
 * opens one straight away instead.
 */
export function initialAppState(
	articles: readonly LoadedArticle[],
	openAtStart?: number,
	library: { readonly selected?: number; readonly sort?: LibrarySort } = {},
): AppState {
	return {
		screen: openAtStart !== undefined && articles.length > 0 ? 'reader' : 'library',
		returnTo: 'library',
		readerReturnTo: 'library',
		peopleReturn: { screen: 'library', selected: 0, readerReturnTo: 'library' },
		articles,
		selected: Math.min(openAtStart ?? library.selected ?? 0, Math.max(0, articles.length - 1)),
		librarySort: library.sort ?? 'title',
		libraryQuery: '',
		libraryFiltering: false,
		openAt: null,
		openFollowing: null,
		help: false,
		helpScroll: 0,
		quitting: false,
		suspends: 0,
		refreshes: 0,
		repaint: false,
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
			return selected === undefined ? state : { ...state, selected, openAt: null, openFollowing: null };
		}
		case 'open-note': {
			// The notes screen read the file just now: its copy replaces an older one, so offsets agree.
			const known = state.articles.findIndex((entry) => entry.path === action.article.path);
			const articles = known >= 0 ? state.articles.map((entry, index) => (index === known ? action.article : entry)) : [...state.articles, action.article];
			const selected = known >= 0 ? known : articles.length - 1;
			return { ...state, articles, selected, screen: 'reader', readerReturnTo: 'notes', openAt: action.range, openFollowing: null };
		}
		case 'open-quote': {
			const at = state.articles.findIndex((entry) => entry.path === action.path);
			if (at < 0) return state;
			return { ...state, selected: at, screen: 'reader', readerReturnTo: 'people', openAt: action.range, openFollowing: action.speaker };
		}
		case 'article-changed':
			return { ...state, articles: state.articles.map((entry) => (entry.path === action.article.path ? action.article : entry)) };
		case 'library-type':
			return { ...state, libraryQuery: editQuery(state.libraryQuery, action.input, action.key) };
		case 'command':
			return applyCommand(state, action.command, action.order, action.page ?? 10);
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
			return state.screen === 'notes' ? state : { ...state, screen: 'notes', returnTo: state.screen === 'reader' ? 'reader' : 'library' };
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
			if (state.screen === 'notes') return { ...state, screen: state.returnTo, readerReturnTo: 'library', openAt: null };
			if (state.screen === 'reader') return { ...state, screen: state.readerReturnTo, openAt: null, openFollowing: null };
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
			return order.includes(current) ? { ...state, selected: current, screen: 'reader', readerReturnTo: 'library', openAt: null, openFollowing: null } : state;
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
