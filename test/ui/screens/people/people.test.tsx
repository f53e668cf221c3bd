import { test } from 'node:test';
import assert from 'node:assert/strict';
import stripAnsi from 'strip-ansi';
import { renderApp } from '../../../helpers/app.js';
import { KEYS, press, waitForFrame } from '../../../helpers/ink.js';
import { peopleLibrary } from '../../../helpers/people-library.js';
import { holdLockAsAnotherWindow, savedByRetry, tempStore } from '../../../helpers/store.js';
import type { Store } from '../../../../source/store/index.js';

async function openPeople(options: { store?: Store } = {}) {
	const library = peopleLibrary();
	const app = await renderApp({ paths: [library.folder], ...options });
	await waitForFrame(app.lastFrame, (f) => f.includes('Harbour plan splits'), 'the library');
	await press(app.stdin, 'P');
	await waitForFrame(app.lastFrame, (f) => f.includes('People · 3 speakers'), 'the people screen');
	return { ...app, library };
}

const rowsOf = (frame: string) =>
	stripAnsi(frame)
		.split('\n')
		.filter((line) => /^\s*[› ] \S/.test(line) && /\d\s*$|\d{4}-\d\d-\d\d\s*$/.test(line))
		.map((line) => line.replace(/^\s*›?\s*/, '').replace(/\s{2,}/g, ' | ').trim());

test('P lists everyone quoted: quotes, articles, latest date; Tab sorts by quotes, name, latest', async () => {
	const app = await openPeople();
	let frame = app.lastFrame() ?? '';
	assert.match(frame, /Name\s+Quotes\s+Unsure\s+Articles\s+Latest/);
	assert.deepEqual(rowsOf(frame), ['Tom Baird | 3 | 2 | 2026-04-01', 'Ann Price | 2 | 1 | 2026-03-01', 'Ravi Shah | 1 | 1 | 2026-04-01']);
	await press(app.stdin, KEYS.tab);
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('by name (Tab)'), 'by name');
	assert.deepEqual(rowsOf(frame).map((row) => row.split(' | ')[0]), ['Ann Price', 'Ravi Shah', 'Tom Baird']);
	await press(app.stdin, KEYS.tab);
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('by latest (Tab)'), 'by latest');
	assert.deepEqual(rowsOf(frame).map((row) => row.split(' | ')[0]), ['Tom Baird', 'Ravi Shah', 'Ann Price']);
	await press(app.stdin, 'q');
	await waitForFrame(app.lastFrame, (f) => f.includes('Marginalia · 2 articles'), 'q goes back to the library');
	app.unmount();
});

test('/ filters fuzzily; Enter lists that person’s quotes newest first, in full, with article, outlet and date', async () => {
	const library = peopleLibrary();
	const app = await renderApp({ paths: [library.folder] });
	await waitForFrame(app.lastFrame, (f) => f.includes('Harbour plan splits'), 'the library');
	// Typed in one go: the keys after P reach the people screen that P opens.
	app.stdin.write('P/bard');
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('/ bard') && f.includes('1 match'), 'filtered');
	assert.deepEqual(rowsOf(frame).map((row) => row.split(' | ')[0]), ['Tom Baird']);
	await press(app.stdin, KEYS.enter);
	await press(app.stdin, KEYS.enter);
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Tom Baird · 3 quotes · 2 articles'), 'his quotes');
	const order = ['2026-04-01 · Bridge reopens after repairs · Harbour Herald', '“It is safe again.”', '“The bridge is good for another fifty years.”', '2026-03-01 · Harbour plan splits the council · The Coastal Times', '“The harbour will pay for itself within ten years.”'];
	const at = order.map((text) => frame.indexOf(text.replace(/\.”$/, '')));
	assert.ok(at.every((index) => index >= 0), `every line shown:\n${frame}`);
	assert.deepEqual([...at].sort((a, b) => a - b), at, 'newest article first, in text order within it');
	assert.match(frame, /also: Baird/);
	await press(app.stdin, KEYS.escape);
	await waitForFrame(app.lastFrame, (f) => f.includes('People · 3 speakers'), 'Esc: back to the list');
	app.unmount();
});

test('Enter on a quote opens the reader there, following the person: } { step through their quotes; q comes back', async () => {
	const app = await openPeople();
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('Tom Baird · 3 quotes'), 'his quotes');
	await press(app.stdin, 'j');
	await waitForFrame(app.lastFrame, (f) => /› 2026-04-01 · Bridge/.test(f), 'still the bridge article');
	await press(app.stdin, 'j');
	await waitForFrame(app.lastFrame, (f) => /› 2026-03-01 · Harbour/.test(f), 'the harbour quote selected');
	await press(app.stdin, KEYS.enter);
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('Quote — Tom Baird') && f.includes('Following Tom Baird'), 'the reader, following him');
	assert.match(frame, /▌ “The harbour will pay for itself/);
	await press(app.stdin, '}');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('No more quotes by Tom Baird below'), 'his only quote in this article: Price’s are skipped');
	await press(app.stdin, 'q');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Tom Baird · 3 quotes'), 'back to his quotes');
	assert.match(frame, /› 2026-03-01 · Harbour/, 'on the quote opened');
	await press(app.stdin, KEYS.escape);
	await press(app.stdin, 'q');
	await waitForFrame(app.lastFrame, (f) => f.includes('Marginalia · 2 articles'), 'and back to the library');
	app.unmount();
});

