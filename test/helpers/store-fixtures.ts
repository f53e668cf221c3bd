import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';

/** A config folder of its own for one test, removed afterwards. */
export function temporaryConfigDir(t: TestContext): string {
	const dir = mkdtempSync(join(tmpdir(), 'marginalia-store-'));
	t.after(() => rmSync(dir, { recursive: true, force: true }));
	return dir;
}

export function readJson(path: string): Record<string, unknown> {
	return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

export const ARTICLE_TEXT = [
	'Russia sees no possibility of reaching a compromise on the deployment of European peacekeepers.',
	'“We see no room for compromise,” the foreign minister said on Thursday.',
	'He made the comments following talks with his Zimbabwean counterpart.',
].join('\n\n');

export function rangeOf(exact: string, text = ARTICLE_TEXT): { start: number; end: number } {
	const start = text.indexOf(exact);
	if (start < 0) throw new Error(`test setup: ${exact} not in text`);
	return { start, end: start + exact.length };
}
