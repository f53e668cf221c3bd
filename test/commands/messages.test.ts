import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, temporaryDir } from '../helpers/cli.js';

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
