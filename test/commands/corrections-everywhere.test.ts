// Runs the built CLI: `npm run build` first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonExport } from '../../source/core/annotations/export.js';
import { openStore } from '../../source/store/index.js';
import { runCli, temporaryDir, type CliResult } from '../helpers/cli.js';
import { LAVROV_FILE, ZAKHAROVA_FILE } from '../helpers/articles.js';

const ok = (result: CliResult) => {
	assert.equal(result.status, 0, result.stderr);
	return result;
};

/** The two bundled articles in a library folder of their own, set as the `library` the commands read without a PATH. */
async function setUp(t: Parameters<typeof temporaryDir>[0]) {
	const root = temporaryDir(t);
	const config = join(root, 'config');
	const library = join(root, 'library');
	mkdirSync(library);
	const lavrov = join(library, 'lavrov.txt');
	const zakharova = join(library, 'zakharova.txt');
	copyFileSync(LAVROV_FILE, lavrov);
	copyFileSync(ZAKHAROVA_FILE, zakharova);
	const { store } = await openStore({ configDir: config });
	store.setSetting('library', library);
	const json = <T>(args: string[]) => JSON.parse(ok(runCli(config, args)).stdout) as T;
	return { root, config, library, lavrov, zakharova, json };
}

interface SpeakersEntry {
	name: string;
	aliases: string[];
	quotes: number;
	unsure: number;
	articles: number;
	latest: string | null;
}

interface QuotesEntry {
	file: string;
	quotes: { text: string; speaker: string | null; kind: string; corrected: boolean }[];
	speakers: { name: string; quotes: number }[];
}

test('speakers --json: the contract shape, most quoted first, from the library setting', async (t) => {
	const { json } = await setUp(t);
	const speakers = json<SpeakersEntry[]>(['speakers', '--json']);
	assert.deepEqual(speakers, [
		{ name: 'Sergey Lavrov', aliases: ['Lavrov'], quotes: 5, unsure: 0, articles: 1, latest: null },
		{ name: 'Maria Zakharova', aliases: ['Zakharova'], quotes: 4, unsure: 0, articles: 1, latest: null },
	]);
});

test('a quote given to another speaker: speakers counts it, quotes --json says corrected, list counts it, export names them', async (t) => {
	const { config, lavrov, json } = await setUp(t);
	ok(runCli(config, ['speaker', 'set', lavrov, '2', 'Maria Zakharova']));

	const speakers = json<SpeakersEntry[]>(['speakers', '--json']);
	assert.deepEqual(speakers.map((entry) => [entry.name, entry.quotes, entry.articles]), [
		['Maria Zakharova', 5, 2],
		['Sergey Lavrov', 4, 1],
	]);

	const [entry] = json<QuotesEntry[]>(['quotes', '--json', lavrov]);
	assert.deepEqual(entry!.quotes.map((quote) => [quote.speaker, quote.corrected]).slice(0, 3), [
		['Sergey Lavrov', false],
		['Maria Zakharova', true],
		['Sergey Lavrov', false],
	]);
	assert.deepEqual(entry!.speakers.map((speaker) => [speaker.name, speaker.quotes]), [
		['Sergey Lavrov', 4],
		['Maria Zakharova', 1],
	]);

	const listed = json<{ file: string; speakers: string[] }[]>(['list', '--json']);
	assert.deepEqual(listed.find((row) => row.file.endsWith('lavrov.txt'))!.speakers, ['Sergey Lavrov', 'Maria Zakharova']);

	const quoted = entry!.quotes[1]!.text.slice(0, 20);
	ok(runCli(config, ['highlight', 'add', lavrov, '--text', quoted]));
	const markdown = ok(runCli(config, ['export'])).stdout;
	assert.match(markdown, new RegExp(`> ${quoted}[^\\n]*\\n>\\n> — Maria Zakharova`), 'the highlight inside the quote is credited to the corrected speaker');
	const exported = json<JsonExport>(['export', '--format', 'json']);
	assert.deepEqual(
		exported.corrections.map((correction) => [correction.kind, correction.from, correction.to]),
		[['set', 'Sergey Lavrov', 'Maria Zakharova']],
	);
	const stored = (JSON.parse(readFileSync(join(config, 'config.json'), 'utf8')) as { corrections: Record<string, object> }).corrections;
	assert.deepEqual(exported.corrections[0], Object.values(stored)[0], 'every stored field');
});

test('quotes --speaker without a PATH searches the whole library, fuzzily, with merges and renames applied', async (t) => {
	const { config, lavrov, zakharova, json } = await setUp(t);
	const found = (name: string) =>
		json<QuotesEntry[]>(['quotes', '--json', '--speaker', name]).flatMap((entry) => entry.quotes.map((quote) => [entry.file.endsWith('lavrov.txt') ? 'lavrov' : 'zakharova', quote.speaker]));
	assert.equal(found('zakharva').length, 4);
	assert.ok(found('zakharva').every(([file]) => file === 'zakharova'));

	ok(runCli(config, ['speaker', 'rename', 'Sergey Lavrov', 'Sergei Lavrov']));
	assert.deepEqual(new Set(found('sergei lavrov').map(([, speaker]) => speaker)), new Set(['Sergei Lavrov']));
	assert.equal(found('sergei lavrov').length, 5);
	ok(runCli(config, ['speaker', 'merge', 'Sergei Lavrov', 'Maria Zakharova']));
	assert.equal(found('zakharova').length, 9, 'merged: everything one person said, across both articles');
	assert.equal(found('lavrov').length, 9, 'the old names still find them');

	const text = ok(runCli(config, ['quotes', '--speaker', 'Zakharova', lavrov, zakharova])).stdout;
	assert.match(text, /Maria Zakharova[^\n]*\(5\)/);
});

test('search by: follows the corrections', async (t) => {
	const { config, lavrov, json } = await setUp(t);
	const quote = json<QuotesEntry[]>(['quotes', '--json', lavrov])[0]!.quotes[1]!;
	const hitsFor = (query: string) => {
		const result = runCli(config, ['search', query, '--json']);
		return result.status === 0 ? (JSON.parse(result.stdout) as { snippet: string }[]) : [];
	};
	assert.equal(hitsFor('by:zakharova').length, 4);
	ok(runCli(config, ['speaker', 'set', lavrov, '2', 'Maria Zakharova']));
	const hits = hitsFor('by:zakharova');
	assert.equal(hits.length, 5);
	assert.ok(hits.some((hit) => hit.snippet.includes(quote.text.slice(0, 15))));
	assert.ok(hitsFor('by:lavrov').every((hit) => !hit.snippet.includes(quote.text.slice(0, 15))));
});
