import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, temporaryDir, type RunOptions } from '../helpers/cli.js';
import { LAVROV_FILE } from '../helpers/articles.js';
import { FAULTS_PRELOAD, faultEnv, mountSmallDisk, remount } from '../helpers/faults.js';

const WORDS = ['Russia', 'compromise', 'peacekeepers', 'Zimbabwean', 'Foreign Minister', 'Thursday', 'Europe', 'NATO'];
const NOTE = 'Why this matters, at some length, so that the config file grows quickly. '.repeat(5);

interface Disk {
	readonly config: string;
	/** How to run the CLI so that it sees the fault (nothing to add on a real small disk). */
	readonly run: RunOptions;
}

/** A config folder on a 48 KB disk (tmpfs) where mounting is allowed, else one whose files are cut at 24 KB. */
function smallDisk(t: TestContext): Disk {
	const mounted = mountSmallDisk(t, 48 * 1024);
	if (mounted) {
		t.diagnostic('on a 48 KB tmpfs');
		return { config: mounted, run: {} };
	}
	t.diagnostic('mount not allowed here: files under the config folder are cut short at 24 KB (injected)');
	const config = temporaryDir(t);
	return { config, run: { nodeArgs: ['--import', 'tsx', '--import', FAULTS_PRELOAD], env: faultEnv({ under: config, fileCap: 24 * 1024 }) } };
}

function article(t: TestContext): string {
	const file = join(temporaryDir(t), 'lavrov.txt');
	copyFileSync(LAVROV_FILE, file);
	return file;
}

function highlightIds(configFile: string): string[] {
	return Object.keys((JSON.parse(readFileSync(configFile, 'utf8')) as { highlights: Record<string, unknown> }).highlights).sort();
}

test('store faults (cli): on a full disk highlight add fails with a clear error and the config keeps every earlier highlight', (t) => {
	const { config, run } = smallDisk(t);
	const file = article(t);
	const configFile = join(config, 'config.json');
	const added: string[] = [];
	let failed: ReturnType<typeof runCli> | null = null;
	for (let n = 0; n < 120 && !failed; n++) {
		const result = runCli(config, ['highlight', 'add', file, '--text', WORDS[n % WORDS.length]!, '--occurrence', '1', '--note', `${n} ${NOTE}`], undefined, run);
		if (result.status === 0) added.push(result.stdout.trim());
		else failed = result;
	}
	assert.ok(failed, 'the disk filled up');
	assert.equal(failed.status, 1);
	assert.equal(failed.stdout, '', 'no id is printed for a highlight that was not saved');
	assert.match(failed.stderr, /^marginalia: cannot save the config file: no space left on the disk for .*config\.json\n$/);
	assert.ok(added.length > 3);
	assert.deepEqual(highlightIds(configFile), [...added].sort(), 'the file is whole, with every highlight saved before');
	assert.deepEqual(readdirSync(config).filter((name) => name.includes('.tmp-')), []);
	const listed = runCli(config, ['highlight', 'list', '--json'], undefined, run);
	assert.equal(listed.status, 0, listed.stderr);
	assert.equal((JSON.parse(listed.stdout) as unknown[]).length, added.length, 'and the next run reads it, nothing moved aside');
});

test('store faults (cli): export -o on a full disk fails and leaves the old export whole', (t) => {
	const file = article(t);
	const mounted = mountSmallDisk(t, 64 * 1024);
	const config = mounted ?? temporaryDir(t);
	for (let n = 0; n < 4; n++) {
		const added = runCli(config, ['highlight', 'add', file, '--text', WORDS[n]!, '--occurrence', '1', '--note', NOTE.repeat(10)]);
		assert.equal(added.status, 0, added.stderr);
	}
	const out = join(config, 'export.md');
	writeFileSync(out, 'the previous export\n');
	let run: RunOptions = {};
	if (mounted) {
		t.diagnostic('on a 64 KB tmpfs, filled to 8 KB short of full');
		const { bavail, bsize } = statfsSync(mounted);
		writeFileSync(join(mounted, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - 8192)));
	} else {
		t.diagnostic('mount not allowed here: files under the folder are cut short at 8 KB (injected)');
		run = { nodeArgs: ['--import', 'tsx', '--import', FAULTS_PRELOAD], env: faultEnv({ under: config, fileCap: 8 * 1024 }) };
	}
	const exported = runCli(config, ['export', '-o', out], undefined, run);
	assert.equal(exported.status, 1, `expected a failure: ${exported.stderr}`);
	assert.match(exported.stderr, /^marginalia: cannot write .*export\.md: no space left on device\n$/);
	assert.equal(readFileSync(out, 'utf8'), 'the previous export\n');
	assert.deepEqual(readdirSync(config).filter((name) => name.includes('.tmp')), []);
});

/** A config folder holding one highlight, then made read-only: a tmpfs remounted ro, else injected EROFS. */
function readOnlyConfig(t: TestContext): { config: string; file: string; run: RunOptions } {
	const file = article(t);
	const mounted = mountSmallDisk(t, 1024 * 1024);
	const config = mounted ?? temporaryDir(t);
	mkdirSync(config, { recursive: true });
	const added = runCli(config, ['highlight', 'add', file, '--text', 'no room for compromise', '--note', 'kept']);
	assert.equal(added.status, 0, added.stderr);
	if (mounted && remount(mounted, 'ro')) {
		t.diagnostic('on a tmpfs remounted read-only');
		t.after(() => remount(mounted, 'rw'));
		return { config, file, run: {} };
	}
	t.diagnostic('mount not allowed here: the config folder is read-only by injection (EROFS)');
	return { config, file, run: { nodeArgs: ['--import', 'tsx', '--import', FAULTS_PRELOAD], env: faultEnv({ under: config, readOnly: true }) } };
}

test('store faults (cli): a read-only config folder can be read; writing says why it cannot', (t) => {
	const { config, file, run } = readOnlyConfig(t);
	const before = readFileSync(join(config, 'config.json'), 'utf8');
	const listed = runCli(config, ['highlight', 'list', '--json'], undefined, run);
	assert.equal(listed.status, 0, listed.stderr);
	assert.deepEqual((JSON.parse(listed.stdout) as { note: string }[]).map((entry) => entry.note), ['kept']);
	const exported = runCli(config, ['export', '--format', 'json'], undefined, run);
	assert.equal(exported.status, 0, exported.stderr);
	assert.match(exported.stdout, /"note": "kept"/);

	const added = runCli(config, ['highlight', 'add', file, '--text', 'Zimbabwean'], undefined, run);
	assert.equal(added.status, 1);
	assert.equal(added.stdout, '');
	assert.match(added.stderr, /^marginalia: cannot save the config file: the folder of .*config\.json is on a read-only file system\n$/);
	assert.equal(readFileSync(join(config, 'config.json'), 'utf8'), before);
});
