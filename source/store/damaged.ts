import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { sanitizeInline } from '../core/text/sanitize.js';
import { NotAnObjectError, TooDeepError } from './format.js';
import { SchemaViolationError } from './validate.js';

/**
 * Moves an unreadable config file to `config.damaged-<time>.json` beside it, so that nothing the user
 * wrote is lost and a fresh store can start. Returns the new path. With `original` (the content as first
 * read) a copy of that is kept instead and the file removed.
 */
export function moveAside(file: string, original: Buffer | null = null, now: Date = new Date()): string {
	const extension = extname(file);
	const stem = basename(file, extension);
	const stamp = now.toISOString().replace(/[:.]/g, '-');
	let target = join(dirname(file), `${stem}.damaged-${stamp}${extension}`);
	for (let n = 2; existsSync(target); n++) target = join(dirname(file), `${stem}.damaged-${stamp}-${n}${extension}`);
	if (original === null) {
		renameSync(file, target);
	} else {
		writeFileSync(target, original, { flag: 'wx' });
		rmSync(file, { force: true });
	}
	return target;
}

/** The errors reading a file we cannot use throws: bad JSON, not an object, nested too deep, a schema violation. */
export function isDamageError(error: unknown): error is Error {
	if (!(error instanceof Error)) return false;
	return (
		error instanceof SyntaxError ||
		error instanceof NotAnObjectError ||
		error instanceof TooDeepError ||
		error instanceof SchemaViolationError
	);
}

/** The longest reason quoted: a schema violation lists every bad field, and a JSON error quotes the file. */
const LONGEST_REASON = 300;

/** Why the file was unusable, in one line. It quotes the file (a JSON snippet, key names): it is sanitised. */
export function damageReason(error: Error): string {
	const reason = sanitizeInline(error instanceof SyntaxError ? `not valid JSON: ${error.message}` : error.message.split('\n')[0]!);
	return reason.length > LONGEST_REASON ? `${reason.slice(0, LONGEST_REASON - 1)}…` : reason;
}
