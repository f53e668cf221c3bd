// Faults of the file system, for machines where a test cannot mount a small or read-only disk: node:fs is
// patched (and the ES module view of it synced) so that files under one folder behave as on a full disk or a
// read-only one. In a child process: MARGINALIA_TEST_FAULTS='{"under": DIR, ...}' with `--import` of
// faults-preload.ts. The production code knows nothing of this.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';

export interface FaultSpec {
	/** The folder whose files misbehave. */
	readonly under: string;
	/** A full disk: a file under the folder cannot grow past this many bytes (the write is cut short, then ENOSPC). */
	readonly fileCap?: number;
	/** A read-only file system: nothing under the folder can be made, written, renamed or removed. */
	readonly readOnly?: boolean;
}

function failure(code: string, syscall: string, path: string): NodeJS.ErrnoException {
	const messages: Record<string, string> = { ENOSPC: 'no space left on device', EROFS: 'read-only file system' };
	return Object.assign(new Error(`${code}: ${messages[code] ?? code}, ${syscall} '${path}'`), { code, syscall, path });
}

type Patchable = Record<string, (...args: never[]) => unknown>;

/** Installs the faults; returns a function that takes them away again. */
export function installFaults(spec: FaultSpec): () => void {
	const under = resolve(spec.under);
	const inside = (path: unknown) => typeof path === 'string' && resolve(path).startsWith(under);
	const writes = (flags: unknown) => typeof flags === 'string' ? /[wax+]/.test(flags) : typeof flags === 'number' && (flags & 3) !== 0;
	const target = fs as unknown as Patchable;
	const originals = new Map<string, (...args: never[]) => unknown>();
	const sizes = new Map<number, number>();
	const patch = (name: string, replacement: (original: (...args: unknown[]) => unknown, ...args: unknown[]) => unknown) => {
		const original = target[name] as unknown as (...args: unknown[]) => unknown;
		originals.set(name, target[name]!);
		target[name] = ((...args: unknown[]) => replacement(original, ...args)) as never;
	};

	patch('openSync', (original, path, flags, ...rest) => {
		if (spec.readOnly && inside(path) && writes(flags)) throw failure('EROFS', 'open', String(path));
		const descriptor = original(path, flags, ...rest) as number;
		if (spec.fileCap !== undefined && inside(path) && writes(flags)) sizes.set(descriptor, 0);
		return descriptor;
	});
	patch('closeSync', (original, descriptor) => {
		sizes.delete(descriptor as number);
		return original(descriptor);
	});
	patch('writeSync', (original, descriptor, data, offset, length, ...rest) => {
		const written = sizes.get(descriptor as number);
		if (written === undefined || spec.fileCap === undefined || typeof data === 'string') return original(descriptor, data, offset, length, ...rest);
		const room = spec.fileCap - written;
		if (room <= 0) throw failure('ENOSPC', 'write', `fd ${String(descriptor)}`);
		// As the kernel does when the disk fills part-way: write what fits and say how much that was.
		const count = original(descriptor, data, offset, Math.min(Number(length), room), ...rest) as number;
		sizes.set(descriptor as number, written + count);
		return count;
	});
	if (spec.readOnly) {
		for (const name of ['mkdirSync', 'writeFileSync', 'unlinkSync', 'rmSync', 'rmdirSync', 'utimesSync']) {
			patch(name, (original, path, ...rest) => {
				if (inside(path)) throw failure('EROFS', name.replace(/Sync$/, ''), String(path));
				return original(path, ...rest);
			});
		}
		patch('renameSync', (original, from, to) => {
			if (inside(from) || inside(to)) throw failure('EROFS', 'rename', String(from));
			return original(from, to);
		});
	}
	syncBuiltinESMExports();
	return () => {
		for (const [name, original] of originals) target[name] = original;
		syncBuiltinESMExports();
	};
}

/** The environment for a child process (`--import tsx --import FAULTS_PRELOAD`) to have these faults. */
export function faultEnv(spec: FaultSpec): Record<string, string> {
	return { MARGINALIA_TEST_FAULTS: JSON.stringify(spec) };
}

export const FAULTS_PRELOAD = new URL('./faults-preload.ts', import.meta.url).pathname;

/**
 * A real small disk (tmpfs) where the machine lets the test mount one (root, and a kernel that allows it),
 * removed afterwards; null where it does not, and the test then injects the fault instead.
 * MARGINALIA_TEST_NO_MOUNT=1 takes the injected path on any machine.
 */
export function mountSmallDisk(t: TestContext, bytes: number, prefix = 'marginalia-disk-'): string | null {
	if (process.env.MARGINALIA_TEST_NO_MOUNT === '1') return null;
	const dir = mkdtempSync(join(tmpdir(), prefix));
	const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'ignore' });
	if (mounted.status !== 0) {
		rmSync(dir, { recursive: true, force: true });
		return null;
	}
	t.after(() => {
		spawnSync('umount', [dir], { stdio: 'ignore' });
		rmSync(dir, { recursive: true, force: true });
	});
	return dir;
}

/** Remounts a disk from mountSmallDisk read-only (or back). */
export function remount(dir: string, mode: 'ro' | 'rw'): boolean {
	return spawnSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'ignore' }).status === 0;
}

/** Node has no mkfifo: the command makes one. */
export function makeFifo(path: string): void {
	const made = spawnSync('mkfifo', [path], { stdio: 'inherit' });
	if (made.status !== 0) throw new Error(`test setup: mkfifo ${path} failed`);
}
