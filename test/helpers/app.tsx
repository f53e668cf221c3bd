import { render } from 'ink-testing-library';
import { App, type AppProps } from '../../source/ui/app/App.js';
import { listLibrary, reloadIfChanged, type LibraryListing } from '../../source/library/load.js';
import { loadNotes } from '../../source/library/notes.js';
import type { Store } from '../../source/store/index.js';
import type { QuoteSource } from '../../source/core/library/corrected-library.js';
import { COLOUR_THEME, type Theme } from '../../source/ui/theme.js';
import { ARTICLES_DIR } from './articles.js';
import { tick } from './ink.js';
import { recorder, tempStore } from './store.js';
import { Library } from '../../source/library/index/library.js';
import type { AppLibrary } from '../../source/ui/app/use-library-index.js';
import { temporaryFolder } from './temp.js';

export interface RenderAppOptions {
	readonly store?: Store;
	readonly listing?: LibraryListing;
	readonly paths?: readonly string[];
	readonly theme?: Theme;
	readonly openAtStart?: number;
	readonly notice?: string | null;
	/** The library index's quotes (the app's own analysis of the listing otherwise). */
	readonly quoteSource?: QuoteSource;
	/** Instead of the recorder's browser, which always opens. */
	readonly openUrl?: (url: string) => { via: string } | { error: string };
	/**
	 * The library through its index (in a temporary cache), as the app runs it: 'warm' indexes it first, 'cold'
	 * starts from an empty cache (the rows fill in); a Library given is used as it is. Without it the app gets
	 * a listing read whole and no index (no search).
	 */
	readonly library?: 'warm' | 'cold' | AppLibrary;
	/** A and r: adding and refreshing (LibraryImports on a test folder). */
	readonly imports?: AppProps['imports'];
	/** The piped reader's saving to the library. */
	readonly piped?: AppProps['piped'];
}

/** The bundled (or given) articles through a library index in a temporary cache. */
export async function indexedLibrary(paths: readonly string[], warm = true): Promise<Library> {
	const library = Library.open(paths, { cacheDir: temporaryFolder('marginalia-cache-') });
	if (warm) await library.update({ threads: 0 });
	return library;
}

/** The whole app as a user meets it, on the bundled library and a real store in a temporary folder. */
export async function renderApp(options: RenderAppOptions = {}) {
	const paths = options.paths ?? [ARTICLES_DIR];
	const library = options.library === 'warm' || options.library === 'cold' ? await indexedLibrary(paths, options.library === 'warm') : options.library;
	const listing = options.listing ?? (library ? library.listing() : await listLibrary(paths));
	const store = options.store ?? (await tempStore()).store;
	const recorded = recorder();
	const app = render(
		<App
			listing={listing}
			library={library}
			store={store}
			theme={options.theme ?? COLOUR_THEME}
			copy={recorded.copy}
			openUrl={options.openUrl ?? recorded.openUrl}
			loadNotes={() => loadNotes(store, paths)}
			refreshArticle={reloadIfChanged}
			openAtStart={options.openAtStart}
			quoteSource={options.quoteSource}
			notice={options.notice ?? null}
			imports={options.imports}
			piped={options.piped}
		/>,
	);
	await tick();
	return { ...app, store, recorded, library };
}
