import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { syncFolder, writeAll } from '../../store/write-file.js';

/**
 * Writes `chunks` to `path` complete or not at all: into a new file beside it, every byte checked written,
 * flushed to disk, then renamed over the old one. A symlink or anything but a regular file at `path` is
 * left alone (an error): renaming over it would replace what the link points to with our file, or hide a
 * device. On any failure the old file is as it was and the temporary one is gone. (The store's `replaceFile`
 * follows a link to the user's file instead; the writing and the folder flush are the same pieces.)
 */
export function writeFileWhole(path: string, chunks: readonly Uint8Array[]): void {
	refuseSpecialFile(path);
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	let fd: number | null = openSync(temporary, 'wx', 0o600);
	try {
		for (const chunk of chunks) writeAll(fd, chunk);
		fsyncSync(fd);
		closeSync(fd);
		fd = null;
		refuseSpecialFile(path);
		renameSync(temporary, path);
	} catch (error) {
		if (fd !== null) closeSync(fd);
		try {
			unlinkSync(temporary);
		} catch {
			// Already renamed or never created: nothing to clean.
		}
		throw error;
	}
	syncFolder(dirname(path));
}

function refuseSpecialFile(path: string): void {
	let info;
	try {
		info = lstatSync(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}
	if (!info.isFile()) throw new Error(`${path} is not a regular file; it was left alone`);
}
