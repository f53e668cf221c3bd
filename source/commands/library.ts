import { statSync } from 'node:fs';
import { join } from 'node:path';
import { sanitizeInline } from '../core/text/sanitize.js';
import { describeFsError } from '../library/load.js';
import type { Library, LibraryEntry } from '../library/index/library.js';
import { CommandError, givenPath, type CommandIO } from './io.js';
import { indexProgress } from './progress.js';

export interface IndexedLibrary {
	readonly library: Library;
	/** The articles, in order (made when asked for: a search needs none of them). */
	rows(): readonly LibraryEntry[];
	/** An article's path as the user gave it (a folder's files joined onto it), as commands print it. */
	readonly shownAs: (path: string) => string;
	/** Files that could not be read: named on stderr already; the command ends with status 1. */
	readonly failed: boolean;
}

/**
 * The articles under `paths` through the library index, brought up to date (progress on stderr). A path or
 * a file that cannot be read is named on stderr, one line each, and the rest are listed (`failed` says so).
 */
export async function openIndexedLibrary(paths: readonly string[], io: CommandIO): Promise<IndexedLibrary> {
	const names = new Map<string, string>();
	const folders: { absolute: string; given: string }[] = [];
	let missing = false;
	for (const given of paths) {
		const absolute = givenPath(io.cwd, given);
		try {
			if (statSync(absolute).isDirectory()) folders.push({ absolute, given });
			else names.set(absolute, given);
		} catch (error) {
			io.stderr(`marginalia: cannot read ${sanitizeInline(given)}: ${describeFsError(error)}\n`);
			missing = true;
		}
	}
	const { Library } = await import('../library/index/library.js');
	const library = Library.open([...folders.map(({ absolute }) => absolute), ...names.keys()], { env: io.env });
	const progress = indexProgress(io);
	try {
		await library.update({ onProgress: progress.report });
	} finally {
		progress.done();
	}
	for (const warning of library.warnings) io.stderr(`marginalia: ${sanitizeInline(warning)}\n`);
	for (const { path, reason } of library.unreadable()) io.stderr(`marginalia: cannot read ${sanitizeInline(path)}: ${reason}\n`);
	const problem = library.problem();
	if (problem && !missing) throw new CommandError(sanitizeInline(problem));
	const shownAs = (path: string) => {
		const named = names.get(path);
		if (named !== undefined) return named;
		const folder = folders.find(({ absolute }) => path.startsWith(`${absolute}/`) || path.startsWith(`${absolute}\\`));
		return folder ? join(folder.given, path.slice(folder.absolute.length + 1)) : path;
	};
	return { library, rows: () => library.rows(), shownAs, failed: missing || library.unreadable().length > 0 };
}
