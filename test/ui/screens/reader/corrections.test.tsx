import { test } from 'node:test';
import assert from 'node:assert/strict';
import stripAnsi from 'strip-ansi';
import { openStore } from '../../../../source/store/index.js';
import { analyseQuotes } from '../../../../source/core/quotes/index.js';
import { loadArticle } from '../../../../source/library/load.js';
import { renderApp } from '../../../helpers/app.js';
import { styleAt } from '../../../helpers/ansi.js';
import { KEYS, press, waitForFrame } from '../../../helpers/ink.js';
import { peopleLibrary } from '../../../helpers/people-library.js';
import { holdLockAsAnotherWindow, savedByRetry, tempStore } from '../../../helpers/store.js';

/** The harbour article open in the reader, its first quote (Ann Price's) focused. */
async function openHarbour(options: { store?: Awaited<ReturnType<typeof tempStore>>['store'] } = {}) {
	const library = peopleLibrary();
	const app = await renderApp({ paths: [library.folder], ...options });
	await press(app.stdin, 'j');
	await waitForFrame(app.lastFrame, (f) => f.includes('› Harbour plan splits'), 'the harbour article selected');
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('Quoted: Ann Price 2 · Tom Baird 1'), 'the reader');
	// The focus starts on the first sentence, which holds her quote: } goes on to his, { back to hers.
	await press(app.stdin, '}');
	await waitForFrame(app.lastFrame, (f) => f.includes('Quote — Tom Baird'), 'his quote focused');
	await press(app.stdin, '{');
	await waitForFrame(app.lastFrame, (f) => f.includes('Quote — Ann Price'), 'her first quote focused');
	return { ...app, library };
}

const colourOf = (frame: string, text: string) => styleAt(frame, text)?.foreground;

test('R then Enter gives the focused quote to the other speaker: the bar, the colours and the info line show it', async () => {
	const app = await openHarbour();
	const before = app.lastFrame() ?? '';
	assert.equal(colourOf(before, 'We will not pay'), colourOf(before, 'Ann Price 2'), 'her colour before');

	await press(app.stdin, 'R');
	const picker = await waitForFrame(app.lastFrame, (f) => f.includes('Who said “We will not pay'), 'the picker');
	assert.match(picker, /› 2 Tom Baird/, 'the other speaker is offered first');
	assert.match(picker, /1 Ann Price\s+\(now\)/);
	await press(app.stdin, KEYS.enter);
	const after = await waitForFrame(app.lastFrame, (f) => f.includes('Speaker set: Tom Baird · U undoes'), 'saved');
	assert.match(after, /Quoted: Tom Baird 2 · Ann Price 1/);
	const frame = app.lastFrame() ?? '';
	assert.equal(colourOf(frame, 'We will not pay'), colourOf(frame, 'Tom Baird 2'), 'the quote is in his colour now');
	assert.notEqual(colourOf(frame, 'We will not pay'), colourOf(frame, 'Ann Price 1'));

	await press(app.stdin, '}');
	await press(app.stdin, '{');
	await waitForFrame(app.lastFrame, (f) => f.includes('Quote — Tom Baird · your correction · R reassigns'), 'the info line says whose and that it was corrected');
	await press(app.stdin, 'y');
	await waitForFrame(app.lastFrame, (f) => f.includes('Copied with'), 'copied');
	assert.equal(app.recorded.copied.at(-1), '“We will not pay for a harbour nobody uses.” — Tom Baird, The Coastal Times, 2026-03-01', 'y credits the corrected speaker');
	const stored = app.store.corrections();
	assert.deepEqual(stored.map((correction) => [correction.kind, correction.from, correction.to]), [['set', 'Ann Price', 'Tom Baird']]);
	app.unmount();
});

test('R1 in one chunk: the key typed right after R picks the first speaker; U takes the correction back', async () => {
	const app = await openHarbour();
	await press(app.stdin, '}');
	await waitForFrame(app.lastFrame, (f) => f.includes('Quote — Tom Baird'), 'his quote focused');
	app.stdin.write('R1');
	await waitForFrame(app.lastFrame, (f) => f.includes('Speaker set: Ann Price'), 'R and 1 arrived together');
	await waitForFrame(app.lastFrame, (f) => f.includes('Quoted: Ann Price 3'), 'she has all three');
	await press(app.stdin, 'U');
	await waitForFrame(app.lastFrame, (f) => f.includes('Speaker correction undone') && f.includes('Quoted: Ann Price 2 · Tom Baird 1'), 'undone');
	assert.deepEqual(app.store.corrections(), []);
	app.unmount();
});

