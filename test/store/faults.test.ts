import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UnsavedChangeError, openStore, type Store, type StoredCorrection } from '../../source/store/index.js';
import { STORE_FORMAT_VERSION } from '../../source/store/format.js';
import { installFaults, makeFifo, mountSmallDisk } from '../helpers/faults.js';
import { ARTICLE_TEXT, readJson, temporaryConfigDir } from '../helpers/store-fixtures.js';
import { holdLockAsAnotherWindow } from '../helpers/store.js';

const NOTE = 'A note long enough that a few dozen of them fill a small disk. '.repeat(6);

function addNumbered(store: Store, n: number) {
	const start = n % (ARTICLE_TEXT.length - 20);
	return store.addHighlight({ file: `/library/${n}.txt`, text: ARTICLE_TEXT, fingerprint: 'f', start, end: start + 10, note: `${n} ${NOTE}` });
}

function savedIds(path: string): string[] {
	return Object.keys(readJson(path).highlights as Record<string, unknown>).sort();
}

function temporaryFiles(dir: string): string[] {
	return readdirSync(dir).filter((name) => name.includes('.tmp-'));
}

/**
 * A config folder on a full disk: a 48 KB tmpfs with a 16 KB file taking room (deleted to make room again)
 * where the machine lets the test mount one; else a folder where files cannot grow past 16 KB.
 */
function fullDiskFolder(t: TestContext): { dir: string; makeRoom: () => void } {
	const disk = mountSmallDisk(t, 48 * 1024);
	if (disk) {
		t.diagnostic('on a 48 KB tmpfs');
		writeFileSync(join(disk, 'filler'), Buffer.alloc(16 * 1024));
		return { dir: disk, makeRoom: () => rmSync(join(disk, 'filler')) };
	}
	t.diagnostic('mount not allowed here: files under the folder are cut short at 16 KB (injected)');
	const dir = temporaryConfigDir(t);
	const remove = installFaults({ under: dir, fileCap: 16 * 1024 });
	t.after(remove);
	return { dir, makeRoom: remove };
}

test('store faults: a full disk never truncates the config; the change is kept in memory, said, and saved once there is room', async (t) => {
	const { dir, makeRoom } = fullDiskFolder(t);
	const problems: (string | null)[] = [];
	const { store } = await openStore({ configDir: dir });
	store.watchSaving((problem) => problems.push(problem));
	const saved: string[] = [];
	let failure: UnsavedChangeError | null = null;
	for (let n = 0; n < 200 && !failure; n++) {
		try {
			saved.push(addNumbered(store, n).id);
		} catch (error) {
			if (!(error instanceof UnsavedChangeError)) throw error;
			failure = error;
		}
	}
	assert.ok(failure, 'the disk filled up');
	assert.match(failure.message, /no space left on the disk/);
	assert.ok(saved.length > 3, `${saved.length} highlights fitted`);
	assert.deepEqual(savedIds(store.path), [...saved].sort(), 'the file is whole and holds every highlight saved before');
	assert.deepEqual(temporaryFiles(dir), [], 'the cut-short temporary file is removed');
	const unsavedId = (failure.result as { id: string }).id;
	assert.equal(store.highlights().length, saved.length + 1, 'the unsaved highlight is kept in memory');
	assert.match(store.unsaved() ?? '', /no space left/);
	assert.equal(problems.length, 1);

	makeRoom();
	await store.flush();
	assert.equal(store.unsaved(), null);
	assert.deepEqual(savedIds(store.path), [...saved, unsavedId].sort(), 'saved once there is room');
	assert.deepEqual(problems.at(-1), null, 'and the problem is said to be over');
});

test('store faults: unsaved changes are replayed on the file as it is now, so another window’s changes are kept too', async (t) => {
	const { dir, makeRoom } = fullDiskFolder(t);
	const { store } = await openStore({ configDir: dir });
	let n = 0;
	let unsaved: string | null = null;
	while (unsaved === null) {
		try {
			addNumbered(store, n++);
		} catch (error) {
			if (!(error instanceof UnsavedChangeError)) throw error;
			unsaved = (error.result as { id: string }).id;
		}
	}
	// A second change while the disk is still full: kept as well, never applied twice.
	assert.throws(() => store.setSetting('theme', 'light'), UnsavedChangeError);
	makeRoom();
	// Another window deletes a highlight meanwhile.
	const { store: other } = await openStore({ configDir: dir });
	const [first] = other.highlights();
	other.removeHighlight(first!.id);
	const next = addNumbered(store, n++);
	const ids = savedIds(store.path);
	assert.ok(ids.includes(unsaved) && ids.includes(next.id), 'the kept change and the new one are both saved');
	assert.ok(!ids.includes(first!.id), 'the other window’s deletion stands');
	assert.equal((readJson(store.path).settings as { theme?: string }).theme, 'light');
});

