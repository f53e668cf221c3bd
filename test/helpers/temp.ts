import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();
let hooked = false;

/**
 * A new folder under the system's temporary folder, removed when the test file's process ends (node's test
 * runner gives each test file its own process), whether its tests passed or not.
 */
export function temporaryFolder(prefix = 'marginalia-test-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.add(dir);
	if (!hooked) {
		hooked = true;
		process.on('exit', () => {
			for (const folder of made) rmSync(folder, { recursive: true, force: true });
		});
	}
	return dir;
}