test('R: a typed name, "nobody", and back to the engine’s', async () => {
	const app = await openHarbour();
	await press(app.stdin, 'R');
	await waitForFrame(app.lastFrame, (f) => f.includes('Another name'), 'the picker');
	app.stdin.write('Jo Harbourmaster');
	await waitForFrame(app.lastFrame, (f) => f.includes('› Another name: Jo Harbourmaster'), 'typed');
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('Quoted: Ann Price 1 · Jo Harbourmaster 1 · Tom Baird 1') || f.includes('Jo Harbourmaster 1'), 'a new speaker');

	await press(app.stdin, 'R');
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes("Back to the engine's: Ann Price"), 'the engine’s choice is offered');
	assert.match(frame, /4 Nobody \(not a quote\)/);
	app.stdin.write('4');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Not a quote now'), 'nobody’s words');
	assert.match(frame, /Quoted: Ann Price 1 · Tom Baird 1/);

	await press(app.stdin, 'R');
	await waitForFrame(app.lastFrame, (f) => f.includes("Back to the engine's"), 'the picker again');
	// From the first row, ↑ wraps to the typed name at the foot, then to the row above it.
	await press(app.stdin, KEYS.up);
	await press(app.stdin, KEYS.up);
	await waitForFrame(app.lastFrame, (f) => f.includes("› 4 Back to the engine's: Ann Price"), 'the cursor on it');
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes("Back to the engine's speaker: Ann Price") && f.includes('Quoted: Ann Price 2 · Tom Baird 1'), 'as the engine had it');
	assert.deepEqual(app.store.corrections(), []);
	app.unmount();
});

test('Esc leaves the picker and changes nothing', async () => {
	const app = await openHarbour();
	await press(app.stdin, 'R');
	await waitForFrame(app.lastFrame, (f) => f.includes('Who said'), 'the picker');
	await press(app.stdin, KEYS.escape);
	await waitForFrame(app.lastFrame, (f) => f.includes('Nothing changed') && !f.includes('Who said'), 'closed');
	assert.deepEqual(app.store.corrections(), []);
	app.unmount();
});

test('the speakers panel: M merges the chosen speaker into another, E renames it; U undoes each, newest first', async () => {
	const app = await openHarbour();
	await press(app.stdin, 'S');
	await waitForFrame(app.lastFrame, (f) => f.includes('Speakers · 3 quotes'), 'the panel');
	await press(app.stdin, 'j');
	await press(app.stdin, 'M');
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('Merge Ann Price into'), 'the merge picker');
	assert.match(frame, /› 1 Tom Baird/);
	await press(app.stdin, KEYS.enter);
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Merged Ann Price into Tom Baird everywhere'), 'merged');
	assert.match(frame, /Quoted: Tom Baird 3/);

	await press(app.stdin, 'U');
	await waitForFrame(app.lastFrame, (f) => f.includes('Quoted: Ann Price 2 · Tom Baird 1'), 'the merge undone');
	await waitForFrame(app.lastFrame, (f) => /› Ann Price/.test(f), 'the panel on her row again');
	await press(app.stdin, 'E');
	await waitForFrame(app.lastFrame, (f) => f.includes('Rename Ann Price') && f.includes('New name: Ann Price'), 'the name to edit');
	app.stdin.write('\u0015');
	app.stdin.write('Anne Pryce');
	await waitForFrame(app.lastFrame, (f) => f.includes('New name: Anne Pryce'), 'typed');
	await press(app.stdin, KEYS.enter);
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Renamed Ann Price to Anne Pryce everywhere'), 'renamed');
	assert.match(frame, /Quoted: Anne Pryce 2 · Tom Baird 1/);
	assert.match(frame, /Anne Pryce\s+█/, 'the panel has the new name');
	assert.deepEqual(app.store.corrections().map((correction) => [correction.kind, correction.from, correction.to]), [['rename', 'Ann Price', 'Anne Pryce']]);
	app.unmount();
});

