import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LibraryImports } from '../../../source/library/import/library-imports.js';
import { readPipedArticle } from '../../../source/library/import/piped.js';
import { pipedEntry } from '../../../source/ui/piped/piped-entry.js';
import { renderApp } from '../../helpers/app.js';
import { press, waitForFrame } from '../../helpers/ink.js';
import { fixture } from '../../helpers/news-server.js';
import { tempStore } from '../../helpers/store.js';
import { temporaryFolder } from '../../helpers/temp.js';

const FILE = 'russia-warns-peacekeepers-in-ukraine-would-trigger-direct-confrontation.txt';
const QUOTE = 'Russia is categorically opposed to such a scenario, which threatens a direct clash between Russia and NATO,';

/** The reader as `cat saved.html | marginalia` starts it: the piped article, saving into a test library. */
async function pipedReader(t: TestContext, prepare?: (library: string) => void) {
	const piped = await readPipedArticle(Readable.from([fixture('zakharova.html')]));
	assert.ok(piped);
	const { store } = await tempStore();
	const data = temporaryFolder('marginalia-piped-data-');
	const library = join(data, 'articles');
	prepare?.(library);
	const imports = new LibraryImports({ store, paths: [], cwd: data, env: { MARGINALIA_DATA_DIR: data, MARGINALIA_CACHE_DIR: join(data, 'cache') } });
	const { entry, saver } = pipedEntry(piped, imports);
	const app = await renderApp({ store, listing: { articles: [entry], unreadable: [], problem: null }, openAtStart: 0, piped: saver, paths: [library] });
	t.after(() => app.unmount());
	await waitForFrame(app.lastFrame, (f) => f.includes('page 1/'), 'the reader');
	const files = () => (existsSync(library) ? readdirSync(library).filter((name) => !name.startsWith('.')) : []);
	return { app, store, library, files };
}

test('piped reader: H first offers to save the article; n saves nothing; y saves it, then the highlight is made where the focus was', async (t) => {
	const { app, store, library, files } = await pipedReader(t);
	await press(app.stdin, '}H');
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('Highlights need a file'), 'the offer');
	assert.match(frame, /Highlights need a file: save it to your library\? y saves · n not now/);
	await press(app.stdin, 'n');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Not saved: highlights and notes need the article in your library'), 'declined');
	assert.deepEqual(files(), []);
	assert.deepEqual(store.highlights(), []);

	await press(app.stdin, 'H');
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlights need a file'), 'the offer again');
	await press(app.stdin, 'y');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Saved to your library as') && f.includes('Highlighted · a adds a note'), 'saved, and the H that asked went on');
	assert.deepEqual(files(), [FILE]);
	const highlights = store.highlights();
	assert.equal(highlights.length, 1);
	assert.equal(highlights[0]!.file, join(library, FILE));
	assert.equal(highlights[0]!.exact, QUOTE);
	assert.equal(store.settings().library, library, 'the data folder became the library');

	await press(app.stdin, 'a');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Enter saves'), 'a opens the note editor at once: the article has its file now');
	await press(app.stdin, 'Compare with the Kremlin line\r');
	await waitForFrame(app.lastFrame, (f) => f.includes('✎ Compare with the Kremlin line'), 'the note saved');
	assert.equal(store.highlights()[0]!.note, 'Compare with the Kremlin line');
	await press(app.stdin, 'q');
	await waitForFrame(app.lastFrame, (f) => !f.includes('page '), 'q quits, as in less: there is no library behind it');
});

test('piped reader: when the library has the page (same address) with other text, that copy is shown and nothing is highlighted', async (t) => {
	const { app, store, files } = await pipedReader(t, (library) => {
		mkdirSync(library, { recursive: true });
		writeFileSync(join(library, 'older.txt'), '---\ntitle: Russia warns peacekeepers (an older version)\nurl: http://news.test/2025/03/06/russia-warns-peacekeepers/\n---\nRussia warns peacekeepers (an older version)\n\n“We are against it,” she said.\n');
	});
	await press(app.stdin, '}a');
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlights need a file'), 'the offer');
	await press(app.stdin, 'y');
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('Your library has it'), 'the copy there');
	assert.match(frame, /Your library has it \(same address, other text\): showing older\.txt/);
	assert.match(frame, /We are against it/);
	assert.doesNotMatch(frame, /Enter saves/, 'no editor opened on other text');
	assert.deepEqual(files(), ['older.txt']);
	assert.deepEqual(store.highlights(), []);
});
