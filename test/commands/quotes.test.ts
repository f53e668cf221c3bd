// Runs the built CLI: `npm run build` first (npm test does).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseArticle } from '../../source/core/article/article.js';
import { mkfifoSync } from '../helpers/fifo.js';
import { temporaryFolder } from '../helpers/temp.js';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'dist/cli.js');
const LAVROV = 'articles/lavrov-no-compromise-on-peacekeepers.txt';
const ZAKHAROVA = 'articles/russia-warns-peacekeepers-direct-confrontation.txt';

const configDir = temporaryFolder('marginalia-quotes-');

function run(args: string[]) {
	assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
	// A config folder of its own: with no paths the command reads the `library` setting.
	return spawnSync(process.execPath, [cli, 'quotes', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', MARGINALIA_CONFIG_DIR: configDir, MARGINALIA_CACHE_DIR: join(configDir, 'cache') } });
}

interface Entry {
	file: string;
	title: string;
	quotes: { text: string; start: number; end: number; speaker: string | null; kind: string; rule: string | null; confidence: number; sure: boolean; corrected: boolean }[];
	speakers: { name: string; aliases: string[]; quotes: number }[];
}

test('quotes --json: the contract shape, one array for all files, offsets into the article text', () => {
	const result = run(['--json', LAVROV, ZAKHAROVA]);
	assert.equal(result.status, 0, result.stderr);
	assert.equal(result.stderr, '');
	const entries = JSON.parse(result.stdout) as Entry[];
	assert.equal(entries.length, 2);
	assert.deepEqual(entries.map((entry) => entry.file), [LAVROV, ZAKHAROVA]);
	for (const entry of entries) {
		assert.deepEqual(Object.keys(entry), ['file', 'title', 'quotes', 'speakers']);
		const article = parseArticle(readFileSync(join(root, entry.file)));
		assert.equal(entry.title, article.title);
		for (const quote of entry.quotes) {
			assert.deepEqual(Object.keys(quote), ['text', 'start', 'end', 'speaker', 'kind', 'rule', 'confidence', 'sure', 'corrected']);
			assert.equal(quote.corrected, false, 'no correction made');
			assert.equal(article.text.slice(quote.start, quote.end), quote.text);
			assert.ok(['direct', 'partial', 'scare', 'title'].includes(quote.kind));
			assert.equal(quote.corrected, false);
			assert.ok(quote.confidence >= 0 && quote.confidence <= 1);
			// A speaker always comes with the rule that chose it; a quote with none is never sure.
			assert.equal(quote.rule === null, quote.speaker === null);
			if (quote.speaker === null) assert.deepEqual([quote.sure, quote.confidence], [false, 0]);
		}
		for (const speaker of entry.speakers) assert.deepEqual(Object.keys(speaker), ['name', 'aliases', 'quotes']);
	}
	assert.deepEqual(entries[0]!.speakers, [{ name: 'Sergey Lavrov', aliases: ['Lavrov'], quotes: 5 }]);
	assert.deepEqual(entries[1]!.speakers, [{ name: 'Maria Zakharova', aliases: ['Zakharova'], quotes: 4 }]);
});

test('quotes --json with no paths reads the bundled library; a folder lists its articles', () => {
	const bundled = JSON.parse(run(['--json']).stdout) as Entry[];
	assert.equal(bundled.length, 2);
	const folder = JSON.parse(run(['--json', 'articles']).stdout) as Entry[];
	assert.deepEqual(folder.map((entry) => entry.file).sort(), [LAVROV, ZAKHAROVA].sort());
});

test('quotes --speaker filters by name or alias, case-insensitively', () => {
	const entries = JSON.parse(run(['--json', '--speaker', 'zakharova', LAVROV, ZAKHAROVA]).stdout) as Entry[];
	assert.deepEqual(entries[0]!.quotes, []);
	assert.equal(entries[1]!.quotes.length, 4);
	assert.ok(entries[1]!.quotes.every((quote) => quote.speaker === 'Maria Zakharova'));
	const text = run(['--speaker', 'MARIA ZAKHAROVA']);
	assert.equal(text.status, 0);
	assert.match(text.stdout, /Maria Zakharova, Russian Foreign Ministry spokeswoman \(4\)/);
	assert.doesNotMatch(text.stdout, /Lavrov/);
});

test('quotes without --json groups quotes by speaker and prints no control characters from the file', () => {
	const scratch = temporaryFolder('marginalia-quotes-');
	try {
		const file = join(scratch, 'hostile.txt');
		writeFileSync(file, 'Ministers clash over harbour plan\n\n“We will not sign\u001b[2J this \u009b31m deal,” said Maria Lopez, the port director.\n');
		const result = run([file]);
		assert.equal(result.status, 0, result.stderr);
		assert.match(result.stdout, /Maria Lopez, the port director \(1\)/);
		assert.doesNotMatch(result.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
});

test('quotes: an unknown flag is a usage error (status 2)', () => {
	const result = run(['--loud']);
	assert.equal(result.status, 2);
	assert.equal(result.stdout, '');
	assert.match(result.stderr, /--loud/);
});

test('quotes --speaker with an empty name is a usage error (status 2), not every quote of the library', () => {
	for (const name of ['', '  ']) {
		const result = run(['--speaker', name]);
		assert.equal(result.status, 2);
		assert.equal(result.stdout, '');
		assert.equal(result.stderr, "marginalia: --speaker needs a name: marginalia quotes --speaker NAME\nTry 'marginalia --help'.\n");
	}
});

test('quotes: a missing file fails with one line on stderr (status 1), and the JSON is still valid', () => {
	const result = run(['--json', 'no/such/article.txt']);
	assert.equal(result.status, 1);
	assert.equal(result.stdout, '[]\n');
	assert.equal(result.stderr.trimEnd().split('\n').length, 1);
	assert.match(result.stderr, /no\/such\/article\.txt: no such file or folder/);
});

test('quotes --explain: each quote in text order, numbered, with its kind, rule, cue, candidates and why', () => {
	const scratch = temporaryFolder('marginalia-quotes-');
	try {
		const file = join(scratch, 'harbour.txt');
		writeFileSync(
			file,
			[
				'Ministers clash over harbour plan',
				'“We will not sign this agreement,” said Maria Lopez, the port director.',
				'Her deputy, Tom Reyes, was more cautious. “We will read it again,” he said.',
				'The plan was called a “harbour for nobody” by critics.',
			].join('\n\n') + '\n',
		);
		const result = run(['--explain', file]);
		assert.equal(result.status, 0, result.stderr);
		const lines = result.stdout.split('\n');
		const at = (prefix: string) => lines.findIndex((line) => line.startsWith(prefix));
		const first = at('  1. “We will not sign this agreement,” (direct)');
		const second = at('  2. “We will read it again,” (direct)');
		const third = at('  3. “harbour for nobody” (scare)');
		assert.ok(first > 0 && second > first && third > second, result.stdout);
		assert.deepEqual(lines.slice(first + 1, first + 6), [
			'     speaker: Maria Lopez (sure, confidence 0.99)',
			'     rule: after-quote (name)',
			'     cue: said Maria Lopez',
			'     candidates: Maria Lopez',
			'     why: a reporting verb right after the quote names the speaker: Maria Lopez',
		]);
		assert.equal(lines[second + 2], '     rule: after-quote (pronoun)');
		assert.equal(lines[second + 3], '     cue: he said');
		assert.match(lines[second + 4]!, /^ {5}candidates: Tom Reyes\b/);
		assert.match(lines[second + 5]!, /^ {5}why: .*pronoun.*: Tom Reyes$/);
		assert.deepEqual(lines.slice(third + 1, third + 6), [
			'     speaker: nobody',
			'     rule: none',
			'     cue: none',
			'     candidates: none',
			'     why: a few words nobody is said to have spoken: a scare quote, not speech',
		]);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
});

test('quotes --speaker matches names fuzzily: a misspelt name still finds the speaker, and only them', () => {
	const entries = JSON.parse(run(['--json', '--speaker', 'zakharva', LAVROV, ZAKHAROVA]).stdout) as Entry[];
	assert.deepEqual(entries[0]!.quotes, []);
	assert.equal(entries[1]!.quotes.length, 4);
	const lavrof = run(['--speaker', 'Sergei Lavrof', LAVROV, ZAKHAROVA]);
	assert.equal(lavrof.status, 0, lavrof.stderr);
	assert.match(lavrof.stdout, /Sergey Lavrov.*\(5\)/);
	assert.doesNotMatch(lavrof.stdout, /Zakharova/);
});

test('quotes --json over many files: every entry in file order, an unreadable one named and the rest kept', () => {
	const folder = temporaryFolder('marginalia-quotes-many-');
	try {
		const seed = readFileSync(join(root, LAVROV), 'utf8');
		const names: string[] = [];
		for (let n = 1; n <= 60; n++) {
			const name = `story-${String(n).padStart(2, '0')}.txt`;
			names.push(name);
			// Each file its own title, so an entry out of place shows.
			writeFileSync(join(folder, name), `Story ${n}\n${seed.split('\n').slice(1).join('\n')}`);
		}
		mkfifoSync(join(folder, 'story-30b.txt'));
		const result = run(['--json', folder]);
		assert.equal(result.status, 1, 'a file could not be read');
		assert.match(result.stderr, /^marginalia: cannot read .*story-30b\.txt: is a FIFO, not a regular file\n$/);
		const entries = JSON.parse(result.stdout) as Entry[];
		assert.deepEqual(
			entries.map((entry) => entry.title),
			names.map((_, index) => `Story ${index + 1}`),
		);
		assert.ok(entries.every((entry) => entry.quotes.length === entries[0]!.quotes.length && entry.quotes.length > 0));
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