test('one undo for the reader: U takes back a correction or a deleted highlight, whichever came last', async () => {
	const app = await openHarbour();
	await press(app.stdin, 'H');
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlighted'), 'highlighted');
	await press(app.stdin, 'x');
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlight deleted'), 'deleted');
	app.stdin.write('R');
	await waitForFrame(app.lastFrame, (f) => f.includes('Who said'), 'the picker');
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('Speaker set: Tom Baird'), 'corrected');
	await press(app.stdin, 'U');
	await waitForFrame(app.lastFrame, (f) => f.includes('Speaker correction undone'), 'the correction first');
	await press(app.stdin, 'U');
	await waitForFrame(app.lastFrame, (f) => f.includes('Highlight restored'), 'then the delete');
	await press(app.stdin, 'U');
	await waitForFrame(app.lastFrame, (f) => f.includes('Nothing to undo'), 'then nothing');
	assert.equal(app.store.highlights().length, 1);
	assert.deepEqual(app.store.corrections(), []);
	app.unmount();
});

test('a correction made in another window is shown when the article is opened', async () => {
	const { store, dir } = await tempStore();
	const library = peopleLibrary();
	const app = await renderApp({ paths: [library.folder], store });
	await waitForFrame(app.lastFrame, (f) => f.includes('Harbour plan splits'), 'the library');

	const other = (await openStore({ configDir: dir })).store;
	const loaded = await loadArticle(library.harbour);
	const quote = analyseQuotes(loaded.article).quotes[0]!;
	other.addCorrection({ kind: 'set', file: library.harbour, text: loaded.article.text, fingerprint: loaded.article.fingerprint, start: quote.start, end: quote.end, from: quote.speaker, to: 'Tom Baird' });

	await press(app.stdin, 'j');
	await waitForFrame(app.lastFrame, (f) => f.includes('› Harbour plan splits'), 'selected');
	await press(app.stdin, KEYS.enter);
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('Quoted: Tom Baird 2 · Ann Price 1'), 'the other window’s correction applied');
	assert.ok(stripAnsi(frame).includes('We will not pay'));
	app.unmount();
});

test('Esc and a key typed right after it (one chunk, ESC q) close the picker and then act: nothing is typed as a name', async () => {
	const app = await openHarbour();
	await press(app.stdin, 'R');
	await waitForFrame(app.lastFrame, (f) => f.includes('Who said “We will not pay'), 'the picker');
	await press(app.stdin, '\u001bq');
	await waitForFrame(app.lastFrame, (f) => f.includes('› Harbour plan splits') && f.includes('Marginalia'), 'Esc closed the picker, q went back to the library');
	assert.equal(app.store.corrections().length, 0, 'no speaker set');
	app.unmount();
});

test('while another window holds the config, R and U are made and shown, said to be not saved yet, and saved when it lets go', async () => {
	const { store, dir } = await tempStore(undefined, { retryInBackground: true });
	const letGo = holdLockAsAnotherWindow(store);
	const app = await openHarbour({ store });
	await press(app.stdin, 'R');
	await waitForFrame(app.lastFrame, (f) => f.includes('Who said “We will not pay'), 'the picker');
	await press(app.stdin, KEYS.enter);
	// Before: "Not saved", the quote left as it was, and the correction saved all the same once the lock was free.
	await waitForFrame(app.lastFrame, (f) => f.includes('Speaker set: Tom Baird, not saved yet but kept') && f.includes('Quoted: Tom Baird 2 · Ann Price 1'), 'made, not saved yet');
	await press(app.stdin, 'R');
	await waitForFrame(app.lastFrame, (f) => f.includes('Who said “We will not pay'), 'the picker again');
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('Speaker set: Ann Price, not saved yet but kept'), 'corrected again');
	await press(app.stdin, 'U');
	await waitForFrame(app.lastFrame, (f) => f.includes('Speaker correction undone, not saved yet but kept') && f.includes('Quoted: Tom Baird 2 · Ann Price 1'), 'undone, not saved yet');
	letGo();
	await savedByRetry(store);
	await waitForFrame(app.lastFrame, (f) => f.includes('Speaker correction undone · saved now'), 'the message says it is saved now');
	const onDisk = (await openStore({ configDir: dir })).store.corrections();
	assert.deepEqual(onDisk.map((correction) => [correction.kind, correction.from, correction.to]), [['set', 'Ann Price', 'Tom Baird']]);
	app.unmount();
});