test('M merges a person into another, E renames one, U undoes: the counts follow everywhere', async () => {
	const app = await openPeople();
	await press(app.stdin, 'G');
	await waitForFrame(app.lastFrame, (f) => /› Ravi Shah/.test(f), 'the last person');
	await press(app.stdin, 'M');
	await waitForFrame(app.lastFrame, (f) => f.includes('Merge Ravi Shah into'), 'the merge picker');
	app.stdin.write('pric');
	await waitForFrame(app.lastFrame, (f) => f.includes('/ pric') && /› {3}Ann Price/.test(f), 'filtered to her');
	await press(app.stdin, KEYS.enter);
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('Merged Ravi Shah into Ann Price everywhere'), 'merged');
	assert.deepEqual(rowsOf(frame), ['Ann Price | 3 | 2 | 2026-04-01', 'Tom Baird | 3 | 2 | 2026-04-01'], 'as many quotes: by name');

	await press(app.stdin, 'U');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Speaker correction undone') && f.includes('3 speakers'), 'undone');
	await press(app.stdin, 'g');
	await waitForFrame(app.lastFrame, (f) => /› Tom Baird/.test(f), 'the first person');
	await press(app.stdin, 'E');
	await waitForFrame(app.lastFrame, (f) => f.includes('New name: Tom Baird'), 'the rename field');
	app.stdin.write('\u0015Thomas Baird\r');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('Renamed Tom Baird to Thomas Baird everywhere'), 'renamed');
	assert.equal(rowsOf(frame)[0], 'Thomas Baird | 3 | 2 | 2026-04-01');
	assert.deepEqual(app.store.corrections().map((correction) => [correction.kind, correction.from, correction.to]), [['rename', 'Tom Baird', 'Thomas Baird']]);

	await press(app.stdin, 'q');
	await waitForFrame(app.lastFrame, (f) => f.includes('Marginalia · 2 articles') && f.includes('Most quoted: Thomas Baird 2 · Ravi Shah 1'), 'the library counts with the new name');
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('Quoted: Thomas Baird 2 · Ravi Shah 1'), 'the reader uses the new name');
	app.unmount();
});

test('M while another window holds the config: merged at once, said to be not saved yet, then said to be saved', async () => {
	const { store } = await tempStore(undefined, { retryInBackground: true });
	const app = await openPeople({ store });
	await press(app.stdin, 'G');
	await waitForFrame(app.lastFrame, (f) => /› Ravi Shah/.test(f), 'the last person');
	const letGo = holdLockAsAnotherWindow(store);
	await press(app.stdin, 'M');
	await waitForFrame(app.lastFrame, (f) => f.includes('Merge Ravi Shah into'), 'the merge picker');
	app.stdin.write('pric');
	await waitForFrame(app.lastFrame, (f) => /› {3}Ann Price/.test(f), 'filtered to her');
	await press(app.stdin, KEYS.enter);
	// Before: "Not saved" while the merge was made in memory, and saved by the retry after.
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('Merged Ravi Shah into Ann Price everywhere, not saved yet but kept'), 'merged, not saved yet');
	assert.deepEqual(rowsOf(frame), ['Ann Price | 3 | 2 | 2026-04-01', 'Tom Baird | 3 | 2 | 2026-04-01']);
	letGo();
	await savedByRetry(store);
	await waitForFrame(app.lastFrame, (f) => f.includes('Merged Ravi Shah into Ann Price everywhere · saved now'), 'saved now');
	app.unmount();
});

test('? on the people screen lists its keys, those of a person’s quotes and of the picker', async () => {
	const app = await openPeople();
	await press(app.stdin, '?');
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('People (P) keys'), 'the help');
	assert.match(frame, /merge this person into another/);
	let seen = '';
	for (let page = 0; page < 8 && !(seen.includes('read it: the reader follows this person') && seen.includes('Choosing a speaker (R, M, E)')); page++) {
		await press(app.stdin, ' ');
		seen += await waitForFrame(app.lastFrame, (f) => f.includes('Help'), 'scrolled');
	}
	assert.match(seen, /read it: the reader follows this person/);
	assert.match(seen, /Choosing a speaker \(R, M, E\)/);
	app.unmount();
});

test('P from the reader, and q back to the same article', async () => {
	const library = peopleLibrary();
	const app = await renderApp({ paths: [library.folder] });
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('Quoted: Tom Baird 2 · Ravi Shah 1'), 'the bridge article');
	await press(app.stdin, 'P');
	await waitForFrame(app.lastFrame, (f) => f.includes('People · 3 speakers'), 'people');
	await press(app.stdin, 'q');
	await waitForFrame(app.lastFrame, (f) => f.includes('Quoted: Tom Baird 2 · Ravi Shah 1'), 'back in the bridge article');
	app.unmount();
});
