import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../source/store/index.js';
import { ARTICLE_TEXT, readJson, temporaryConfigDir } from '../helpers/store-fixtures.js';

const WRITER = fileURLToPath(new URL('./fixtures/writer.ts', import.meta.url));

interface Finished {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the writer script in a process of its own; `ready` resolves once it has opened the store. */
function startWriter(args: string[]): { ready: Promise<void>; finished: Promise<Finished> } {
	let markReady: () => void = () => {};
	const ready = new Promise<void>((resolve) => (markReady = resolve));
	const finished = new Promise<Finished>((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', WRITER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
			if (stdout.includes('ready')) markReady();
		});
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (status) => {
			markReady();
			resolve({ status, stdout, stderr });
		});
	});
	return { ready, finished };
}

/** Starts the writers, lets them go at once, and waits for all of them. */
async function runTogether(dir: string, writers: string[][]): Promise<Finished[]> {
	const started = writers.map((args) => startWriter([dir, ...args]));
	await Promise.all(started.map((writer) => writer.ready));
	writeFileSync(join(dir, 'go'), '');
	return Promise.all(started.map((writer) => writer.finished));
}

test('two writers: two processes adding 25 highlights each, at the same time, keep all 50', async (t) => {
	const dir = temporaryConfigDir(t);
	const began = performance.now();
	const results = await runTogether(dir, [['left', '25'], ['right', '25']]);
	const seconds = ((performance.now() - began) / 1000).toFixed(2);
	for (const result of results) assert.equal(result.status, 0, result.stderr);

	const onDisk = readJson(join(dir, 'config.json')).highlights as Record<string, { note: string; file: string }>;
	const notes = Object.values(onDisk).map((highlight) => highlight.note);
	console.log(`two writers: ${notes.length} highlights on disk after ${seconds} s (process start-up included)`);
	assert.equal(notes.length, 50);
	for (const label of ['left', 'right']) {
		const expected = Array.from({ length: 25 }, (_, i) => `${label} ${i}`);
		assert.deepEqual(notes.filter((note) => note.startsWith(`${label} `)).sort(), expected.sort());
	}
	assert.ok(!existsSync(join(dir, 'config.json.lock')), 'no lock left behind');
	const { store } = await openStore({ configDir: dir });
	assert.equal(store.highlights().length, 50);
});

test('two writers: deletes racing with another process adding stay deleted', async (t) => {
	const dir = temporaryConfigDir(t);
	const { store } = await openStore({ configDir: dir });
	const seeded = Array.from({ length: 10 }, (_, i) =>
		store.addHighlight({ file: '/library/seed.txt', text: ARTICLE_TEXT, fingerprint: 'f', start: i, end: i + 20, note: `seed ${i}` }),
	);
	const ids = seeded.map((highlight) => highlight.id);
	// Both processes start holding all ten seeded highlights in memory; one deletes them while both add.
	const results = await runTogether(dir, [['adder', '25'], ['deleter', '25', ...ids]]);
	for (const result of results) assert.equal(result.status, 0, result.stderr);

	store.reload();
	const remaining = store.highlights();
	assert.equal(remaining.length, 50);
	assert.ok(remaining.every((highlight) => !ids.includes(highlight.id)), 'no deleted highlight came back');
	const tombstones = readJson(store.path).tombstones as Record<string, unknown>;
	assert.deepEqual(Object.keys(tombstones).sort(), [...ids].sort());
	// And this process, which also still held them before reload, cannot revive them with a note.
	assert.throws(() => store.setNote(ids[0]!, 'late edit'), /was deleted/);
});
