import type { NoteEntry } from '../core/annotations/notes.js';
import type { Store } from '../store/index.js';
import { loadAnchoredHighlights } from './anchoring.js';
import type { LoadedArticle } from './load.js';
import { basename } from 'node:path';
import { sanitizeInline } from '../core/text/sanitize.js';

export interface NotesData {
	readonly entries: readonly NoteEntry[];
	/** The articles the highlights are in, for opening one at a highlight. */
	readonly articles: ReadonlyMap<string, LoadedArticle>;
	/** Files that moved and were found again by their text, and files that could not be read. */
	readonly notices: readonly string[];
}

/** Every highlight in the store, anchored against its article as it is now (renamed files found again). */
export async function loadNotes(store: Store, libraryPaths: readonly string[]): Promise<NotesData> {
	store.reload();
	const { files, relocations } = await loadAnchoredHighlights(store, { libraryPaths });
	const articles = new Map<string, LoadedArticle>();
	const entries: NoteEntry[] = [];
	const notices = relocations.map((moved) => `${basename(moved.from)} was found again as ${basename(moved.to)}`);
	for (const file of files) {
		if (file.loaded) articles.set(file.file, file.loaded);
		else notices.push(`Cannot read ${sanitizeInline(basename(file.file))}: ${file.problem ?? 'unknown error'}`);
		const title = file.loaded?.article.title ?? basename(file.file);
		for (const { highlight, state, start, end } of file.highlights) {
			entries.push({
				id: highlight.id,
				file: file.file,
				title,
				exact: highlight.exact,
				note: highlight.note,
				state,
				start,
				end,
				created: highlight.created,
				updated: highlight.updated,
			});
		}
	}
	return { entries, articles, notices };
}
