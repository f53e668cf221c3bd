import { basename } from 'node:path';
import { useCallback, useRef } from 'react';
import type { LoadedArticle } from '../../library/load.js';
import type { AppAction, AppState } from '../app/app-reducer.js';
import { useSyncReducer } from '../hooks/use-sync-reducer.js';
import { commandFor } from '../keys/keymap.js';
import { KeyPriority } from '../keys/KeypressProvider.js';
import { useKeypress } from '../keys/use-keypress.js';
import { describeError } from '../describe-error.js';

/** The path an article read from a pipe has until it is saved: no file is there. */
export const PIPED_PATH = '<standard input>';

/** Saves the piped article to the library (or finds it there). Throws (one line) when it cannot. */
export interface PipedSaver {
	save(): Promise<{ readonly entry: LoadedArticle; readonly status: 'added' | 'duplicate'; readonly same: 'url' | 'text' | null }>;
}

interface OfferState {
	readonly phase: 'idle' | 'offering' | 'saving';
	/** Shown in place of the reader's first info row: the question, then how it went (until the next key). */
	readonly line: string | null;
}

const IDLE: OfferState = { phase: 'idle', line: null };

/** The reader's key for an article: a new key remounts the reader (a new article, or the file changed). */
const defaultKey = (entry: LoadedArticle) => `${entry.path}:${entry.mtimeMs}:${entry.size}`;

/**
 * The piped reader's offer: a highlight or note needs a file, so `H`, `a` (and Enter on a selection) first ask
 * to save the article to the library. Once saved with the same text, the reader carries on without
 * remounting (its key is kept) and the held command runs; a library copy with other text is shown instead.
 */
export function usePipedSave({
	saver,
	appNow,
	dispatch,
}: {
	saver: PipedSaver | undefined;
	appNow: { readonly current: AppState };
	dispatch: (action: AppAction) => void;
}) {
	const [state, set, now] = useSyncReducer((_: OfferState, next: OfferState) => next, () => IDLE);
	const keys = useRef(new Map<string, string>());

	const save = async () => {
		set({ phase: 'saving', line: 'Saving to your library…' });
		let saved;
		try {
			saved = await saver!.save();
		} catch (error) {
			set({ phase: 'idle', line: `Not saved: ${describeError(error)}` });
			return;
		}
		const piped = appNow.current.articles.find((entry) => entry.path === PIPED_PATH);
		const sameText = piped !== undefined && piped.article.fingerprint === saved.entry.article.fingerprint;
		if (piped && sameText) keys.current.set(saved.entry.path, defaultKey(piped));
		dispatch({ type: 'article-saved', from: PIPED_PATH, article: saved.entry });
		const name = basename(saved.entry.path);
		const line = !sameText
			? `Your library has it (same address, other text): showing ${name}`
			: saved.status === 'added'
				? `Saved to your library as ${name}`
				: `Already in your library as ${name}: highlights go there`;
		set({ phase: 'idle', line });
	};

	useKeypress(
		({ input, key, paste }) => {
			if (!saver) return false;
			const current = now.current;
			if (current.phase === 'offering') {
				const command = paste ? undefined : commandFor('saveOffer', input, key);
				if (command === 'quit' || command === 'suspend') return false;
				if (command === 'saveOffer.save') void save();
				else if (command === 'saveOffer.decline') set({ phase: 'idle', line: 'Not saved: highlights and notes need the article in your library' });
				return true;
			}
			// How it went stays until the next key, which goes on to the reader.
			if (current.phase === 'idle' && current.line !== null) set(IDLE);
			return false;
		},
		{ priority: KeyPriority.panel },
	);

	/** For the reader of the piped article: asks, and holds the command until the article is saved. */
	const beforeStoring = useCallback(() => {
		if (now.current.phase === 'idle') {
			set({ phase: 'offering', line: 'Highlights need a file: save it to your library? y saves · n not now' });
		}
		return true;
	}, [saver]);

	return {
		prompt: state.line,
		beforeStoring: (entry: LoadedArticle) => (saver && entry.path === PIPED_PATH ? beforeStoring : undefined),
		readerKey: (entry: LoadedArticle) => keys.current.get(entry.path) ?? defaultKey(entry),
	};
}
