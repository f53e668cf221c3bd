import type { AppAction, AppState } from '../../app/app-reducer.js';
import { commandFor } from '../../keys/keymap.js';
import { KeyPriority } from '../../keys/KeypressProvider.js';
import { useKeypress } from '../../keys/use-keypress.js';
import type { SearchController } from './use-search.js';

/**
 * The search screen's keys, subscribed by the App so that keys typed right after `s` (in the same chunk)
 * reach the query. While the query is typed it takes every key but Ctrl-C and Ctrl-Z; over the results it
 * leaves the keys every screen shares (q, Esc, ?, m, s) to the App.
 */
export function useSearchKeys({
	appNow,
	dispatch,
	search,
	page,
}: {
	appNow: { readonly current: AppState };
	dispatch: (action: AppAction) => void;
	search: SearchController;
	/** Rows of hits on screen: what PgDn moves. */
	page: number;
}): void {
	useKeypress(
		({ input, key, paste }) => {
			if (appNow.current.screen !== 'search') return false;
			const now = search.now.current;
			if (now.typing) {
				const command = paste ? undefined : commandFor('searchQuery', input, key);
				switch (command) {
					case 'quit':
					case 'suspend':
						return false;
					case 'searchQuery.open':
						search.openSelected();
						return true;
					case 'searchQuery.results':
						// Esc over an empty query goes back; otherwise to the hits, to move through them.
						if (now.query.trim() === '') dispatch({ type: 'command', command: 'back', order: [] });
						else search.dispatch({ type: 'leave-field' });
						return true;
					case 'searchQuery.up':
						search.dispatch({ type: 'move', by: -1 });
						return true;
					case 'searchQuery.down':
						search.dispatch({ type: 'move', by: 1 });
						return true;
					case 'searchQuery.clear':
						search.dispatch({ type: 'clear' });
						if (now.query !== '') search.queryChanged();
						return true;
					default:
						search.dispatch({ type: 'type', input: input.replace(/[\r\n\t]+/g, ' '), key });
						if (search.now.current.query !== now.query) search.queryChanged();
						return true;
				}
			}
			const command = commandFor('search', input, key);
			const count = now.results?.hits.length ?? 0;
			switch (command) {
				case 'search.up':
					search.dispatch({ type: 'move', by: -1 });
					return true;
				case 'search.down':
					search.dispatch({ type: 'move', by: 1 });
					return true;
				case 'search.pageDown':
					search.dispatch({ type: 'move', by: page });
					return true;
				case 'search.pageUp':
					search.dispatch({ type: 'move', by: -page });
					return true;
				case 'search.first':
					search.dispatch({ type: 'move-to', index: 0 });
					return true;
				case 'search.last':
					search.dispatch({ type: 'move-to', index: count - 1 });
					return true;
				case 'search.open':
					search.openSelected();
					return true;
				case 'search.edit':
					search.dispatch({ type: 'edit' });
					return true;
				default:
					return false;
			}
		},
		{ priority: KeyPriority.screen },
	);
}