test('store faults: a background retry saves kept changes without another change (the app)', async (t) => {
	const { dir, makeRoom } = fullDiskFolder(t);
	const problems: (string | null)[] = [];
	const { store } = await openStore({ configDir: dir, retryInBackground: true });
	store.watchSaving((problem) => problems.push(problem));
	for (let n = 0; problems.length === 0; n++) {
		try {
			addNumbered(store, n);
		} catch (error) {
			if (!(error instanceof UnsavedChangeError)) throw error;
		}
	}
	makeRoom();
	while (problems.at(-1) !== null) await new Promise((resolve) => setTimeout(resolve, 50));
	assert.equal(savedIds(store.path).length, store.highlights().length);
});

test('store faults: the same range highlighted again before it was saved stays one highlight (Enter pressed twice)', async (t) => {
	const { dir, makeRoom } = fullDiskFolder(t);
	const { store } = await openStore({ configDir: dir });
	let n = 0;
	for (;;) {
		try {
			addNumbered(store, n++);
		} catch (error) {
			if (error instanceof UnsavedChangeError) break;
			throw error;
		}
	}
	const again = { file: '/library/again.txt', text: ARTICLE_TEXT, fingerprint: 'f', start: 0, end: 12 };
	const first = assert.throws(() => store.addHighlight({ ...again, note: 'first try' }), UnsavedChangeError);
	void first;
	let second: { id: string; note: string } | null = null;
	try {
		store.addHighlight({ ...again, note: 'second try' });
	} catch (error) {
		second = (error as UnsavedChangeError).result as { id: string; note: string };
	}
	makeRoom();
	await store.flush();
	const onDisk = Object.values(readJson(store.path).highlights as Record<string, { file: string; note: string }>).filter((h) => h.file === '/library/again.txt');
	assert.equal(onDisk.length, 1);
	assert.equal(onDisk[0]!.note, 'second try');
	assert.equal(second?.note, 'second try');
});

function leaveLockOfDeadProcess(file: string): Promise<void> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
		child.on('exit', () => {
			mkdirSync(`${file}.lock`);
			writeFileSync(`${file}.lock/owner`, JSON.stringify({ pid: child.pid, host: hostname(), token: 'killed' }));
			resolve();
		});
	});
}

test('store faults: a lock left by a killed writer is taken over at once', { timeout: 5_000 }, async (t) => {
	const dir = temporaryConfigDir(t);
	const { store } = await openStore({ configDir: dir });
	await leaveLockOfDeadProcess(store.path);
	// Before: the change slept on the thread until the lock was 10 s old.
	const highlight = addNumbered(store, 1);
	assert.deepEqual(savedIds(store.path), [highlight.id]);
});

test('store faults: a change made while another window writes waits the few milliseconds that takes, and is saved at once', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store } = await openStore({ configDir: dir });
	// Another writer on its own thread: it holds the lock, as a live process, until told to go, then lets go 10 ms later.
	const signal = new Int32Array(new SharedArrayBuffer(4));
	const writer = new Worker(
		`const { workerData, parentPort } = require('node:worker_threads');
		const { mkdirSync, writeFileSync, rmSync } = require('node:fs');
		const { hostname } = require('node:os');
		const folder = workerData.file + '.lock';
		mkdirSync(folder);
		writeFileSync(folder + '/owner', JSON.stringify({ pid: process.pid, host: hostname(), token: 'other window' }));
		parentPort.postMessage('held');
		Atomics.wait(workerData.signal, 0, 0);
		Atomics.wait(workerData.signal, 0, 1, 10);
		rmSync(folder, { recursive: true });`,
		{ eval: true, workerData: { file: store.path, signal } },
	);
	await new Promise((resolve) => writer.once('message', resolve));
	Atomics.store(signal, 0, 1);
	Atomics.notify(signal, 0);
	// Before: the change was kept unsaved, "another Marginalia is saving", until a retry 250 ms later.
	const highlight = addNumbered(store, 8);
	assert.equal(store.unsaved(), null);
	assert.deepEqual(savedIds(store.path), [highlight.id]);
	await new Promise((resolve) => writer.once('exit', resolve));
});

test('store faults: a lock held by a live process blocks the thread for no more than a change takes: the change is kept, and saved when the lock is free', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store } = await openStore({ configDir: dir, retryInBackground: true });
	const holder = spawn(process.execPath, ['--import', 'tsx', '-e', `
		import { tryLock } from ${JSON.stringify(fileURLToPath(new URL('../../source/store/lock.js', import.meta.url)))};
		const release = tryLock(${JSON.stringify(store.path)});
		process.stdout.write('held\\n');
		process.stdin.once('data', () => { release(); process.exit(0); });
	`], { stdio: ['pipe', 'pipe', 'inherit'] });
	await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
	// The old code waited up to 15 s here, sleeping on the thread (the TUI froze), and then succeeded.
	const began = Date.now();
	assert.throws(() => addNumbered(store, 7), UnsavedChangeError);
	assert.ok(Date.now() - began < 1_000, `the thread waited ${Date.now() - began} ms`);
	assert.match(store.unsaved() ?? '', /another Marginalia is saving/);
	assert.equal(store.highlights().length, 1, 'shown at once');
	holder.stdin.write('go\n');
	await new Promise((resolve) => holder.on('exit', resolve));
	while (store.unsaved() !== null) await new Promise((resolve) => setTimeout(resolve, 50));
	assert.equal(savedIds(store.path).length, 1);
});

