import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { NotAnObjectError } from './format.js';

/**
 * Moves an unreadable config file to `config.damaged-<time>.json` beside it, so that nothing the user
 * wrote is lost and a fresh store can start. Returns the new path.
 */
export function moveAside(file: string, now: Date = new Date()): string {
	const extension = extname(file);
	const stem = basename(file, extension);
	const stamp = now.toISOString().replace(/[:.]/g, '-');
	let target = join(dirname(file), `${stem}.damaged-${stamp}${extension}`);
	for (let n = 2; existsSync(target); n++) target = join(dirname(file), `${stem}.damaged-${stamp}-${n}${extension}`);
	renameSync(file, target);
	return target;
}

/** The errors conf throws for a file it cannot use: bad JSON, a schema violation, a failed migration. */
export function isDamageError(error: unknown): error is Error {
	if (!(error instanceof Error)) return false;
	return (
		error instanceof SyntaxError ||
		error instanceof NotAnObjectError ||
		error.message.startsWith('Config schema violation:') ||
		error.message.startsWith('Something went wrong during the migration!')
	);
}

export function damageReason(error: Error): string {
	if (error instanceof SyntaxError) return `not valid JSON: ${error.message}`;
	return error.message.split('\n')[0]!;
}
