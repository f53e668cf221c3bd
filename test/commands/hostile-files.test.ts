import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, temporaryDir } from '../helpers/cli.js';
import { LAVROV_FILE } from '../helpers/articles.js';
import { makeFifo } from '../helpers/faults.js';

// A hang or a read that never ends (a FIFO, /dev/zero) fails the test instead of stalling it.
const BOUNDED = { timeout: 30_000 };
const LOOP_NAME = 'loop\u001b]0;retitled\u0007.txt';

/** A library folder holding one good article and every kind of file that must not be read. */
function hostileLibrary(t: TestContext): string {
	const library = temporaryDir(t, 'marginalia-hostile-');
	copyFileSync(LAVROV_FILE, join(library, 'good.txt'));
	makeFifo(join(library, 'fifo.txt'));
	symlinkSync('/dev/zero', join(library, 'zero.txt'));
	mkdirSync(join(library, 'folder.txt'));
	symlinkSync(LOOP_NAME, join(library, LOOP_NAME));
	writeFileSync(join(library, 'huge.txt'), 'Title\n\n');
	truncateSync(join(library, 'huge.txt'), 60 * 1024 * 1024);
	return library;
}

function assertNamesEachBadFile(stderr: string, library: string): void {
	assert.doesNotMatch(stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/, 'no escape sequence reaches the terminal');
	const lines = stderr.trimEnd().split('\n');
	assert.deepEqual(
		lines.map((line) => line.replace(library, 'LIB')).sort(),
		[
			'marginalia: cannot read LIB/fifo.txt: is a FIFO, not a regular file',
			'marginalia: cannot read LIB/folder.txt: is a folder',
			'marginalia: cannot read LIB/huge.txt: too large for an article (over 50 MB)',
			'marginalia: cannot read LIB/loop␛]0;retitled␇.txt: a loop of symbolic links',
			'marginalia: cannot read LIB/zero.txt: is a device, not a regular file',
		],
	);
}

test('hostile files: list prints what it can (valid JSON), names each bad file on one line, and exits 1', (t) => {
	const library = hostileLibrary(t);
	const config = temporaryDir(t);
	const result = runCli(config, ['list', '--json', library], undefined, BOUNDED);
	assert.equal(result.signal ?? null, null, 'it finished');
	assert.equal(result.status, 1);
	const entries = JSON.parse(result.stdout) as { file: string }[];
	assert.deepEqual(entries.map((entry) => entry.file), [join(library, 'good.txt')]);
	assertNamesEachBadFile(result.stderr, library);

	const text = runCli(config, ['list', library], undefined, BOUNDED);
	assert.equal(text.status, 1);
	assert.match(text.stdout, /good\.txt/);
});

test('hostile files: quotes --json prints the readable articles and names the rest', (t) => {
	const library = hostileLibrary(t);
	const result = runCli(temporaryDir(t), ['quotes', '--json', library], undefined, BOUNDED);
	assert.equal(result.status, 1);
	const entries = JSON.parse(result.stdout) as { file: string; quotes: unknown[] }[];
	assert.equal(entries.length, 1);
	assert.ok(entries[0]!.quotes.length > 0);
	assertNamesEachBadFile(result.stderr, library);
});

test('hostile files: a missing path among good ones is named; the others are still listed', (t) => {
	const library = temporaryDir(t);
	copyFileSync(LAVROV_FILE, join(library, 'good.txt'));
	const result = runCli(temporaryDir(t), ['list', '--json', join(library, 'good.txt'), join(library, 'gone.txt')], undefined, BOUNDED);
	assert.equal(result.status, 1);
	assert.equal((JSON.parse(result.stdout) as unknown[]).length, 1);
	assert.match(result.stderr, /^marginalia: cannot read .*gone\.txt: no such file or folder\n$/);
});

test('hostile files: looking for a moved file never reads a FIFO or device in its folder (no hang)', (t) => {
	const library = temporaryDir(t, 'marginalia-moved-');
	const config = temporaryDir(t);
	// Its own text, so that it is found by fingerprint here and not in the bundled library.
	writeFileSync(join(library, 'lavrov.txt'), `${readFileSync(LAVROV_FILE, 'utf8')}\nA line only this copy has.\n`);
	const added = runCli(config, ['highlight', 'add', join(library, 'lavrov.txt'), '--text', 'We see no room for compromise']);
	assert.equal(added.status, 0, added.stderr);
	renameSync(join(library, 'lavrov.txt'), join(library, 'lavrov-renamed.txt'));
	makeFifo(join(library, 'pipe.txt'));
	symlinkSync('/dev/zero', join(library, 'zero.txt'));

	const listed = runCli(config, ['highlight', 'list', '--json'], undefined, BOUNDED);
	assert.equal(listed.status, 0, listed.stderr);
	const entries = JSON.parse(listed.stdout) as { file: string; state: string }[];
	assert.deepEqual(entries.map((entry) => [entry.file, entry.state]), [[join(library, 'lavrov-renamed.txt'), 'anchored']]);
	const exported = runCli(config, ['export', '--format', 'json'], undefined, BOUNDED);
	assert.equal(exported.status, 0, exported.stderr);
});

test('hostile files: a highlighted file replaced by a FIFO is named, its highlights listed as saved, and the status is 1', (t) => {
	const library = temporaryDir(t);
	const config = temporaryDir(t);
	const file = join(library, 'lavrov.txt');
	copyFileSync(LAVROV_FILE, file);
	assert.equal(runCli(config, ['highlight', 'add', file, '--text', 'We see no room for compromise']).status, 0);
	rmSync(file);
	makeFifo(file);
	for (const args of [['highlight', 'list', '--json'], ['export', '--format', 'json']]) {
		const result = runCli(config, args, undefined, BOUNDED);
		assert.equal(result.status, 1, args.join(' '));
		assert.match(result.stdout, /We see no room for compromise/);
		assert.match(result.stderr, /^marginalia: cannot read .*lavrov\.txt: is a FIFO, not a regular file\n$/);
	}
});
