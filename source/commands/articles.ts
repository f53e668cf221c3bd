import { stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { sanitizeInline } from '../core/text/sanitize.js';
import { describeFsError, listLibrary, type LoadedArticle } from '../library/load.js';
import { CommandError, type CommandIO } from './io.js';

export interface NamedArticle {
	/** The path as the user gave it (a folder's files joined onto it), as commands print it. */
	readonly file: string;
	readonly loaded: LoadedArticle;
}

/** Articles under each path; any path or file that cannot be read is an error naming it. */
export async function loadArticles(paths: readonly string[], io: CommandIO): Promise<NamedArticle[]> {
	const found: NamedArticle[] = [];
	for (const given of paths) {
		const absolute = resolve(io.cwd, given);
		let isFolder: boolean;
		try {
			isFolder = (await stat(absolute)).isDirectory();
		} catch (error) {
			throw new CommandError(`cannot read ${sanitizeInline(given)}: ${describeFsError(error)}`);
		}
		const listing = await listLibrary([absolute]);
		const unreadable = listing.unreadable[0];
		if (unreadable) throw new CommandError(`cannot read ${sanitizeInline(unreadable.path)}: ${unreadable.reason}`);
		if (listing.problem) throw new CommandError(sanitizeInline(listing.problem));
		for (const loaded of listing.articles) {
			found.push({ file: isFolder ? join(given, relative(absolute, loaded.path)) : given, loaded });
		}
	}
	return found;
}
