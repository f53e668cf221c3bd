import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, runCli, temporaryDir } from '../helpers/cli.js';

const ROOT = new URL('../..', import.meta.url).pathname;

const ESCAPE = '\u001b]0;retitled\u0007\u009b2J';
/** Anything a terminal would act on: every control but the line break ending a message. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

function assertSafe(stderr: string, what: string): void {
	assert.ok(stderr.length > 0, `${what}: a message`);
	assert.doesNotMatch(stderr, CONTROL, `${what}: ${JSON.stringify(stderr)}`);
}

test('messages: outside text quoted in a usage error is sanitised (unknown flags, option values, subcommands)', (t) => {
	const config = temporaryDir(t);
	for (const args of [
		[`--${ESCAPE}`],
		[`--x=${ESCAPE}`],
		['--theme', ESCAPE],
		['list', `--${ESCAPE}`],
		['quotes', `--speaker=${ESCAPE}`, `--${ESCAPE}`],
		['highlight', ESCAPE],
		['highlight', 'add', 'x.txt', `--${ESCAPE}`],
		['export', '--format', ESCAPE],
		['add', `--${ESCAPE}`],
		['feed', 'list', `--${ESCAPE}`],
		['refresh', `--${ESCAPE}`],
		['speaker', 'corrections', `--${ESCAPE}`],
		['search', 'x', `--${ESCAPE}`],
		['speakers', `--${ESCAPE}`],
	]) {
		const result = runCli(config, args);
		assert.equal(result.status, 2, `${JSON.stringify(args)}: ${result.stderr}`);
		assertSafe(result.stderr, JSON.stringify(args));
		assert.match(result.stderr, /␛\]0;retitled␇/, 'the value is shown, made visible');
	}
});

test('messages: an empty argument (a script\'s unset variable) where a name, an address or an ID goes is a usage error, status 2', (t) => {
	const config = temporaryDir(t);
	// Before: `add ''` tried the current folder, `feed add ''` said ": not a web address", `highlight rm ''` "no highlight ".
	for (const [args, message] of [
		[['add', ''], 'add takes a URL, a FILE or - (standard input)'],
		[['add', 'https://example.com/a', ' '], 'add takes a URL, a FILE or - (standard input)'],
		[['feed', 'add', ''], 'feed add takes one URL'],
		[['feed', 'rm', ''], 'feed rm takes one URL'],
		[['highlight', 'rm', ''], 'highlight rm takes one ID'],
		[['speaker', 'rm', ''], 'speaker rm takes one ID (speaker corrections lists them)'],
		[['quotes', '--speaker', ''], '--speaker needs a name: marginalia quotes --speaker NAME'],
	] as const) {
		const result = runCli(config, [...args]);
		assert.equal(result.status, 2, `${JSON.stringify(args)}: ${result.stderr}`);
		assert.equal(result.stderr.split('\n')[0], `marginalia: ${message}`, JSON.stringify(args));
	}
});

test('messages: an empty path is a usage error, status 2, never the current folder (which path.resolve makes of it)', (t) => {
	const config = temporaryDir(t);
	const file = 'articles/lavrov-no-compromise-on-peacekeepers.txt';
	for (const args of [
		['list', ''],
		['quotes', 'articles', ''],
		['quotes', '--json', ''],
		['speakers', ''],
		['search', 'nato', ''],
		['highlight', 'add', '', '--text', 'We see'],
		['highlight', 'list', ''],
		['speaker', 'set', '', '1', 'Somebody'],
		['export', '-o', ''],
		['add', file, '--to', ''],
		['highlight', 'add', file, '--text', 'We see', '--config-dir', ''],
	]) {
		const result = runCli(config, args, ROOT);
		assert.equal(result.status, 2, `${JSON.stringify(args)}: ${result.stderr}`);
		assert.equal(result.stdout, '', JSON.stringify(args));
		assert.equal(result.stderr, "marginalia: an empty path ('') names no file or folder\nTry 'marginalia --help'.\n", JSON.stringify(args));
	}
});

test('messages: a damaged config, a newer format and bad schema keys are reported without their escapes', (t) => {
	for (const damaged of [
		`${ESCAPE} {"highlights": {}}`,
		JSON.stringify({ highlights: { [ESCAPE]: { id: 1 } } }),
		JSON.stringify({ __internal__: { migrations: { version: `9.9.9${ESCAPE}` } } }),
	]) {
		const config = temporaryDir(t);
		writeFileSync(join(config, 'config.json'), damaged);
		const result = runCli(config, ['highlight', 'list', '--json']);
		assertSafe(result.stderr, damaged);
	}
});

test('messages: an id that is not a highlight is quoted safely', (t) => {
	const result = runCli(temporaryDir(t), ['highlight', 'rm', ESCAPE]);
	assert.equal(result.status, 1);
	assertSafe(result.stderr, 'highlight rm');
});

test('messages: a reader that stops reading (| head) ends a command quietly, status 0, no stack trace', async (t) => {
	const config = temporaryDir(t);
	const library = join(config, 'library');
	mkdirSync(library);
	// Enough output that it cannot all sit in the pipe before the reader goes away.
	for (let n = 0; n < 40; n++) writeFileSync(join(library, `story-${n}.txt`), `Story ${n}\n\n${'“We will rebuild the harbour,” said Jo Bloggs. '.repeat(200)}\n`);
	for (const args of [['quotes', '--json', library], ['quotes', library], ['list', '--json', library]]) {
		const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, MARGINALIA_CONFIG_DIR: config, MARGINALIA_CACHE_DIR: join(config, 'cache') }, stdio: ['ignore', 'pipe', 'pipe'] });
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.stdout.once('data', () => child.stdout.destroy());
		const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
		assert.equal(stderr, '', `${args.join(' ')}: nothing on stderr`);
		assert.equal(status, 0, args.join(' '));
	}
});

test('messages: output that cannot be written (> /dev/full) is one line and status 1, for a command and for --help', (t) => {
	const config = temporaryDir(t);
	const full = openSync('/dev/full', 'w');
	t.after(() => closeSync(full));
	for (const args of [['quotes', '--json', 'articles'], ['list', 'articles'], ['--help']]) {
		const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, MARGINALIA_CONFIG_DIR: config, MARGINALIA_CACHE_DIR: join(config, 'cache') }, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
		assert.equal(result.stderr, 'marginalia: cannot write the output: no space left on device\n', args.join(' '));
		assert.equal(result.status, 1, args.join(' '));
	}
});
