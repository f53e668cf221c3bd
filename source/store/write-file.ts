import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';

/** The target exists but is not a regular file (a device, a FIFO, a folder): it is never replaced. */
export class NotARegularFileError extends Error {
	readonly code = 'ENOTREG';
}

/** What kind of file a stat describes, in words, for messages. */
export function fileKind(stats: Stats): string {
	if (stats.isFile()) return 'a file';
	if (stats.isDirectory()) return 'a folder';
	if (stats.isFIFO()) return 'a FIFO';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
	if (stats.isSocket()) return 'a socket';
	if (stats.isSymbolicLink()) return 'a symbolic link';
	return 'a special file';
}

function errorCode(error: unknown): string | undefined {
	return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Writes every byte of `data` at the descriptor's position. `writeSync` may write less than asked (a disk
 * that fills up part-way); the rest is written again until it all is, or the system says why it cannot.
 */
export function writeAll(descriptor: number, data: Uint8Array): void {
	let offset = 0;
	while (offset < data.length) {
		const written = writeSync(descriptor, data, offset, data.length - offset);
		if (written <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
		offset += written;
	}
}

/**
 * Where a replacement of `path` must be renamed to: the path itself, or the regular file a symbolic link
 * points to (the link is kept). Anything else is refused. Null when nothing is there yet.
 */
function replacementTarget(path: string): string | null {
	let stats: Stats;
	try {
		stats = statSync(path);
	} catch (error) {
		if (errorCode(error) !== 'ENOENT') throw error;
		// Renaming onto a link that points nowhere would replace the link itself.
		if (isSymbolicLink(path)) throw new NotARegularFileError(`${path} is a symbolic link to a missing file`);
		return null;
	}
	if (!stats.isFile()) throw new NotARegularFileError(`${path} is ${fileKind(stats)}, not a regular file`);
	return realpathSync(path);
}

function isSymbolicLink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}

export interface ReplaceOptions {
	/** The new file's permissions when there is no old file to take them from. */
	readonly mode?: number;
}

/**
 * Replaces the file at `path` with `content`, so that anyone reading it finds the old file or the new one,
 * whole: written beside it in full, flushed to disk, then renamed over it. On any failure the old file is
 * untouched, the temporary file removed, and the error thrown. A symbolic link to a regular file is kept
 * (the file it points to is replaced); a device, FIFO or folder is refused, never renamed over.
 */
export function replaceFile(path: string, content: string | Uint8Array, options: ReplaceOptions = {}): void {
	const target = replacementTarget(path) ?? path;
	let mode = options.mode ?? 0o666;
	try {
		mode = statSync(target).mode & 0o777;
	} catch {
		// A new file: the given mode, less the umask.
	}
	const temporary = `${target}.tmp-${randomBytes(6).toString('hex')}`;
	const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
	let descriptor: number | null = openSync(temporary, 'wx', mode);
	try {
		writeAll(descriptor, data);
		fsyncSync(descriptor);
		closeSync(descriptor);
		descriptor = null;
		renameSync(temporary, target);
	} catch (error) {
		if (descriptor !== null) {
			try {
				closeSync(descriptor);
			} catch {
				// Already failing: the first error is the one to report.
			}
		}
		try {
			unlinkSync(temporary);
		} catch {
			// Never created, or already renamed.
		}
		throw error;
	}
	syncFolder(dirname(target));
}

/** Makes the rename itself durable. Best effort: some file systems cannot open a folder for syncing. */
export function syncFolder(folder: string): void {
	let descriptor: number | null = null;
	try {
		descriptor = openSync(folder, 'r');
		fsyncSync(descriptor);
	} catch {
		// The data itself is already on disk.
	} finally {
		if (descriptor !== null) closeSync(descriptor);
	}
}

/**
 * For output a user names (`export -o`): a regular file (or a link to one) is replaced as `replaceFile`
 * does; a device or FIFO (`/dev/stdout`, a pipe) is written through, as a shell redirection would, and
 * never replaced; a folder is refused.
 */
export function writeOutputFile(path: string, content: string): void {
	let stats: Stats | null = null;
	try {
		stats = statSync(path);
	} catch (error) {
		if (errorCode(error) !== 'ENOENT') throw error;
	}
	if (stats === null || stats.isFile()) {
		replaceFile(path, content, { mode: 0o666 });
		return;
	}
	if (stats.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
	const descriptor = openSync(path, 'w');
	try {
		writeAll(descriptor, Buffer.from(content, 'utf8'));
	} finally {
		closeSync(descriptor);
	}
}
