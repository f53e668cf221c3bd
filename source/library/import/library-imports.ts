import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import type { ImportedArticle } from '../../core/import/article-file.js';
import type { Store } from '../../store/index.js';
import { Library } from '../index/library.js';
import { BUNDLED_LIBRARY, type LibraryListing } from '../load.js';
import { addToLibrary, ImportError, parseImportInput } from './add.js';
import { commitArticle, type Committed } from './commit.js';
import { adoptLibrary, importDestination, type Destination } from './destination.js';
import { refreshFeeds, type RefreshEvent, type RefreshSummary } from './feeds.js';
import { DEFAULT_LIMITS, type FetchLimits } from './fetch.js';
import { describeFsError } from '../load.js';

/** What imports from the app need of the store. */
export type ImportStore = Pick<Store, 'settings' | 'setSetting' | 'feeds' | 'updateFeed' | 'markArrived'>;

export interface LibraryImportsOptions {
	readonly store: ImportStore;
	/** The folders and files the app shows. */
	readonly paths: readonly string[];
	readonly cwd: string;
	readonly env: NodeJS.ProcessEnv;
	readonly limits?: FetchLimits;
}

/** An article `A` added, or found in the library already. */
export interface AddOutcome {
	readonly status: 'added' | 'duplicate';
	readonly path: string;
	readonly title: string;
	readonly source: string | null;
	readonly date: string | null;
	/** For a duplicate: what it shares with the article already there. */
	readonly same: 'url' | 'text' | null;
}

/** What the prompt was given, as a person types or pastes it: quotes around a dropped path, `~/`, `\ `. */
export function importInputOf(typed: string, cwd: string) {
	let text = typed.trim();
	const quoted = /^(["'])(.*)\1$/.exec(text);
	if (quoted) text = quoted[2]!;
	if (text === '' || text === '-') throw new ImportError('type a web address or the path of a saved page or text file');
	const input = parseImportInput(text);
	if (input.kind !== 'file') return input;
	const unescaped = quoted ? text : text.replace(/\\(.)/g, '$1');
	const path = unescaped === '~' || unescaped.startsWith('~/') ? homedir() + unescaped.slice(1) : unescaped;
	return { kind: 'file' as const, path: resolve(cwd, path) };
}

/** The one folder the app shows, when it shows one and it is not the bundled samples. */
function shownFolder(paths: readonly string[]): string | null {
	if (paths.length !== 1) return null;
	const folder = resolve(paths[0]!);
	try {
		if (!statSync(folder).isDirectory() || folder === resolve(BUNDLED_LIBRARY)) return null;
	} catch {
		return null;
	}
	return folder;
}

/**
 * The library's own imports: `A` (a link or a saved file) and `r` (every feed), into the folder the app shows
 * when it shows one, else where `add` writes (the library setting, else the data folder, which then becomes
 * the setting). That folder joins the library shown, so what was added can be listed and selected.
 */
export class LibraryImports {
	#paths: string[];

	constructor(private readonly options: LibraryImportsOptions) {
		this.#paths = [...options.paths];
	}

	/** Where the next import goes. */
	destination(): Destination {
		const library = shownFolder(this.options.paths) ?? this.options.store.settings().library;
		return importDestination({ ...(library ? { library } : {}), cwd: this.options.cwd, env: this.options.env });
	}

	feedCount(): number {
		return this.options.store.feeds().length;
	}

	/** Fetches or reads what was typed and adds it. Throws ImportError (one line); nothing is half-written. */
	async add(typed: string, { signal }: { signal?: AbortSignal } = {}): Promise<AddOutcome> {
		const input = importInputOf(typed, this.options.cwd);
		const destination = this.destination();
		const added = await addToLibrary(input, { ...(this.options.limits ?? DEFAULT_LIMITS), ...(signal ? { signal } : {}), dir: destination.dir, cwd: this.options.cwd });
		const { meta } = added.article;
		if (added.status === 'added') this.#wrote(destination, [added.path]);
		return {
			status: added.status,
			path: added.path,
			title: added.title,
			source: meta.source ?? null,
			date: meta.date ?? null,
			same: added.status === 'duplicate' ? added.by : null,
		};
	}

	/** Every feed's new items into the library; events as they happen, for a spinner and a count. */
	async refresh({ signal, onEvent }: { signal?: AbortSignal; onEvent?: (event: RefreshEvent) => void } = {}): Promise<RefreshSummary> {
		const destination = this.destination();
		const summary = await refreshFeeds(this.options.store, {
			...(this.options.limits ?? DEFAULT_LIMITS),
			...(signal ? { signal } : {}),
			...(onEvent ? { onEvent } : {}),
			dir: destination.dir,
			cwd: this.options.cwd,
		});
		if (summary.added.length > 0) this.#wrote(destination, summary.added.map((added) => added.file));
		return summary;
	}

	/** An article read from a pipe, into the library (or found there already). Throws ImportError. */
	async save(article: ImportedArticle): Promise<Committed> {
		const destination = this.destination();
		let committed: Committed;
		try {
			committed = await commitArticle(article, { dir: destination.dir });
		} catch (error) {
			throw new ImportError(`cannot write to ${destination.dir}: ${describeFsError(error)}`);
		}
		// Not marked new: it is open in the reader.
		if (committed.status === 'added') this.#wrote(destination, []);
		return committed;
	}

	/** The library shown, through its index, with what the imports added. */
	async listing(): Promise<LibraryListing> {
		const library = Library.open(this.#paths, { env: this.options.env });
		await library.update();
		return library.listing();
	}

	/**
	 * After a write: the folder joins the library shown and, if nobody chose one, becomes the library setting;
	 * `arrived` are marked new until opened.
	 */
	#wrote(destination: Destination, arrived: readonly string[]): void {
		if (!this.#paths.some((path) => resolve(path) === destination.dir)) this.#paths.push(destination.dir);
		try {
			adoptLibrary(this.options.store, destination);
			this.options.store.markArrived(arrived);
		} catch {
			// The settings could not be written (a lock held too long): the article is in the library all the same.
		}
	}
}
