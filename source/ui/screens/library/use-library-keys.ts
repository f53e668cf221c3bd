import type { AppAction, AppState } from '../../app/app-reducer.js';
import { commandFor } from '../../keys/keymap.js';
import { KeyPriority } from '../../keys/KeypressProvider.js';
import { useKeypress } from '../../keys/use-keypress.js';

/**
 * The library's keys. Its state (selection, sort, filter) is the App's, since it outlives the screen: these
 * keys dispatch App actions along the order shown. While the filter is typed in, it takes every key but
 * Ctrl-C and Ctrl-Z.
 */
export function useLibraryKeys({
	appNow,
	dispatch,
	order,
	page,
}: {
	appNow: { readonly current: AppState };
	dispatch: (action: AppAction) => void;
	order: { readonly current: readonly number[] };
	/** Rows of the list on screen: what PgDn moves. */
	page: number;
}): void {
	useKeypress(
		({ input, key, paste }) => {
			const state = appNow.current;
			if (state.screen !== 'library') return false;
			if (state.libraryFiltering) {
				const command = paste ? undefined : commandFor('filter', input, key);
				if (command === 'quit' || command === 'suspend') return false;
				dispatch(command ? { type: 'command', command, order: order.current } : { type: 'library-type', input: input.replace(/[\r\n]+/g, ' '), key });
				return true;
			}
			const command = commandFor('library', input, key);
			if (command === 'back' && key.escape) {
				// Esc never quits: it clears a kept filter (q quits).
				if (state.libraryQuery !== '') dispatch({ type: 'command', command: 'filter.clear', order: order.current });
				return true;
			}
			if (!command?.startsWith('library.')) return false;
			dispatch({ type: 'command', command, order: order.current, page });
			return true;
		},
		{ priority: KeyPriority.screen },
	);
}
