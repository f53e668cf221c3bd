import { useCallback, useEffect, useRef } from 'react';
import type { LibraryImports } from '../../../library/import/library-imports.js';
import type { LibraryListing } from '../../../library/load.js';
import { truncate } from '../../../core/text/fit.js';
import { sanitizeInline } from '../../../core/text/sanitize.js';
import { readableDate } from '../../../core/text/dates.js';
import type { AppState } from '../../app/app-reducer.js';
import { useSyncReducer } from '../../hooks/use-sync-reducer.js';
import { commandFor } from '../../keys/keymap.js';
import { KeyPriority } from '../../keys/KeypressProvider.js';
import { useKeypress } from '../../keys/use-keypress.js';
import { importReducer, NO_IMPORT, refreshMessage, type ImportMessage, type ImportState } from './import-state.js';
import { describeError } from '../../describe-error.js';

/** What the library's `A` and `r` need: LibraryImports, or a stand-in in tests. */
export type LibraryImporter = Pick<LibraryImports, 'add' | 'refresh' | 'feedCount' | 'listing'>;

const reasonOf = (error: unknown) => sanitizeInline(describeError(error));
const INPUT_SHOWN = 60;

/**
 * `A` (a prompt, then fetching and adding one article) and `r` (every feed) in the library. Work runs in the
 * background with a spinner while the keys go on working; Esc stops it (a fetch in flight is aborted).
 * When it is done the library's index is read again and handed to `onListing`, with the added article to select.
 */
export function useLibraryImports({
	imports,
	appNow,
	onListing,
}: {
	imports: LibraryImporter | undefined;
	appNow: { readonly current: AppState };
	onListing: (listing: LibraryListing, select: string | null) => void;
}): ImportState {
	const [state, dispatch, now] = useSyncReducer(importReducer, () => NO_IMPORT);
	const running = useRef<AbortController | null>(null);
	useEffect(() => () => running.current?.abort(), []);

	/** Runs `work`; a result after Esc is still shown when it wrote something (it is in the library). */
	const run = useCallback(
		async (work: (signal: AbortSignal) => Promise<{ message: ImportMessage; select: string | null; wrote: boolean }>, failure: (reason: string) => string) => {
			const controller = new AbortController();
			running.current = controller;
			let outcome: { message: ImportMessage; select: string | null; wrote: boolean };
			try {
				outcome = await work(controller.signal);
			} catch (error) {
				if (running.current === controller) {
					running.current = null;
					dispatch({ type: 'finish', message: { text: failure(reasonOf(error)), tone: 'problem' } });
				}
				return;
			}
			const stopped = running.current !== controller;
			if (!stopped) running.current = null;
			if (stopped && !outcome.wrote) return;
			let listing: LibraryListing;
			try {
				listing = await imports!.listing();
			} catch (error) {
				dispatch({ type: 'finish', message: { text: `${outcome.message.text}, but the library could not be read again: ${reasonOf(error)}`, tone: 'problem' } });
				return;
			}
			onListing(listing, outcome.select);
			dispatch({ type: 'finish', message: outcome.message });
		},
		[imports, onListing],
	);

	const add = (typed: string) => {
		const shown = truncate(sanitizeInline(typed.trim()), INPUT_SHOWN);
		dispatch({ type: 'start', job: { kind: 'add', input: shown } });
		void run(
			async (signal) => {
				const added = await imports!.add(typed, { signal });
				const details = [added.source, added.date ? readableDate(added.date) : null].filter(Boolean).join(', ');
				const title = sanitizeInline(`${added.title}${details ? ` (${details})` : ''}`);
				const text = added.status === 'added' ? `Added: ${title}` : `Already in the library (${added.same === 'url' ? 'the same address' : 'the same text'}): ${title}`;
				return { message: { text, tone: 'done' }, select: added.path, wrote: added.status === 'added' };
			},
			(reason) => `Cannot add ${shown}: ${reason}`,
		);
	};

	const refresh = () => {
		let feeds = 0;
		try {
			feeds = imports!.feedCount();
		} catch {
			// An unreadable store has no feeds to offer: said as such.
		}
		if (feeds === 0) {
			dispatch({ type: 'message', message: { text: "No feeds yet: subscribe with 'marginalia feed add URL', then r", tone: 'problem' } });
			return;
		}
		dispatch({ type: 'start', job: { kind: 'refresh', feeds, feedsDone: 0, added: 0, failures: [] } });
		void run(
			async (signal) => {
				const summary = await imports!.refresh({ signal, onEvent: (event) => dispatch({ type: 'refresh-event', event }) });
				const failures = summary.feeds.filter((feed) => feed.status === 'failed').map((feed) => sanitizeInline(`feed ${feed.title ?? feed.url}: ${feed.error ?? 'failed'}`));
				return { message: refreshMessage(summary.added.length, summary.feeds.length, failures), select: null, wrote: summary.added.length > 0 };
			},
			(reason) => `Cannot refresh: ${reason}`,
		);
	};

	useKeypress(
		({ input, key, paste }) => {
			const app = appNow.current;
			if (!imports || app.screen !== 'library' || app.help) return false;
			const current = now.current;
			if (current.prompt !== null) {
				if (paste) {
					dispatch({ type: 'prompt-paste', text: input });
					return true;
				}
				const command = commandFor('add', input, key);
				if (command === 'quit' || command === 'suspend') return false;
				if (command === 'add.submit') {
					if (current.prompt.trim() === '') dispatch({ type: 'prompt-close' });
					else add(current.prompt);
				} else if (command === 'add.cancel') dispatch({ type: 'prompt-close' });
				else if (command === 'add.clear') dispatch({ type: 'prompt-clear' });
				else dispatch({ type: 'prompt-type', input, key });
				return true;
			}
			if (app.libraryFiltering || paste) return false;
			if (current.job && commandFor('job', input, key) === 'job.cancel') {
				running.current?.abort();
				running.current = null;
				dispatch({ type: 'finish', message: { text: current.job.kind === 'add' ? 'Stopped: nothing was added' : 'Refresh stopped: what was not fetched comes with the next one', tone: 'problem' } });
				return true;
			}
			const command = commandFor('library', input, key);
			if (command === 'library.add' || command === 'library.refresh') {
				// One at a time: the spinner's line already says that Esc stops the one running.
				if (current.job) return true;
				if (command === 'library.add') dispatch({ type: 'prompt-open' });
				else refresh();
				return true;
			}
			// The last outcome stays until the next key.
			if (current.message && !current.job) dispatch({ type: 'message', message: null });
			return false;
		},
		{ priority: KeyPriority.panel },
	);
	return state;
}
