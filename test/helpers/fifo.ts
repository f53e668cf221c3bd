import { execFileSync } from 'node:child_process';

/** Node has no mkfifo; the system's command makes one (a special file the import must never write into). */
export function mkfifoSync(path: string): void {
	execFileSync('mkfifo', [path]);
}
