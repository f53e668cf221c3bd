import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { anchorHighlight, type AnchorState } from '../core/annotations/anchor.js';
import type { Article } from '../core/article/article.js';
import { UnsavedChangeError } from '../store/errors.js';
import type { Store, StoredHighlight } from '../store/index.js';
import { describeFsError, listLibrary, loadArticle, type LoadedArticle } from './load.js';

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

export interface Relocation {
	readonly from: string;
	readonly to: string;
	readonly highlights: number;
}

export function anchorHighlights(article: Pick<Article, 'text'>, highlights: readonly StoredHighlight[]): AnchoredHighlight[] {
	return highlights
		.map((highlight) => ({ highlight, ...anchorHighlight(article.text, highlight) }))
		.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function orphaned(highlights: readonly StoredHighlight[]): AnchoredHighlight[] {
	return highlights.map((highlight) => ({ highlight, state: 'orphaned', start: highlight.start, end: highlight.end }));
}

/** Moves a file's highlights in the store; a move that cannot be saved yet is kept in memory all the same. */
function movedInStore(store: Store, from: string, to: string): number {
	try {
		return store.moveFile(from, to);
	} catch (error) {
		if (error instanceof UnsavedChangeError) return error.result as number;
		throw error;
	}
}

/**
 * Highlights whose file is gone are looked for by fingerprint (the text is unchanged, only the name or
 * folder changed) in the library and in the folder the file was in; found ones are moved in the store.
 */
export async function relocateMissingFiles(
	store: Store,
	libraryPaths: readonly string[],
	fileExists: (path: string) => boolean = existsSync,
): Promise<Relocation[]> {
	const missing = new Map<string, Set<string>>();
	for (const highlight of store.highlights()) {
		if (fileExists(highlight.file) || highlight.fingerprint === '') continue;
		const fingerprints = missing.get(highlight.file) ?? new Set<string>();
		fingerprints.add(highlight.fingerprint);
		missing.set(highlight.file, fingerprints);
	}
	if (missing.size === 0) return [];

	const searchPaths = [...new Set([...libraryPaths, ...[...missing.keys()].map((file) => dirname(file))])].filter(fileExists);
	const { articles } = await listLibrary(searchPaths);
	const byFingerprint = new Map<string, string>();
	for (const { path, article } of articles) {
		if (!byFingerprint.has(article.fingerprint)) byFingerprint.set(article.fingerprint, path);
	}

	const relocations: Relocation[] = [];
	for (const [from, fingerprints] of missing) {
		const to = [...fingerprints].map((fingerprint) => byFingerprint.get(fingerprint)).find((path) => path !== undefined);
		if (to === undefined) continue;
		relocations.push({ from, to, highlights: movedInStore(store, from, to) });
	}
	// Saved if it can be soon; if not, the move is found again next time.
	if (relocations.length > 0) await store.flush(2_000).catch(() => undefined);
	return relocations;
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
			const loaded = await loadArticle(file);
			files.push({ file: loaded.path, loaded, problem: null, missing: false, highlights: anchorHighlights(loaded.article, highlights) });
		} catch (error) {
			const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
			files.push({ file, loaded: null, problem: describeFsError(error), missing, highlights: orphaned(highlights) });
		}
	}
	return { files, relocations };
}
