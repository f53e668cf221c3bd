import { closeSync, openSync } from 'node:fs';
import { isatty, ReadStream } from 'node:tty';

/**
 * The controlling terminal as a key source, as less reads its keys when its input is a pipe: `/dev/tty`
 * opened as a tty stream, for Ink's `stdin`. Null when there is none (a cron job, CI, a detached process).
 */
export function openTerminalInput(): ReadStream | null {
	let fd: number;
	try {
		fd = openSync('/dev/tty', 'r');
	} catch {
		return null;
	}
	if (!isatty(fd)) {
		closeSync(fd);
		return null;
	}
	return new ReadStream(fd);
}