test('store faults: a correction made and taken back while another window holds the lock is not saved once it lets go', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store } = await openStore({ configDir: dir });
	const letGo = holdLockAsAnotherWindow(store);
	const keptResult = (change: () => unknown): unknown => {
		try {
			change();
		} catch (error) {
			if (error instanceof UnsavedChangeError) return error.result;
			throw error;
		}
		assert.fail('the change was saved though the lock is held');
	};
	const added = keptResult(() => store.addCorrection({ kind: 'merge', from: 'A. Price', to: 'Ann Price' })) as StoredCorrection;
	keptResult(() => store.removeCorrection(added.id));
	assert.deepEqual(store.corrections(), []);
	letGo();
	await store.flush();
	// Before: replaying the kept changes on the file gave the correction a new id, so the removal missed it.
	assert.deepEqual(readJson(store.path).corrections ?? {}, {});
});

test('store faults: a lock dated in the future does not make every change fail', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store } = await openStore({ configDir: dir });
	mkdirSync(`${store.path}.lock`);
	writeFileSync(`${store.path}.lock/owner`, JSON.stringify({ pid: process.pid, host: hostname(), token: 'future' }));
	const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
	utimesSync(`${store.path}.lock`, tomorrow, tomorrow);
	const highlight = addNumbered(store, 2);
	assert.deepEqual(savedIds(store.path), [highlight.id]);
});

test('store faults: temporary files left by killed writers are removed when the store opens', async (t) => {
	const dir = temporaryConfigDir(t);
	writeFileSync(join(dir, 'config.json.tmp-1733356800000a1b2c3'), '{"half": ');
	writeFileSync(join(dir, 'config.json.tmp-9f8e7d6c5b4a'), '');
	writeFileSync(join(dir, 'notes.txt'), 'not ours');
	await openStore({ configDir: dir });
	assert.deepEqual(temporaryFiles(dir), []);
	assert.ok(existsSync(join(dir, 'notes.txt')));
});

test('store faults: a config nested 200,000 deep is moved aside like any damaged file, not a stack overflow', async (t) => {
	const dir = temporaryConfigDir(t);
	const deep = `{"settings": {}, "x": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
	writeFileSync(join(dir, 'config.json'), deep);
	const { store, warning } = await openStore({ configDir: dir });
	assert.match(warning ?? '', /nested more than \d+ levels deep.*moved to/);
	assert.equal(readdirSync(dir).filter((name) => name.startsWith('config.damaged-')).length, 1);
	addNumbered(store, 3);
	assert.equal(savedIds(store.path).length, 1);
});

test('store faults: messages quoting a damaged file are sanitised (no escape reaches the terminal)', async (t) => {
	for (const damaged of [
		'\u001b]0;retitled\u0007 {"highlights": {}}',
		JSON.stringify({ highlights: { '\u001b]0;key\u0007': { id: 1 } } }),
		JSON.stringify({ __internal__: { migrations: { version: '9.9.9\u001b[2J\u009b' } } }),
	]) {
		const dir = temporaryConfigDir(t);
		writeFileSync(join(dir, 'config.json'), damaged);
		let message: string;
		try {
			message = (await openStore({ configDir: dir })).warning ?? '';
		} catch (error) {
			message = (error as Error).message;
		}
		assert.ok(message.length > 0);
		assert.doesNotMatch(message, /[\u0000-\u001f\u007f-\u009f]/, JSON.stringify(message));
	}
});

test('store faults: a config.json that is a FIFO or a device is neither read (no hang) nor replaced', async (t) => {
	const dir = temporaryConfigDir(t);
	makeFifo(join(dir, 'config.json'));
	await assert.rejects(openStore({ configDir: dir }), /config\.json is a FIFO, not a regular file/);
	const devices = temporaryConfigDir(t);
	symlinkSync('/dev/null', join(devices, 'config.json'));
	await assert.rejects(openStore({ configDir: devices }), /is a device, not a regular file/);
	assert.ok(existsSync('/dev/null') && !readFileSync('/dev/null').length);
});

test('store faults: a config.json linked to a file elsewhere is written through the link, which stays', async (t) => {
	const dir = temporaryConfigDir(t);
	const dotfiles = temporaryConfigDir(t);
	writeFileSync(join(dotfiles, 'marginalia.json'), JSON.stringify({ settings: { theme: 'dark' }, __internal__: { migrations: { version: STORE_FORMAT_VERSION } } }));
	symlinkSync(join(dotfiles, 'marginalia.json'), join(dir, 'config.json'));
	const { store } = await openStore({ configDir: dir });
	const highlight = addNumbered(store, 4);
	assert.deepEqual(savedIds(join(dotfiles, 'marginalia.json')), [highlight.id]);
	assert.deepEqual(readdirSync(dir).filter((name) => name !== 'config.json.lock'), ['config.json']);
	assert.equal((readJson(join(dir, 'config.json')).settings as { theme: string }).theme, 'dark');
});
