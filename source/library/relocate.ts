import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { UnsavedChangeError } from '../store/errors.js';
import type { Store } from '../store/index.js';
import { findArticleFiles, readArticle } from './load.js';

export interface Relocation {
	readonly from: string;
	readonly to: string;
	readonly highlights: number;
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
	// Only the texts' fingerprints: no quotes analysed (an 11 MB article would take seconds).
	const { files } = await findArticleFiles(searchPaths);
	const byFingerprint = new Map<string, string>();
	for (const path of files) {
		try {
			const { article } = await readArticle(path);
			if (!byFingerprint.has(article.fingerprint)) byFingerprint.set(article.fingerprint, path);
		} catch {
			// An unreadable file cannot be the one moved here.
		}
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
