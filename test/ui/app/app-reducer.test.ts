import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReducer, initialAppState, type AppAction, type AppState } from '../../../source/ui/app/app-reducer.js';
import type { LibraryListing, LoadedArticle } from '../../../source/library/load.js';
import { NO_KEY } from '../../../source/ui/keys/keypress.js';

const article = (path: string) => ({ path }) as LoadedArticle;
const ARTICLES = [article('/a.txt'), article('/b.txt'), article('/c.txt')];
const ORDER = [2, 0, 1];
const run = (state: AppState, ...actions: AppAction[]) => actions.reduce(appReducer, state);
const command = (name: Extract<AppAction, { type: 'command' }>['command']): AppAction => ({ type: 'command', command: name, order: ORDER });

test('the library moves along the order shown and opens the article selected', () => {
	const state = run(initialAppState(ARTICLES), command('library.first'), command('library.down'));
	assert.equal(state.selected, 0, 'second in the order shown is article 0');
	const opened = appReducer(state, command('library.open'));
	assert.equal(opened.screen, 'reader');
	assert.equal(opened.readerReturnTo, 'library');
	assert.equal(appReducer(opened, command('back')).screen, 'library');
	assert.equal(appReducer(initialAppState(ARTICLES), command('back')).quitting, true, 'q in the library quits');
});

test('the filter is typed into the state; Enter keeps it, Esc clears it', () => {
	const typing = run(initialAppState(ARTICLES), command('library.filter'), { type: 'library-type', input: 'b', key: NO_KEY });
	assert.equal(typing.libraryQuery, 'b');
	assert.equal(appReducer(typing, command('filter.done')).libraryFiltering, false);
	assert.equal(appReducer(typing, command('filter.done')).libraryQuery, 'b');
	assert.equal(appReducer(typing, command('filter.clear')).libraryQuery, '');
});

test('notes open from anywhere and go back where they came from; a note opens the reader at it', () => {
	const reading = run(initialAppState(ARTICLES), command('library.open'), command('notes'));
	assert.equal(reading.screen, 'notes');
	assert.equal(appReducer(reading, command('back')).screen, 'reader');
	const elsewhere = article('/elsewhere.txt');
	const opened = appReducer(reading, { type: 'open-note', article: elsewhere, range: { start: 3, end: 9 } });
	assert.equal(opened.articles[opened.selected], elsewhere);
	assert.deepEqual(opened.openAt, { start: 3, end: 9 });
	assert.equal(appReducer(opened, command('back')).screen, 'notes');
});

test('] and [ step along the order; help opens over any screen and scrolls', () => {
	const reading = run(initialAppState(ARTICLES, 2), { type: 'sibling', delta: 1, order: ORDER });
	assert.equal(reading.selected, 0);
	assert.equal(appReducer(reading, { type: 'sibling', delta: 5, order: ORDER }).selected, 0, 'past the end stays');
	const help = run(reading, command('help'), command('help.down'));
	assert.deepEqual([help.help, help.helpScroll], [true, 5]);
	assert.equal(appReducer(help, command('help.close')).help, false);
});

const listingOf = (articles: readonly LoadedArticle[]): LibraryListing => ({ articles: [...articles], unreadable: [], problem: null });

test('a library read again after an import: the added article is selected in the library (its filter cleared), never under the reader', () => {
	const fresh = [article('/a.txt'), article('/b.txt'), article('/c.txt'), article('/new.txt')];
	const filtered = { ...run(initialAppState(ARTICLES), command('library.filter'), { type: 'library-type', input: 'b', key: NO_KEY }), selected: 1 };
	const added = appReducer(filtered, { type: 'library-updated', listing: listingOf(fresh), select: '/new.txt' });
	assert.equal(added.selected, 3);
	assert.equal(added.libraryQuery, '');
	const reading = appReducer(initialAppState(ARTICLES), { type: 'command', command: 'library.open', order: [1] });
	const underReader = appReducer(reading, { type: 'library-updated', listing: listingOf(fresh), select: '/new.txt' });
	assert.equal(underReader.articles[underReader.selected]!.path, '/b.txt', 'the reader keeps its article');
	const refreshed = appReducer(initialAppState(ARTICLES, undefined, { selected: 2 }), { type: 'library-updated', listing: listingOf([article('/z.txt'), ...fresh]), select: null });
	assert.equal(refreshed.articles[refreshed.selected]!.path, '/c.txt', 'the selection follows its article');
});

test('an article read from a pipe: leaving the reader quits, and its saved copy takes its place', () => {
	const piped = initialAppState([article('<standard input>')], 0, { withoutLibrary: true });
	assert.equal(piped.screen, 'reader');
	assert.equal(appReducer(piped, command('back')).quitting, true);
	const saved = appReducer(piped, { type: 'article-saved', from: '<standard input>', article: article('/library/story.txt') });
	assert.equal(saved.articles[0]!.path, '/library/story.txt');
	const notes = appReducer(saved, command('notes'));
	assert.equal(appReducer(notes, command('back')).screen, 'reader', 'q in the notes screen goes back to the reader');
});
