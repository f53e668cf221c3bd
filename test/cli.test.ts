import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = (...args: string[]) =>
	spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: ROOT, encoding: 'utf8', input: '', env: { ...process.env, CI: 'true' } });

test('without a terminal the reader says what to use instead and exits with 2', () => {
	const result = run();
	assert.equal(result.status, 2);
	assert.equal(result.stdout, '');
	assert.match(result.stderr, /^marginalia: the reader needs an interactive terminal; in scripts use 'marginalia list --json'/);
	assert.equal(result.stderr.trim().split('\n').length, 1, 'one line');
});

test('--help lists the usage and the commands; --version prints the version', () => {
	const help = run('--help');
	assert.equal(help.status, 0);
	assert.match(help.stdout, /Usage\n\s+\$ marginalia \[DIR\|FILE\.\.\.\]/);
	assert.match(help.stdout, /--config-dir DIR/);
	const version = run('--version');
	assert.equal(version.status, 0);
	const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
	assert.equal(version.stdout.trim(), pkg.version);
});

test('an unknown flag is a usage error with status 2', () => {
	const result = run('--frobnicate');
	assert.equal(result.status, 2);
	assert.equal(result.stderr, "marginalia: unknown flag --frobnicate\nTry 'marginalia --help'.\n");
	assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
});

test('each command has its own --help', () => {
	for (const command of ['list', 'quotes', 'highlight', 'export']) {
		const result = run(command, '--help');
		assert.equal(result.status, 0, command);
		assert.match(result.stdout, new RegExp(`\\$ marginalia ${command} `));
	}
});

test('--theme takes auto, dark, light or mono; anything else is a usage error', () => {
	const result = run('--theme', 'sepia');
	assert.equal(result.status, 2);
	assert.match(result.stderr, /^marginalia: --theme takes auto, dark, light or mono, not 'sepia'/);
});

test('an empty path for the reader or its config folder is a usage error, not the current folder', () => {
	for (const args of [[''], ['articles', ''], ['--config-dir', '']]) {
		const result = run(...args);
		assert.equal(result.status, 2, JSON.stringify(args));
		assert.equal(result.stderr, "marginalia: an empty path ('') names no file or folder\nTry 'marginalia --help'.\n", JSON.stringify(args));
	}
});
