import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface CliResult {
	status: number | null;
	/** Set when the run was killed (its timeout). */
	signal?: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

export interface RunOptions {
	/** More environment, e.g. faultEnv(…) from helpers/faults.ts. */
	readonly env?: Record<string, string>;
	/** Arguments for node before the script, e.g. `--import tsx --import FAULTS_PRELOAD`. */
	readonly nodeArgs?: readonly string[];
	/** Killed after this long (a hang fails the test instead of stalling it). */
	readonly timeout?: number;
}

/** Runs the built CLI (`npm run build` first) with MARGINALIA_CONFIG_DIR set to `configDir`, the cache inside it. */
export function runCli(configDir: string, args: string[], cwd?: string, options: RunOptions = {}): CliResult {
	if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
	const env: NodeJS.ProcessEnv = { ...process.env, MARGINALIA_CONFIG_DIR: configDir, MARGINALIA_CACHE_DIR: join(configDir, 'cache'), ...options.env };
	delete env.FORCE_COLOR;
	const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], { env, cwd, encoding: 'utf8', timeout: options.timeout });
	return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

export function temporaryDir(t: TestContext, prefix = 'marginalia-cli-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	t.after(() => rmSync(dir, { recursive: true, force: true }));
	return dir;
}

/**
 * Runs the built CLI without blocking this process, for tests whose own server must answer it. `input`
 * goes to its standard input (closed either way, so the CLI never waits on a terminal).
 */
export function runCliAsync(configDir: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string | Buffer } = {}): Promise<CliResult> {
	if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
	const env: NodeJS.ProcessEnv = { ...process.env, MARGINALIA_CONFIG_DIR: configDir, ...options.env };
	delete env.FORCE_COLOR;
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [CLI, ...args], { env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, stdout, stderr }));
		child.stdin.end(options.input ?? '');
	});
}
