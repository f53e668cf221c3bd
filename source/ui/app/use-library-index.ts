import { useEffect, useMemo, useState } from 'react';
import type { Library } from '../../library/index/library.js';
import type { LibraryListing } from '../../library/load.js';

/** What the App needs of the library index: its rows now, the files checked in the background, search. */
export type AppLibrary = Pick<Library, 'listing' | 'updates' | 'search'>;

/** How the background check is going: files read of those changed (or new) since the index was saved. */
export interface IndexingState {
	/** Still checking which files changed: nothing can be said to be missing yet. */
	readonly checking: boolean;
	/** Files being read again, when some are: "indexing 350 of 10,000". */
	readonly done: number;
	readonly total: number;
}

/** The progress is redrawn at most this often; the rows are read again at most every REFRESH_MS. */
const PROGRESS_MS = 100;
const REFRESH_MS = 750;

/**
 * After the first frame (drawn from the cached rows), the files are checked and the changed ones read
 * again; rows fill in as they are read. `onListing` gets the library as it stands now and then, and once at
 * the end. Returns the progress (null once the check is done), and the library to search: its searches wait
 * for the check, so that they cover every article and never read the index while it is being replaced.
 */
export function useLibraryIndex(
	library: AppLibrary | undefined,
	onListing: (listing: LibraryListing) => void,
): { indexing: IndexingState | null; searchable: Pick<AppLibrary, 'search'> | undefined } {
	const [indexing, setIndexing] = useState<IndexingState | null>(library ? { checking: true, done: 0, total: 0 } : null);
	const checked = useMemo(() => {
		let done = () => {};
		const promise = new Promise<void>((resolve) => (done = resolve));
		return { promise, done };
	}, [library]);
	const searchable = useMemo(
		() =>
			library && {
				search: async (...[query, options]: Parameters<AppLibrary['search']>) => {
					await checked.promise;
					options.signal?.throwIfAborted();
					return library.search(query, options);
				},
			},
		[library, checked],
	);
	useEffect(() => {
		if (!library) return;
		const controller = new AbortController();
		let stopped = false;
		// The progress shown at most every PROGRESS_MS, the latest always shown in the end.
		let shownAt = 0;
		let trailing: ReturnType<typeof setTimeout> | null = null;
		const show = (progress: { done: number; total: number }) => {
			if (trailing) clearTimeout(trailing);
			trailing = null;
			const wait = shownAt + PROGRESS_MS - Date.now();
			if (wait > 0) {
				trailing = setTimeout(() => show(progress), wait);
				return;
			}
			shownAt = Date.now();
			setIndexing({ checking: false, done: progress.done, total: progress.total });
		};
		const run = async () => {
			// Let the first frame be drawn before the first stat.
			await new Promise((resolve) => setTimeout(resolve, 0));
			// The first article read is listed at once; then the rows are read again now and then.
			let listedAt = 0;
			let readSinceListed = false;
			for await (const progress of library.updates({ signal: controller.signal })) {
				if (stopped) return;
				const now = Date.now();
				if (progress.article) readSinceListed = true;
				show(progress);
				if (readSinceListed && now - listedAt >= REFRESH_MS) {
					listedAt = now;
					readSinceListed = false;
					onListing(library.listing());
				}
			}
		};
		const finish = () => {
			if (trailing) clearTimeout(trailing);
			checked.done();
			if (!stopped) setIndexing(null);
		};
		run().then(
			() => {
				if (!stopped) onListing(library.listing());
				finish();
			},
			// The check failed (the folder went away meanwhile): the rows stay as the cache had them.
			finish,
		);
		return () => {
			stopped = true;
			if (trailing) clearTimeout(trailing);
			controller.abort();
		};
		// onListing is a dispatch wrapped once by the App.
	}, [library, checked]);
	return { indexing, searchable };
}
