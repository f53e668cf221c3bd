import { render } from 'ink-testing-library';
import { App } from '../../source/ui/app/App.js';
import { listLibrary, reloadIfChanged, type LibraryListing } from '../../source/library/load.js';
import { loadNotes } from '../../source/library/notes.js';
import type { Store } from '../../source/store/index.js';
import type { QuoteSource } from '../../source/core/library/corrected-library.js';
import { COLOUR_THEME, type Theme } from '../../source/ui/theme.js';
import { ARTICLES_DIR } from './articles.js';
import { tick } from './ink.js';
import { recorder, tempStore } from './store.js';

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
}

/** The whole app as a user meets it, on the bundled library and a real store in a temporary folder. */
export async function renderApp(options: RenderAppOptions = {}) {
	const paths = options.paths ?? [ARTICLES_DIR];
	const listing = options.listing ?? (await listLibrary(paths));
	const store = options.store ?? (await tempStore()).store;
	const recorded = recorder();
	const app = render(
		<App
			listing={listing}
			store={store}
			theme={options.theme ?? COLOUR_THEME}
			copy={recorded.copy}
			openUrl={options.openUrl ?? recorded.openUrl}
			loadNotes={() => loadNotes(store, paths)}
			refreshArticle={reloadIfChanged}
			openAtStart={options.openAtStart}
			quoteSource={options.quoteSource}
			notice={options.notice ?? null}
		/>,
	);
	await tick();
	return { ...app, store, recorded };
}
