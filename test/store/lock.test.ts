import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StoreLockedError, abandonedBecause, tryLock, withFileLock, withFileLockAsync } from '../../source/store/lock.js';
import { temporaryConfigDir } from '../helpers/store-fixtures.js';

/** A lock folder as a process that then died would leave it: `owner` names a pid that is no longer running. */
function leaveLockOfDeadProcess(file: string): void {
	const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
	const deadPid = Number(child.stdout);
	mkdirSync(`${file}.lock`);
	writeFileSync(`${file}.lock/owner`, JSON.stringify({ pid: deadPid, host: hostname(), token: 'left-behind' }));
}

test('lock: held around the action and released after it, also when it throws', (t) => {
	const file = join(temporaryConfigDir(t), 'config.json');
	const seen = withFileLock(file, () => existsSync(`${file}.lock`));
	assert.equal(seen, true);
	assert.equal(existsSync(`${file}.lock`), false);
	assert.throws(() => withFileLock(file, () => {
		throw new Error('boom');
	}), /boom/);
	assert.equal(existsSync(`${file}.lock`), false);
});

test('lock: a live lock held elsewhere is refused at once, never waited for on the thread', (t) => {
	const file = join(temporaryConfigDir(t), 'config.json');
	const release = tryLock(file);
	assert.ok(release);
	try {
		assert.equal(tryLock(file), null);
		assert.throws(() => withFileLock(file, () => 'never'), StoreLockedError);
	} finally {
		release();
	}
	assert.equal(withFileLock(file, () => 'now'), 'now');
});

test('lock: the async wait gives up with a clear error, and takes the lock once it is free', async (t) => {
	const file = join(temporaryConfigDir(t), 'config.json');
	const release = tryLock(file)!;
	await assert.rejects(withFileLockAsync(file, () => 'never', 200), (error: Error) => error instanceof StoreLockedError && /stayed locked/.test(error.message));
	setTimeout(release, 50);
	assert.equal(await withFileLockAsync(file, () => 'after', 5_000), 'after');
});

test('lock: a lock left by a process that died is taken over at once', (t) => {
	const file = join(temporaryConfigDir(t), 'config.json');
	leaveLockOfDeadProcess(file);
	assert.equal(abandonedBecause(`${file}.lock`), 'owner gone');
	assert.equal(withFileLock(file, () => 'taken over'), 'taken over');
	assert.equal(existsSync(`${file}.lock`), false);
});

test('lock: a lock dated in the future is taken over, not waited on forever', (t) => {
	const file = join(temporaryConfigDir(t), 'config.json');
	mkdirSync(`${file}.lock`);
	writeFileSync(`${file}.lock/owner`, JSON.stringify({ pid: process.pid, host: hostname(), token: 'from the future' }));
	const inAnHour = new Date(Date.now() + 60 * 60 * 1000);
	utimesSync(`${file}.lock`, inAnHour, inAnHour);
	assert.equal(abandonedBecause(`${file}.lock`), 'dated in the future');
	assert.equal(withFileLock(file, () => 'taken over'), 'taken over');
});

test('lock: an old lock without an owner (left by an older version) is stale; a fresh one is respected', (t) => {
	const file = join(temporaryConfigDir(t), 'config.json');
	mkdirSync(`${file}.lock`);
	assert.equal(abandonedBecause(`${file}.lock`), null, 'just made: its owner is being written');
	const old = new Date(Date.now() - 60 * 1000);
	utimesSync(`${file}.lock`, old, old);
	assert.equal(abandonedBecause(`${file}.lock`), 'stale');
	assert.equal(withFileLock(file, () => 'taken over'), 'taken over');
});

test('lock: a lock taken over while its owner was stopped is not removed by that owner afterwards', (t) => {
	const file = join(temporaryConfigDir(t), 'config.json');
	const release = tryLock(file)!;
	const old = new Date(Date.now() - 60 * 1000);
	utimesSync(`${file}.lock`, old, old);
	const second = tryLock(file);
	assert.ok(second, 'the stale lock is taken over');
	release();
	assert.ok(existsSync(`${file}.lock`), "the first owner's release leaves the new owner's lock alone");
	second();
	assert.equal(existsSync(`${file}.lock`), false);
});
