import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { StoreLockedError, withFileLock } from '../../source/store/lock.js';
import { temporaryConfigDir } from '../helpers/store-fixtures.js';

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

test('lock: a live lock held elsewhere makes a change give up with a clear error', (t) => {
	const file = join(temporaryConfigDir(t), 'config.json');
	const release = lockfile.lockSync(file, { realpath: false });
	try {
		const began = Date.now();
		assert.throws(() => withFileLock(file, () => 'never', 300), StoreLockedError);
		assert.ok(Date.now() - began >= 300);
	} finally {
		release();
	}
	assert.equal(withFileLock(file, () => 'now'), 'now');
});
