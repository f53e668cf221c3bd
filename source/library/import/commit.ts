import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../core/article/article.js';
import { articleFileContent, importedFingerprint, type ImportedArticle } from '../../core/import/article-file.js';
import { articleFileNames } from '../../core/import/file-name.js';
import { StoreLockedError, withFileLockAsync } from '../../store/lock.js';
import { folderDuplicateIndex, type DuplicateIndex, type ExistingArticle } from './duplicates.js';
import { writeNewFile, type WriteCalls } from './write.js';

export type Committed =
	| { readonly status: 'added'; readonly path: string; readonly title: string }
	| ({ readonly status: 'duplicate'; readonly title: string } & ExistingArticle);

export interface CommitOptions {
	readonly dir: string;
	/** Other addresses the article is known by: as given, after redirects. */
	readonly alsoKnownAs?: readonly string[];
	readonly index?: DuplicateIndex;
	readonly calls?: WriteCalls;
}

/** A lock in the library folder, so that two imports at once (two `refresh`es) cannot both add one article. */
const LOCK_NAME = '.marginalia-import';

/**
 * Adds an article to the library folder unless it is there already (the same address, or the same text).
 * The check and the write happen under one lock; the write is complete or leaves nothing.
 */
export async function commitArticle(article: ImportedArticle, options: CommitOptions): Promise<Committed> {
	const content = articleFileContent(article);
	const title = article.meta.title ?? parseArticle(content).title;
	const candidate = {
		urls: [article.meta.url, ...(options.alsoKnownAs ?? [])].filter((url): url is string => Boolean(url)),
		fingerprint: importedFingerprint(content),
	};
	const index = options.index ?? folderDuplicateIndex(options.dir);
	// The lock lives in the folder: a new library folder is made first.
	mkdirSync(options.dir, { recursive: true });
	try {
		return await withFileLockAsync(join(options.dir, LOCK_NAME), () => {
			const existing = index.find(candidate);
			if (existing) return { status: 'duplicate', title, ...existing };
			return { status: 'added', path: writeNewFile(options.dir, articleFileNames(title), content, options.calls), title };
		});
	} catch (error) {
		if (error instanceof StoreLockedError) throw new Error(`the library folder ${options.dir} stayed locked by another import`);
		throw error;
	}
}
