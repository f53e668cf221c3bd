import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectorsFor } from '../../source/core/annotations/selectors.js';
import type { Correction } from '../../source/core/annotations/corrections.js';
import { correctSummaries, personQuotes } from '../../source/core/library/corrected-library.js';
import { gatherPeople, personKey } from '../../source/core/library/people.js';
import { analyseQuotes } from '../../source/core/quotes/index.js';
import { Library } from '../../source/library/index/library.js';
import { indexQuoteSource } from '../../source/library/index/quote-source.js';
import { loadArticle } from '../../source/library/load.js';

const HARBOUR = '---\ndate: 2026-03-01\n---\nHarbour plan splits the council\n\n“We will not pay for a harbour nobody uses,” said councillor Ann Price on Monday.\n\n“The harbour will pay for itself within ten years,” said Mayor Tom Baird.\n\n“Nobody asked the fishermen,” Price added. The plan is a “fresh start” for nobody.\n';
const BRIDGE = '---\ndate: 2026-04-01\n---\nBridge reopens\n\n“It is safe again,” said Mayor Tom Baird.\n\n“We checked every bolt,” said engineer Ravi Shah.\n';

async function indexed(t: TestContext) {
	const root = mkdtempSync(join(tmpdir(), 'marginalia-people-index-'));
	t.after(() => rmSync(root, { recursive: true, force: true }));
	const folder = join(root, 'library');
	mkdirSync(folder);
	writeFileSync(join(folder, 'harbour.txt'), HARBOUR);
	writeFileSync(join(folder, 'bridge.txt'), BRIDGE);
	const library = Library.open([folder], { cacheDir: join(root, 'cache') });
	await library.update({ threads: 0 });
	return { library, folder, harbour: join(folder, 'harbour.txt'), cache: join(root, 'cache') };
}

test('the index keeps every quote in text order (scare quotes too) with its speaker, as the engine found them', async (t) => {
	const { library, harbour, folder, cache } = await indexed(t);
	const engine = analyseQuotes((await loadArticle(harbour)).article);
	const stored = library.quotesIn(harbour)!;
	assert.deepEqual(
		stored.quotes.map((quote) => [stored.text.slice(quote.start, quote.end), quote.speaker, quote.kind, quote.sure]),
		engine.quotes.map((quote) => [quote.text, quote.speaker, quote.kind, quote.sure]),
	);
	assert.ok(stored.quotes.some((quote) => quote.kind === 'scare'));
	assert.deepEqual(library.rows().find((row) => row.path === harbour)!.speakers.map((speaker) => [speaker.name, speaker.quotes, speaker.unsure]), [
		['Ann Price', 2, 0],
		['Tom Baird', 1, 0],
	]);
	// Read back from the cache by another process's worth of Library: the same.
	const again = Library.open([folder], { cacheDir: cache });
	assert.deepEqual(again.quotesIn(harbour), stored);
	assert.equal(library.quotesIn(join(folder, 'missing.txt')), null);
});

test('people and one person’s quotes from the index, corrections applied, reading only the articles that quote them', async (t) => {
	const { library, harbour } = await indexed(t);
	const start = HARBOUR.indexOf('Nobody asked') - HARBOUR.indexOf('Harbour plan');
	const text = library.quotesIn(harbour)!.text;
	const corrections: Correction[] = [
		{ id: 's', kind: 'set', file: harbour, fingerprint: '', ...selectorsFor(text, start, start + 'Nobody asked the fishermen,'.length), from: 'Ann Price', to: 'Tom Baird', created: '2026-05-01T00:00:00.000Z' },
		{ id: 'r', kind: 'rename', from: 'Ravi Shah', to: 'Ravi Shah-Kumar', created: '2026-05-02T00:00:00.000Z' },
	];
	const source = indexQuoteSource(library);
	const summaries = correctSummaries(source, corrections);
	assert.deepEqual(
		gatherPeople(summaries).map((person) => [person.name, person.quotes, person.articles, person.latest]),
		[
			['Tom Baird', 3, 2, '2026-04-01'],
			['Ann Price', 1, 1, '2026-03-01'],
			['Ravi Shah-Kumar', 1, 1, '2026-04-01'],
		],
	);
	const baird = personQuotes(source, summaries, personKey('Tom Baird'), corrections);
	assert.deepEqual(
		baird.map((entry) => [entry.title, entry.quote.text, entry.quote.corrected]),
		[
			['Bridge reopens', 'It is safe again,', false],
			['Harbour plan splits the council', 'The harbour will pay for itself within ten years,', false],
			['Harbour plan splits the council', 'Nobody asked the fishermen,', true],
		],
	);
});

test('search by: finds the quotes corrections give a speaker and not those they take away', async (t) => {
	const { library, harbour } = await indexed(t);
	const text = library.quotesIn(harbour)!.text;
	const start = text.indexOf('Nobody asked');
	const moved: Correction = { id: 's', kind: 'set', file: harbour, fingerprint: '', ...selectorsFor(text, start, start + 'Nobody asked the fishermen,'.length), from: 'Ann Price', to: 'Tom Baird', created: '2026-05-01T00:00:00.000Z' };
	const quotesOf = async (query: string, corrections: Correction[]) =>
		(await library.search(query, { limit: 10, corrections })).map((hit) => library.quotesIn(hit.file)!.text.slice(hit.unit.range.start, hit.unit.range.end).slice(0, 20));

	assert.deepEqual((await quotesOf('by:price', [])).sort(), ['Nobody asked the fis', 'We will not pay for ']);
	assert.deepEqual(await quotesOf('by:price', [moved]), ['We will not pay for ']);
	assert.deepEqual((await quotesOf('by:baird', [moved])).map((quote) => quote.slice(0, 12)).sort(), ['It is safe a', 'Nobody asked', 'The harbour ']);
	assert.deepEqual(await quotesOf('by:baird fishermen', [moved]), ['Nobody asked the fis']);
	assert.deepEqual(await quotesOf('by:baird fishermen', []), [], 'without the correction the words are Price’s');
	const renamed: Correction = { id: 'r', kind: 'rename', from: 'Ravi Shah', to: 'Ravi Kumar', created: '2026-05-02T00:00:00.000Z' };
	assert.equal((await quotesOf('by:kumar', [renamed])).length, 1, 'a rename is found by its new name');
	assert.equal((await quotesOf('by:kumar', [])).length, 0);
});
