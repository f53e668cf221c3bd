import { parseArticle } from '../../core/article/article.js';
import { summariseAnalysis } from '../../core/library/summary.js';
import { analyseQuotes } from '../../core/quotes/index.js';
import type { LibraryImports } from '../../library/import/library-imports.js';
import type { PipedArticle } from '../../library/import/piped.js';
import { loadArticle, type LoadedArticle } from '../../library/load.js';
import { PIPED_PATH, type PipedSaver } from './use-piped-save.js';

/**
 * The piped article as the reader's one entry (no file yet: PIPED_PATH), and how it is saved into the library
 * when a highlight or note needs a file: through `imports`, then read back as the entry it has become.
 */
export function pipedEntry(piped: PipedArticle, imports: LibraryImports): { entry: LoadedArticle; saver: PipedSaver } {
	const article = parseArticle(piped.content);
	const entry: LoadedArticle = { path: PIPED_PATH, article, summary: summariseAnalysis(analyseQuotes(article)), mtimeMs: 0, size: piped.content.length };
	const saver: PipedSaver = {
		async save() {
			const committed = await imports.save(piped.article);
			return { entry: await loadArticle(committed.path), status: committed.status, same: committed.status === 'duplicate' ? committed.by : null };
		},
	};
	return { entry, saver };
}
