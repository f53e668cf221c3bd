// Relevance and the contract of `marginalia search`, through the built CLI (`npm run build` first).
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, temporaryDir } from '../helpers/cli.js';
import { LAVROV_FILE, ZAKHAROVA_FILE } from '../helpers/articles.js';
import { parseArticle } from '../../source/core/article/article.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LAVROV = 'articles/lavrov-no-compromise-on-peacekeepers.txt';
const ZAKHAROVA = 'articles/russia-warns-peacekeepers-direct-confrontation.txt';
const LAVROV_TEXT = parseArticle(readFileSync(LAVROV_FILE)).text;
const ZAKHAROVA_TEXT = parseArticle(readFileSync(ZAKHAROVA_FILE)).text;

interface Hit {
	file: string;
	title: string;
	kind: string;
	start: number;
	end: number;
	snippet: string;
	score: number;
}

function search(config: string, args: string[], cwd = ROOT): Hit[] {
	const result = runCli(config, ['search', ...args, '--json'], cwd);
	assert.equal(result.status, 0, result.stderr);
	assert.equal(result.stderr, '');
	return JSON.parse(result.stdout) as Hit[];
}

const config = (t: TestContext) => join(temporaryDir(t), 'config');

test('search --json: the contract shape, best first, scores in 0..1, files named as given', (t) => {
	const hits = search(config(t), ['peacekeepers', 'articles']);
	assert.ok(hits.length > 3);
	for (const hit of hits) {
		assert.deepEqual(Object.keys(hit), ['file', 'title', 'kind', 'start', 'end', 'snippet', 'score']);
		assert.ok(hit.score >= 0 && hit.score <= 1, String(hit.score));
		assert.ok(['title', 'text', 'quote', 'speaker', 'note'].includes(hit.kind));
		assert.ok([LAVROV, ZAKHAROVA].includes(hit.file), hit.file);
		assert.doesNotMatch(hit.snippet, /\n/);
	}
	assert.deepEqual(hits.map((hit) => hit.score), [...hits.map((hit) => hit.score)].sort((a, b) => b - a));
	assert.equal(search(config(t), ['peacekeepers', 'articles', '--limit', '2']).length, 2);
});

test('relevance: zakarova (a typo) finds the Zakharova article first', (t) => {
	const hits = search(config(t), ['zakarova']);
	assert.equal(hits[0]!.file.endsWith('russia-warns-peacekeepers-direct-confrontation.txt'), true);
	assert.match(hits[0]!.snippet, /Zakharova/);
});

test('relevance: peacekeepers ukraine finds both seeds, each hit with both words', (t) => {
	const hits = search(config(t), ['peacekeepers ukraine', 'articles']);
	assert.deepEqual([...new Set(hits.map((hit) => hit.file))].sort(), [LAVROV, ZAKHAROVA]);
	const text = (hit: Hit) => (hit.file === LAVROV ? LAVROV_TEXT : ZAKHAROVA_TEXT).slice(hit.start, hit.end);
	for (const hit of hits) assert.match(text(hit), /peacekeepers[\s\S]*Ukraine|Ukraine[\s\S]*peacekeepers/i);
});

test("relevance: by:lavrov troops finds Lavrov's quotes about troops, and nothing else", (t) => {
	const hits = search(config(t), ['by:lavrov troops', 'articles']);
	assert.ok(hits.length >= 1);
	for (const hit of hits) {
		assert.equal(hit.kind, 'quote');
		assert.equal(hit.file, LAVROV);
		assert.match(hit.snippet, /troops/);
	}
	assert.ok(hits.some((hit) => hit.snippet.startsWith('We will view the presence of these troops on Ukrainian soil')));
	assert.deepEqual(search(config(t), ['by:zakharova troops', 'articles']), [], 'Zakharova says nothing of troops');
});

test("relevance: a note's words find the note, at its highlight", (t) => {
	const dir = config(t);
	const added = runCli(dir, ['highlight', 'add', ZAKHAROVA_FILE, '--text', 'They need to provoke Europe into a massacre', '--note', 'Compare with the Kremlin line']);
	assert.equal(added.status, 0, added.stderr);
	const [note] = search(dir, ['kremln line']).filter((hit) => hit.kind === 'note');
	assert.ok(note, 'a note hit');
	assert.equal(note.snippet, 'Compare with the Kremlin line');
	assert.equal(ZAKHAROVA_TEXT.slice(note.start, note.end), 'They need to provoke Europe into a massacre');
});

test('relevance: "direct confrontation" finds the phrase and not its words apart', (t) => {
	const dir = temporaryDir(t);
	const library = join(dir, 'library');
	mkdirSync(library);
	copyFileSync(ZAKHAROVA_FILE, join(library, 'zakharova.txt'));
	writeFileSync(join(library, 'apart.txt'), 'Talks resume\n\nThe confrontation ended when direct talks began.\n');
	const phrase = search(join(dir, 'config'), ['"direct confrontation"', library]);
	assert.ok(phrase.length >= 2);
	for (const hit of phrase) {
		assert.equal(hit.file, join(library, 'zakharova.txt'));
		assert.match(hit.snippet, /direct confrontation/i);
	}
	const words = search(join(dir, 'config'), ['direct confrontation', library]);
	assert.ok(words.some((hit) => hit.file === join(library, 'apart.txt')), 'the words apart are found as words');
});

test('relevance: -nato drops the hits that contain it', (t) => {
	const paragraphOf = (hit: Hit) => {
		const start = ZAKHAROVA_TEXT.lastIndexOf('\n', hit.start) + 1;
		const end = ZAKHAROVA_TEXT.indexOf('\n', hit.end);
		return ZAKHAROVA_TEXT.slice(start, end < 0 ? undefined : end);
	};
	const all = search(config(t), ['zakharova', ZAKHAROVA]).filter((hit) => hit.kind === 'text');
	const without = search(config(t), ['zakharova -nato', ZAKHAROVA]).filter((hit) => hit.kind === 'text');
	assert.ok(all.some((hit) => /NATO/.test(paragraphOf(hit))), 'without the exclusion, a paragraph with NATO is found');
	assert.ok(without.length > 0);
	assert.ok(without.every((hit) => !/NATO/.test(paragraphOf(hit))));
});

test('search without --json groups hits by article, best article first; nothing found is status 1', (t) => {
	const dir = config(t);
	const result = runCli(dir, ['search', 'zimbabwean', 'articles'], ROOT);
	assert.equal(result.status, 0, result.stderr);
	assert.equal(
		result.stdout,
		'Russia sees no possibility of reaching a compromise on the potential deployment of European peacekeepers in Ukraine (articles/lavrov-no-compromise-on-peacekeepers.txt)\n' +
			'  text    He made the comments following talks with Zimbabwean Foreign Minister Amon Murwira.\n',
	);
	const none = runCli(dir, ['search', 'xylophone', 'articles'], ROOT);
	assert.equal(none.status, 1);
	assert.equal(none.stderr, 'marginalia: nothing found for xylophone\n');
});

test('search: a missing query, a bad --limit or a query of exclusions only is a usage error', (t) => {
	const dir = config(t);
	for (const args of [[], ['peace', '--limit', '0'], ['peace', '--limit', 'many'], ['-nato']]) {
		const result = runCli(dir, ['search', ...args], ROOT);
		assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
		assert.equal(result.stderr.split('\n').length, 3, result.stderr);
	}
	const missing = runCli(dir, ['search', 'peace', 'no/such/folder'], ROOT);
	assert.equal(missing.status, 1);
	assert.match(missing.stderr, /^marginalia: cannot read no\/such\/folder: no such file or folder\n/);
});
