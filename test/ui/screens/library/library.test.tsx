import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderApp } from '../../../helpers/app.js';
import { ZAKHAROVA_FILE } from '../../../helpers/articles.js';
import { KEYS, press, tick, waitForFrame } from '../../../helpers/ink.js';
import { tempStore } from '../../../helpers/store.js';
import { temporaryFolder } from '../../../helpers/temp.js';

test('Esc in the library clears a kept filter and never quits; q quits', async () => {
	const app = await renderApp();
	await waitForFrame(app.lastFrame, (f) => f.includes('2 articles'), 'the library');
	await press(app.stdin, '/');
	await press(app.stdin, 'zakharova\r');
	await waitForFrame(app.lastFrame, (f) => f.includes('(/ to change'), 'the filter kept');
	await press(app.stdin, KEYS.escape);
	let frame = await waitForFrame(app.lastFrame, (f) => !f.includes('(/ to change') && f.includes('Russia sees no possibility'), 'Esc clears the filter');
	await press(app.stdin, KEYS.escape);
	await tick(80);
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('2 articles'), 'Esc with no filter: still the library');
	assert.match(frame, /Russia sees no possibility/);
	await press(app.stdin, 'q');
	await waitForFrame(app.lastFrame, (f) => !f.includes('2 articles'), 'q quits');
	app.unmount();
});

test('the library opens on the article read last and keeps its sort from one start to the next', async () => {
	const { store, dir } = await tempStore();
	store.setPosition(ZAKHAROVA_FILE, { offset: 0, progress: 0.5, fingerprint: '' });
	const first = await renderApp({ store });
	let frame = await waitForFrame(first.lastFrame, (f) => f.includes('2 articles'), 'the library');
	assert.match(frame, /› Russia warns peacekeepers/, 'on the article read last, not the first by name');
	await press(first.stdin, KEYS.tab);
	await waitForFrame(first.lastFrame, (f) => f.includes('by recent (Tab)'));
	first.unmount();
	const second = await renderApp({ store: (await tempStore(dir)).store });
	frame = await waitForFrame(second.lastFrame, (f) => f.includes('2 articles'), 'the library again');
	assert.match(frame, /by recent \(Tab\)/, 'the sort was kept');
	second.unmount();
});

test('with nothing read the library opens at its top; PgDn, Space, Ctrl-D, PgUp, Ctrl-U page it; ↑↓ move while filtering', async () => {
	const dir = temporaryFolder('marginalia-many-');
	for (let i = 0; i < 40; i++) writeFileSync(join(dir, `${String(40 - i).padStart(2, '0')}.txt`), `Article number ${String(i).padStart(2, '0')} here\n\nSome text.\n`);
	const app = await renderApp({ paths: [dir] });
	const selected = (f: string) => /› Article number (\d+)/.exec(f)?.[1];
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('40 articles'), 'the library');
	assert.equal(selected(frame), '00', 'the top of the list as sorted (by title), not the first file by name');
	await press(app.stdin, KEYS.pageDown);
	frame = await waitForFrame(app.lastFrame, (f) => selected(f) === '18', 'PgDn: a page (18 rows at 24 rows)');
	await press(app.stdin, ' ');
	await waitForFrame(app.lastFrame, (f) => selected(f) === '36', 'Space');
	await press(app.stdin, KEYS.pageUp);
	await waitForFrame(app.lastFrame, (f) => selected(f) === '18', 'PgUp');
	await press(app.stdin, '\u0015');
	await waitForFrame(app.lastFrame, (f) => selected(f) === '00', 'Ctrl-U');
	await press(app.stdin, '\u0004');
	await waitForFrame(app.lastFrame, (f) => selected(f) === '18', 'Ctrl-D');
	await press(app.stdin, '/');
	await press(app.stdin, 'number 1');
	const top = selected(await waitForFrame(app.lastFrame, (f) => f.includes('/ number 1'), 'typing a filter'));
	await press(app.stdin, KEYS.down);
	frame = await waitForFrame(app.lastFrame, (f) => selected(f) !== top, '↓ moves while filtering');
	assert.match(frame, /\/ number 1/, 'and the filter is still being typed');
	app.unmount();
});

test('an empty Source column takes no room, a Date column shows where dates exist; "1 match", "2 matches"', async () => {
	const plain = temporaryFolder('marginalia-plain-');
	writeFileSync(join(plain, 'a.txt'), 'Harbour ferry returns after the storm\n\nThe ferry sailed again.\n');
	writeFileSync(join(plain, 'b.txt'), 'Harbour wall repaired in a week\n\nThe wall stands.\n');
	let app = await renderApp({ paths: [plain] });
	let frame = await waitForFrame(app.lastFrame, (f) => f.includes('2 articles'), 'the library');
	assert.doesNotMatch(frame, /Source|Date/, 'no column without values');
	await press(app.stdin, '/');
	await press(app.stdin, 'harbour\r');
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('2 matches'), 'two matches');
	app.unmount();

	const dated = temporaryFolder('marginalia-dated-');
	writeFileSync(join(dated, 'a.txt'), '---\ndate: 2025-03-06\n---\nHarbour ferry returns after the storm\n\nThe ferry sailed again.\n');
	writeFileSync(join(dated, 'b.txt'), 'Harbour wall repaired in a week\n\nThe wall stands.\n');
	app = await renderApp({ paths: [dated] });
	frame = await waitForFrame(app.lastFrame, (f) => f.includes('2 articles'), 'the library');
	assert.match(frame, /Title\s+Date\s+Words/);
	assert.match(frame, /Harbour ferry returns after the storm\s+6 Mar 2025/, "a date for reading, not ISO");
	assert.doesNotMatch(frame, /Source/);
	await press(app.stdin, '/');
	await press(app.stdin, 'ferry\r');
	await waitForFrame(app.lastFrame, (f) => f.includes('· 1 match ') || f.includes('· 1 match\n') || /· 1 match\b/.test(f), 'one match');
	app.unmount();
});
