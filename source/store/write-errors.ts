import { sanitizeInline } from '../core/text/sanitize.js';
import { NotARegularFileError } from './write-file.js';

/** Why the config file at `path` could not be written, in one line a person can act on. */
export function describeWriteError(error: unknown, path: string): string {
	const file = sanitizeInline(path);
	if (error instanceof NotARegularFileError) return sanitizeInline(error.message);
	switch ((error as NodeJS.ErrnoException | undefined)?.code) {
		case 'ENOSPC':
			return `no space left on the disk for ${file}`;
		case 'EDQUOT':
			return `the disk quota is used up, so ${file} cannot be written`;
		case 'EROFS':
			return `the folder of ${file} is on a read-only file system`;
		case 'EACCES':
		case 'EPERM':
			return `no permission to write ${file} or its folder`;
		case 'EIO':
			return `the disk reported an input/output error writing ${file}`;
		case 'ENOENT':
			return `the folder of ${file} does not exist and cannot be made`;
		default: {
			const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
			return `cannot write ${file}: ${sanitizeInline(message)}`;
		}
	}
}
