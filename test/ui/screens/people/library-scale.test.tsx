import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateLibrary } from '../../../../bench/library-generator.js';
import { correctSummaries } from '../../../../source/core/library/corrected-library.js';
import { gatherPeople } from '../../../../source/core/library/people.js';
import { Library } from '../../../../source/library/index/library.js';
import { indexQuoteSource } from '../../../../source/library/index/quote-source.js';
import { renderApp } from '../../../helpers/app.js';
import { KEYS, press, waitForFrame } from '../../../helpers/ink.js';
import { temporaryFolder } from '../../../helpers/temp.js';

// The 10,000-article figures are bench/people.ts's; here a generated library of the same kind, read through
// the library index as the app reads it, shows the path a reader takes: a few keys to everything one person said.
const ARTICLES = 150;

test('everything one person said, across a generated library read through its index, in a few keys', async () => {
	const root = temporaryFolder('marginalia-people-scale-');
	const folder = join(root, 'library');
	mkdirSync(folder);
	for (const article of generateLibrary(ARTICLES, 11).articles) writeFileSync(join(folder, article.name), article.text);
	const library = Library.open([folder], { cacheDir: join(root, 'cache') });
	await library.update({ threads: 0 });
	const source = indexQuoteSource(library);
	const person = gatherPeople(correctSummaries(source, []))[0]!;
	const surname = person.name.split(' ')[1]!;

	const app = await renderApp({ listing: library.listing(), paths: [folder], quoteSource: source });
	await waitForFrame(app.lastFrame, (f) => f.includes(`${ARTICLES} articles`), 'the library');
	const keys = ['P', '/', ...surname.toLowerCase(), KEYS.enter, KEYS.enter];
	app.stdin.write(keys.slice(0, -2).join(''));
	await waitForFrame(app.lastFrame, (f) => f.includes(`/ ${surname.toLowerCase()}`) && new RegExp(`› ${person.name}`).test(f), 'the person found by name');
	await press(app.stdin, KEYS.enter);
	await press(app.stdin, KEYS.enter);
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes(`${person.name} · ${person.quotes} quotes`), 'every quote of theirs, counted');
	assert.match(frame, new RegExp(`${person.articles} articles`));
	assert.ok(keys.length <= 4 + surname.length, `${keys.length} keys`);

	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes(`Following ${person.name}`) && f.includes(`Quote — ${person.name}`), 'the newest of them, in the reader, following them');
	app.unmount();
});
