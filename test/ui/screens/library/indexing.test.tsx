import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listLibrary, type LibraryListing } from '../../../../source/library/load.js';
import type { IndexProgress, LibraryEntry } from '../../../../source/library/index/library.js';
import type { AppLibrary } from '../../../../source/ui/app/use-library-index.js';
import { renderApp } from '../../../helpers/app.js';
import { ARTICLES_DIR } from '../../../helpers/articles.js';
import { KEYS, press, waitForFrame } from '../../../helpers/ink.js';

/** A library whose index is being built: each step of the build waits for the test to let it go on. */
function libraryBeingBuilt(all: LibraryListing, order: readonly number[]) {
	let listed = 0;
	let release: (() => void) | null = null;
	const next = () => new Promise<void>((resolve) => (release = resolve));
	const library: AppLibrary = {
		listing: () => ({ articles: order.slice(0, listed).map((index) => all.articles[index]!), unreadable: [], problem: listed === 0 ? 'No articles given' : null }),
		async *updates(): AsyncGenerator<IndexProgress> {
			await next();
			yield { done: 0, total: order.length, article: null };
			for (let done = 1; done <= order.length; done++) {
				await next();
				listed = done;
				yield { done, total: order.length, article: { path: all.articles[order[done - 1]!]!.path } as LibraryEntry };
			}
		},
		search: async () => [],
	};
	return { library, step: () => release?.() };
}

test('the library is drawn at once and fills in as the index is built, with progress; it can be used meanwhile', async () => {
	const all = await listLibrary([ARTICLES_DIR]);
	// The Zakharova article is read first; the Lavrov one, whose title sorts before it, comes second.
	const building = libraryBeingBuilt(all, [1, 0]);
	const app = await renderApp({ listing: { articles: [], unreadable: [], problem: 'No articles given' }, library: building.library });
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('0 articles'), 'the first frame, before any file is looked at');
	assert.match(frame, /Looking for articles…/);
	assert.doesNotMatch(frame, /No articles given/, 'nothing is said to be missing while the files are checked');

	building.step();
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('indexing 0 of 2'), 'progress');
	assert.match(frame, /Reading the articles/);
	building.step();
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('1 article · indexing 1 of 2'), 'the first row');
	assert.match(frame, /› Russia warns peacekeepers/);

	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('page 1/') && f.includes('Euromaidan Press'), 'an article opens while the rest are read');
	await press(app.stdin, 'q');
	await waitForFrame(app.lastFrame, (f) => f.includes('indexing 1 of 2'), 'back in the library');

	building.step();
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('2 articles') && !f.includes('indexing'), 'every row, the build done');
	assert.match(frame, /Russia sees no possibility[\s\S]*› Russia warns peacekeepers/, 'the selection stayed on its article as a row came in above it');
	app.unmount();
});
