import { sanitizeInline } from '../core/text/sanitize.js';

/** What went wrong with a file or folder, as a few words a person can act on. */
export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT':
			return 'no such file or folder';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EISDIR':
			return 'is a folder';
		case 'EMFILE':
		case 'ENFILE':
			return 'too many open files';
		case 'ENOSPC':
			return 'no space left on device';
		case 'EROFS':
			return 'read-only file system';
		case 'ENXIO':
			return 'cannot be opened by name (a socket, or a FIFO nobody reads)';
		case 'ELOOP':
			return 'a loop of symbolic links';
		default:
			// Node's messages quote the path, which is outside text.
			return sanitizeInline(error instanceof Error ? error.message.split('\n')[0]! : String(error));
	}
}
