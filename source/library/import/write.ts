import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { join } from 'node:path';

/** The file-system calls a write makes; tests replace one to fail it halfway. */
export interface WriteCalls {
	readonly writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
	readonly fsyncSync: (fd: number) => void;
}

const NODE_CALLS: WriteCalls = {
	writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
	fsyncSync: (fd) => fs.fsyncSync(fd),
};

/** Names tried before giving up: a folder holding a thousand articles of one title is not a library. */
const MAX_NAME_TRIES = 1000;

function writeAll(fd: number, bytes: Uint8Array, calls: WriteCalls): void {
	let offset = 0;
	while (offset < bytes.length) {
		const written = calls.writeSync(fd, bytes, offset, bytes.length - offset);
		// A zero-byte write would loop for ever: the disk is full or the file system refuses.
		if (written <= 0) throw Object.assign(new Error('the disk took no more bytes'), { code: 'ENOSPC' });
		offset += written;
	}
}

function syncFolder(dir: string): void {
	let fd: number | undefined;
	try {
		fd = fs.openSync(dir, 'r');
		fs.fsyncSync(fd);
	} catch {
		// Some file systems cannot sync a folder; the file itself is synced, which is what matters most.
	} finally {
		if (fd !== undefined) fs.closeSync(fd);
	}
}

/**
 * Puts the complete temporary file at the first free name. A hard link never replaces anything (a file, a
 * symlink, a FIFO someone left there); where links are not supported, rename after checking the name is free.
 */
function placeAtFreeName(temporary: string, dir: string, names: Iterable<string>): string {
	let tries = 0;
	for (const name of names) {
		if (++tries > MAX_NAME_TRIES) break;
		const target = join(dir, name);
		try {
			fs.linkSync(temporary, target);
			fs.rmSync(temporary, { force: true });
			return target;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EEXIST') continue;
			if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
			if (fs.existsSync(target) || isLink(target)) continue;
			fs.renameSync(temporary, target);
			return target;
		}
	}
	throw new Error(`no free file name in ${dir}`);
}

function isLink(path: string): boolean {
	try {
		fs.lstatSync(path);
		return true;
	} catch {
		return false;
	}
}

/**
 * Writes `content` as a new file in `dir` under the first of `names` that is free, complete or not at all:
 * a temporary file (hidden, so the library never lists it) written in full, synced, then linked into place.
 * On any failure the temporary file is removed and nothing new is left in `dir`. Returns the path written.
 */
export function writeNewFile(dir: string, names: Iterable<string>, content: string, calls: WriteCalls = NODE_CALLS): string {
	fs.mkdirSync(dir, { recursive: true });
	const temporary = join(dir, `.marginalia-${randomBytes(6).toString('hex')}.tmp`);
	try {
		const fd = fs.openSync(temporary, 'wx', 0o644);
		try {
			writeAll(fd, Buffer.from(content, 'utf8'), calls);
			calls.fsyncSync(fd);
		} finally {
			fs.closeSync(fd);
		}
		const path = placeAtFreeName(temporary, dir, names);
		syncFolder(dir);
		return path;
	} catch (error) {
		fs.rmSync(temporary, { force: true });
		throw error;
	}
}
