import { groupHits, hitsInOrder, stepHit, type GroupableHit, type HitGroup } from '../../../core/search/results.js';
import { isSearchable, parseQuery } from '../../../core/search/query.js';
import { editQuery, type FilterKey } from '../../components/FilterLine.js';

/** The hits of one query, as the screen lists them. */
export interface SearchResults<H extends GroupableHit> {
	readonly query: string;
	readonly groups: readonly HitGroup<H>[];
	/** In the order listed: what ↑↓ and n N move along. */
	readonly hits: readonly H[];
}

/**
 * The search screen: the query as typed, whether the field has the keys, the results of the latest query
 * answered, and the trail the reader follows with n and N (the results a hit was opened from, and which).
 * It outlives the screen: back from the reader, the results are as they were.
 */
export interface SearchState<H extends GroupableHit> {
	readonly query: string;
	readonly typing: boolean;
	readonly results: SearchResults<H> | null;
	readonly selected: number;
	/** A search for `query` is waiting for a pause in typing, or running. */
	readonly searching: boolean;
	readonly error: string | null;
	readonly trail: { readonly results: SearchResults<H>; readonly index: number } | null;
	/** Enter was pressed before the query's results came: the first hit opens when they do. */
	readonly openWhenReady: boolean;
}

export type SearchAction<H extends GroupableHit> =
	/** `s`: a new query, typed from the start (the trail stays until a hit of the new one is opened). */
	| { type: 'start' }
	| { type: 'type'; input: string; key: FilterKey }
	| { type: 'clear' }
	| { type: 'edit' }
	| { type: 'leave-field' }
	| { type: 'results'; query: string; hits: readonly H[] }
	| { type: 'error'; query: string; message: string }
	| { type: 'move'; by: number }
	| { type: 'move-to'; index: number }
	| { type: 'open' }
	| { type: 'open-when-ready' }
	| { type: 'step'; by: 1 | -1 };

export function initialSearchState<H extends GroupableHit>(): SearchState<H> {
	return { query: '', typing: true, results: null, selected: 0, searching: false, error: null, trail: null, openWhenReady: false };
}

export function searchReducer<H extends GroupableHit>(state: SearchState<H>, action: SearchAction<H>): SearchState<H> {
	switch (action.type) {
		case 'start':
			return { ...state, query: '', typing: true, results: null, selected: 0, searching: false, error: null, openWhenReady: false };
		case 'type':
			return withQuery(state, editQuery(state.query, action.input, action.key));
		case 'clear':
			return withQuery(state, '');
		case 'edit':
			return { ...state, typing: true };
		case 'leave-field':
			return { ...state, typing: false };
		case 'results': {
			if (action.query !== state.query) return state;
			const groups = groupHits(action.hits);
			return { ...state, results: { query: action.query, groups, hits: hitsInOrder(groups) }, selected: 0, searching: false, error: null };
		}
		case 'error':
			return action.query === state.query ? { ...state, searching: false, error: action.message, openWhenReady: false } : state;
		case 'move':
			return { ...state, selected: clamp(state.selected + action.by, state.results?.hits.length ?? 0) };
		case 'move-to':
			return { ...state, selected: clamp(action.index, state.results?.hits.length ?? 0) };
		case 'open':
			// Back from the reader, the hits have the keys (/ changes the query).
			return state.results && state.results.hits[state.selected]
				? { ...state, trail: { results: state.results, index: state.selected }, typing: false, openWhenReady: false }
				: { ...state, openWhenReady: false };
		case 'open-when-ready':
			// The query is given: keys typed from here on are for the reader it opens (the App keeps them till then).
			return state.searching ? { ...state, openWhenReady: true, typing: false } : state;
		case 'step': {
			if (!state.trail) return state;
			const { index } = stepHit(state.trail.index, state.trail.results.hits.length, action.by);
			// The list follows the reader while it shows the same results.
			const selected = state.results === state.trail.results ? index : state.selected;
			return { ...state, trail: { ...state.trail, index }, selected };
		}
	}
}

/** Whether a query asks for anything (exclusions alone find nothing). */
export function isQuery(query: string): boolean {
	return isSearchable(parseQuery(query));
}

function withQuery<H extends GroupableHit>(state: SearchState<H>, query: string): SearchState<H> {
	if (query === state.query) return state;
	const searching = isQuery(query);
	// The results of the last query stay until the next arrive, so the list does not flicker while typing.
	return { ...state, query, searching, error: null, results: searching ? state.results : null, selected: searching ? state.selected : 0, openWhenReady: false };
}

function clamp(index: number, count: number): number {
	return Math.max(0, Math.min(count - 1, index));
}
