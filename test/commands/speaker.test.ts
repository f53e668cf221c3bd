import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, temporaryDir, type CliResult } from '../helpers/cli.js';
import { LAVROV_FILE } from '../helpers/articles.js';

function setUp(t: Parameters<typeof temporaryDir>[0]) {
	const root = temporaryDir(t);
	const config = join(root, 'config');
	const file = join(root, 'lavrov.txt');
	copyFileSync(LAVROV_FILE, file);
	return { config, file };
}

const ok = (result: CliResult) => {
	assert.equal(result.status, 0, result.stderr);
	return result;
};

interface Listed {
	id: string;
	kind: string;
	file: string | null;
	n: number | null;
	from: string | null;
	to: string | null;
	created: string;
}

const corrections = (config: string) => JSON.parse(ok(runCli(config, ['speaker', 'corrections', '--json'])).stdout) as Listed[];

test('speaker set FILE N NAME stores a correction of quote N, and corrections --json lists it in the contract shape', (t) => {
	const { config, file } = setUp(t);
	const set = ok(runCli(config, ['speaker', 'set', file, '2', 'Maria', 'Zakharova']));
	assert.match(set.stdout, /^[0-9a-f]{12} {2}quote 2: Sergey Lavrov → Maria Zakharova\n$/);
	const listed = corrections(config);
	assert.equal(listed.length, 1);
	assert.deepEqual(Object.keys(listed[0]!).sort(), ['created', 'file', 'from', 'id', 'kind', 'n', 'to']);
	assert.deepEqual({ ...listed[0]!, id: '', created: '' }, { id: '', kind: 'set', file, n: 2, from: 'Sergey Lavrov', to: 'Maria Zakharova', created: '' });
});

test('the quote number follows the quote when the article is edited above it', (t) => {
	const { config, file } = setUp(t);
	ok(runCli(config, ['speaker', 'set', file, '3', 'Maria Zakharova']));
	const text = readFileSync(file, 'utf8');
	const firstBreak = text.indexOf('\n');
	writeFileSync(file, `${text.slice(0, firstBreak)}\nAn editor added “a quoted line of new words here” above the rest.${text.slice(firstBreak)}`);
	assert.equal(corrections(config)[0]!.n, 4);
});

test('speaker unset FILE N goes back to the engine; speaker rm ID removes any correction', (t) => {
	const { config, file } = setUp(t);
	ok(runCli(config, ['speaker', 'set', file, '1', '--nobody']));
	assert.equal(corrections(config)[0]!.to, null);
	assert.match(ok(runCli(config, ['speaker', 'unset', file, '1'])).stdout, /back to the engine's speaker, Sergey Lavrov/);
	assert.deepEqual(corrections(config), []);
	const merged = ok(runCli(config, ['speaker', 'merge', 'Lavrov', 'Sergey Lavrov', '--json']));
	const { id } = JSON.parse(merged.stdout) as { id: string };
	assert.deepEqual(corrections(config).map((entry) => [entry.kind, entry.file, entry.n, entry.from, entry.to]), [['merge', null, null, 'Lavrov', 'Sergey Lavrov']]);
	ok(runCli(config, ['speaker', 'rm', id]));
	assert.deepEqual(corrections(config), []);
});

test('speaker rename stores a library-wide rename', (t) => {
	const { config } = setUp(t);
	assert.match(ok(runCli(config, ['speaker', 'rename', 'Sergey Lavrov', 'Sergei Lavrov'])).stdout, /renamed Sergey Lavrov → Sergei Lavrov/);
	assert.deepEqual(corrections(config).map((entry) => [entry.kind, entry.from, entry.to]), [['rename', 'Sergey Lavrov', 'Sergei Lavrov']]);
});

test('bad numbers, unknown ids and missing names are one-line errors with the right status', (t) => {
	const { config, file } = setUp(t);
	const tooFar = runCli(config, ['speaker', 'set', file, '99', 'Somebody']);
	assert.equal(tooFar.status, 1);
	assert.match(tooFar.stderr, /has 5 quotes, not 99/);
	assert.equal(tooFar.stderr.trim().split('\n').length, 1);
	assert.equal(runCli(config, ['speaker', 'set', file, '0', 'Somebody']).status, 2);
	assert.equal(runCli(config, ['speaker', 'set', file, '1']).status, 2);
	assert.equal(runCli(config, ['speaker', 'unset', file, '1']).status, 1);
	assert.equal(runCli(config, ['speaker', 'rm', 'nope']).status, 1);
	assert.equal(runCli(config, ['speaker', 'frobnicate']).status, 2);
	const missing = runCli(config, ['speaker', 'set', join(file, '..', 'missing.txt'), '1', 'X']);
	assert.equal(missing.status, 1);
	assert.match(missing.stderr, /cannot open .*missing\.txt/);
});
