import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { temporaryFolder } from '../helpers/temp.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const configDir = temporaryFolder('marginalia-list-config-');
const run = (...args: string[]) =>
	spawnSync(process.execPath, ['dist/cli.js', 'list', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MARGINALIA_CONFIG_DIR: configDir, MARGINALIA_CACHE_DIR: join(configDir, 'cache') } });

test('list --json: every article with its title, source, words, quotes and most quoted speakers', () => {
	const result = run('--json', 'articles');
	assert.equal(result.status, 0, result.stderr);
	const entries = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
	assert.deepEqual(entries, [
		{
			file: 'articles/lavrov-no-compromise-on-peacekeepers.txt',
			title: 'Russia sees no possibility of reaching a compromise on the potential deployment of European peacekeepers in Ukraine',
			source: 'RIA/NAN',
			date: null,
			byline: null,
			url: null,
			words: 317,
			quotes: 5,
			speakers: ['Sergey Lavrov'],
		},
		{
			file: 'articles/russia-warns-peacekeepers-direct-confrontation.txt',
			title: 'Russia warns peacekeepers in Ukraine would trigger direct confrontation with Moscow',
			source: 'Euromaidan Press',
			date: null,
			byline: null,
			url: null,
			words: 344,
			quotes: 4,
			speakers: ['Maria Zakharova'],
		},
	]);
});

test('list: front matter fields, and C1 and bidi controls escaped in the JSON', () => {
	const dir = temporaryFolder('marginalia-list-');
	writeFileSync(
		join(dir, 'story.md'),
		'---\ntitle: Bad\u0085 title \u202e here\nsource: The Daily\nurl: https://example.com/x\ndate: 2025-01-02\nbyline: Ann Lee\n---\n“We will win this,” said Jo Bloggs, the coach.\n',
	);
	const result = run('--json', dir);
	assert.equal(result.status, 0, result.stderr);
	assert.ok(result.stdout.includes('Bad\\u0085 title \\u202e here'), 'escaped as \\uXXXX');
	assert.doesNotMatch(result.stdout, /[\u0085\u202e]/);
	const [entry] = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
	assert.equal(entry!['source'], 'The Daily');
	assert.equal(entry!['url'], 'https://example.com/x');
	assert.equal(entry!['date'], '2025-01-02');
	assert.equal(entry!['byline'], 'Ann Lee');
	assert.deepEqual(entry!['speakers'], ['Jo Bloggs']);

	const text = run(dir);
	assert.equal(text.status, 0);
	assert.doesNotMatch(text.stdout, /[\u0085\u202e\u001b]/, 'the text listing is sanitised too');
});

test('list: a missing path is status 1 with one line; an unknown flag is status 2', () => {
	const missing = run('no/such/folder');
	assert.equal(missing.status, 1);
	assert.equal(missing.stderr, 'marginalia: cannot read no/such/folder: no such file or folder\n');
	const unknown = run('--nope');
	assert.equal(unknown.status, 2);
	assert.equal(unknown.stderr, "marginalia: unknown flag --nope\nTry 'marginalia --help'.\n");
});

test('list with no path lists the library setting, else the bundled articles', async () => {
	const bundled = JSON.parse(run('--json').stdout) as Array<{ file: string }>;
	assert.equal(bundled.length, 2);
	const library = temporaryFolder('marginalia-library-');
	writeFileSync(join(library, 'one.txt'), 'A headline of its own\n\nSome text.\n');
	const { openStore } = await import('../../source/store/index.js');
	(await openStore({ configDir })).store.setSetting('library', library);
	const mine = JSON.parse(run('--json').stdout) as Array<{ file: string; title: string }>;
	assert.deepEqual(mine.map((entry) => entry.title), ['A headline of its own']);
});

test('list: "1 quote", "2 quotes"', () => {
	const dir = temporaryFolder('marginalia-list-count-');
	writeFileSync(join(dir, 'one.txt'), 'A headline here\n\n“We will build it,” the mayor said on Monday.\n');
	const result = run(dir);
	assert.equal(result.status, 0, result.stderr);
	assert.match(result.stdout, /· 1 quote\b/);
	assert.doesNotMatch(result.stdout, /1 quotes/);
});
