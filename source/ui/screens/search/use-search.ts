import { useEffect, useRef } from 'react';
import type { SearchHit } from '../../../core/search/search.js';
import type { TextRange } from '../../../core/text/range.js';
import type { LibrarySearchOptions, LibraryUnit } from '../../../library/index/library.js';
import { LiveSearch } from '../../../library/index/live-search.js';
import type { StoredHighlight } from '../../../store/index.js';
import { useSyncReducer } from '../../hooks/use-sync-reducer.js';
import { initialSearchState, isQuery, searchReducer, type SearchAction, type SearchState } from './search-state.js';
import { describeError } from '../../describe-error.js';

export type LibraryHit = SearchHit<LibraryUnit>;

/** What the search screen searches: the library index (and the notes given). */
export interface SearchSource {
	search(query: string, options: LibrarySearchOptions): Promise<LibraryHit[]>;
}

/** Hits asked for per query: enough to scroll through, few enough to rank between two key presses. */
export const SEARCH_LIMIT = 50;

export interface SearchController {
	readonly state: SearchState<LibraryHit>;
	/** The state as the keys before this one (in the same chunk) left it. */
	readonly now: { readonly current: SearchState<LibraryHit> };
	readonly available: boolean;
	dispatch(action: SearchAction<LibraryHit>): void;
	/** `s`: a new query. */
	start(): void;
	/** After the query changed: search again once typing pauses (LiveSearch), or stop. */
	queryChanged(): void;
	/** Enter: the selected hit is opened, or the first of the results on their way. */
	openSelected(): void;
	/** n N in the reader: the next or previous hit of the search a hit was opened from. */
	step(by: 1 | -1): { path: string; range: TextRange; wrapped: boolean } | null;
}

/** Where the reader opens for a hit: its marked words, or the whole of it. */
export function hitRange(hit: LibraryHit): TextRange {
	return { start: hit.start, end: hit.end };
}

/**
 * The search screen's state and its searching, kept by the App (back from the reader the results are as
 * they were; keys typed right after `s` reach the query). Each key press cancels the search under way and
 * the next starts once typing pauses; results of an overtaken query are never shown.
 */
export function useSearch(
	source: SearchSource | undefined,
	notes: () => readonly StoredHighlight[],
	/** Reads the article at the hit (the App's routing). */
	onOpen: (hit: { path: string; range: TextRange }) => void,
): SearchController {
	const [state, dispatch, now] = useSyncReducer(searchReducer<LibraryHit>, () => initialSearchState<LibraryHit>());
	const notesRef = useRef(notes);
	notesRef.current = notes;
	const onOpenRef = useRef(onOpen);
	onOpenRef.current = onOpen;
	const openSelected = () => {
		const { results, selected, searching } = now.current;
		const hit = searching ? undefined : results?.hits[selected];
		if (!hit) return dispatch({ type: searching ? 'open-when-ready' : 'open' });
		dispatch({ type: 'open' });
		onOpenRef.current({ path: hit.file, range: hitRange(hit) });
	};
	const live = useRef<LiveSearch<LibraryHit[]> | null>(null);
	if (!live.current && source) {
		live.current = new LiveSearch({
			search: (query, signal) => source.search(query, { limit: SEARCH_LIMIT, notes: notesRef.current(), signal }),
			onResult: (query, hits) => {
				dispatch({ type: 'results', query, hits });
				if (now.current.openWhenReady && now.current.query === query) openSelected();
			},
			onError: (query, error) => dispatch({ type: 'error', query, message: describeError(error) }),
		});
	}
	useEffect(() => () => live.current?.cancel(), []);

	const queryChanged = () => {
		const { query, searching } = now.current;
		if (searching && isQuery(query)) live.current?.type(query);
		else live.current?.cancel();
	};
	return {
		state,
		now,
		available: source !== undefined,
		dispatch,
		start() {
			live.current?.cancel();
			dispatch({ type: 'start' });
		},
		queryChanged,
		openSelected,
		step(by) {
			if (!now.current.trail) return null;
			const before = now.current.trail.index;
			dispatch({ type: 'step', by });
			const trail = now.current.trail!;
			const hit = trail.results.hits[trail.index];
			if (!hit) return null;
			return { path: hit.file, range: hitRange(hit), wrapped: by > 0 ? trail.index <= before : trail.index >= before };
		},
	};
}
