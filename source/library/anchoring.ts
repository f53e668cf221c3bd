import { resolve } from 'node:path';
import { anchorHighlight, type AnchorState } from '../core/annotations/anchor.js';
import type { Article } from '../core/article/article.js';
import type { Store, StoredHighlight } from '../store/index.js';
import { describeFsError, type LoadedArticle } from './load.js';
import { relocateMissingFiles, type Relocation } from './relocate.js';
import { loadForReading } from './unindexed.js';

export { relocateMissingFiles, type Relocation } from './relocate.js';

export interface AnchoredHighlight {
	readonly highlight: StoredHighlight;
	readonly state: AnchorState;
	/** Where the highlight is in the article as it is now; the saved offsets when orphaned. */
	readonly start: number;
	readonly end: number;
}

/** A file's highlights, anchored against the file as it is now. */
export interface AnchoredFile {
	readonly file: string;
	/** Null when the file is missing or unreadable: every highlight is then an orphan. */
	readonly loaded: LoadedArticle | null;
	/** Why `loaded` is null. */
	readonly problem: string | null;
	/** The file is simply gone (its highlights are orphans); otherwise a null `loaded` means it could not be read. */
	readonly missing: boolean;
	readonly highlights: readonly AnchoredHighlight[];
}


export function anchorHighlights(article: Pick<Article, 'text'>, highlights: readonly StoredHighlight[]): AnchoredHighlight[] {
	return highlights
		.map((highlight) => ({ highlight, ...anchorHighlight(article.text, highlight) }))
		.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function orphaned(highlights: readonly StoredHighlight[]): AnchoredHighlight[] {
	return highlights.map((highlight) => ({ highlight, state: 'orphaned', start: highlight.start, end: highlight.end }));
}


/**
 * Every stored highlight (or those of `files`), grouped by file in file order, anchored against the
 * files as they are now, after finding renamed files again.
 */
export async function loadAnchoredHighlights(
	store: Store,
	options: { files?: readonly string[]; libraryPaths: readonly string[] },
): Promise<{ files: AnchoredFile[]; relocations: Relocation[] }> {
	const relocations = await relocateMissingFiles(store, options.libraryPaths);
	const wanted = options.files ? [...new Set(options.files.map((file) => resolve(file)))] : [...new Set(store.highlights().map((highlight) => highlight.file))];
	const files: AnchoredFile[] = [];
	for (const file of wanted) {
		const highlights = store.highlights(file);
		try {
			const loaded = await loadForReading(file);
			files.push({ file: loaded.path, loaded, problem: null, missing: false, highlights: anchorHighlights(loaded.article, highlights) });
		} catch (error) {
			const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
			files.push({ file, loaded: null, problem: describeFsError(error), missing, highlights: orphaned(highlights) });
		}
	}
	return { files, relocations };
}
