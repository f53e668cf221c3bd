import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `chunks` to `path` complete or not at all: into a new file beside it, every byte checked written,
 * flushed to disk, then renamed over the old one. A symlink or anything but a regular file at `path` is
 * left alone (an error): renaming over it would replace what the link points to with our file, or hide a
 * device. On any failure the old file is as it was and the temporary one is gone.
 */
export function writeFileWhole(path: string, chunks: readonly Uint8Array[]): void {
	refuseSpecialFile(path);
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	let fd: number | null = openSync(temporary, 'wx', 0o600);
	try {
		for (const chunk of chunks) {
			for (let written = 0; written < chunk.byteLength; ) {
				const count = writeSync(fd, chunk, written, chunk.byteLength - written);
				if (count <= 0) throw new Error(`short write to ${temporary}`);
				written += count;
			}
		}
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

/** The rename itself survives a crash once the folder is flushed; some systems cannot, which is no loss. */
function syncFolder(folder: string): void {
	try {
		const fd = openSync(folder, 'r');
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
	} catch {
		// Not supported here (some file systems, Windows): the file is whole either way.
	}
}
