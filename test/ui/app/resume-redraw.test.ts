import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

test('after fg the frame is drawn again, even when a render that changed nothing came just before', () => {
	const env = { ...process.env };
	delete env.CI;
	delete env.CONTINUOUS_INTEGRATION;
	const probe = spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/resume-probe.tsx'], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 });
	assert.equal(probe.status, 0, probe.stderr);
	// Before: Ink's frames at 30 a second took the blank frame and the full one as one, the frame it had drawn
	// before the suspend, and drew nothing: the screen stayed empty after fg.
	assert.deepEqual(JSON.parse(probe.stdout), { drawnBefore: true, drawnAfter: true });
});
