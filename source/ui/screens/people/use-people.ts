import { useCallback, useMemo, useRef, useState } from 'react';
import type { QuoteSource } from '../../../core/library/corrected-library.js';
import type { PersonQuote } from '../../../core/library/people.js';
import type { Store } from '../../../store/index.js';
import { reloadQuietly } from '../reader/reader-store.js';
import { usePeopleData, type PeopleData } from './use-people-data.js';
import { usePeopleKeys } from './use-people-keys.js';
import { usePeopleSession, type PeopleSession } from './use-people-state.js';
import { useSavedNow } from '../../hooks/use-saved-now.js';

/** What the people screen reads and writes of the store: the speaker corrections. */
export type PeopleStore = Pick<Store, 'corrections' | 'addCorrection' | 'removeCorrection' | 'restoreCorrection' | 'reload' | 'watchSaving'>;

export interface People {
	readonly session: PeopleSession;
	readonly data: PeopleData;
}

/**
 * The people screen's state, data and keys, held by the App: its keys are there from the moment P is pressed
 * (a key typed right after P, `/` say, must not be lost to a screen not yet subscribed), and its place (the
 * person, the quote) is still there when the reader it opened goes back to it. Nothing is counted while the
 * screen is not shown.
 */
export function usePeople({
	shown,
	screenNow,
	source,
	store,
	page,
	onOpenQuote,
	onChanged,
}: {
	/** The screen is on show in this render. */
	shown: boolean;
	/** Whether it is the screen now, for keys that arrive before the next render. */
	screenNow: () => boolean;
	source: QuoteSource;
	store: PeopleStore;
	/** Rows of the list on screen: what PgDn moves. */
	page: number;
	onOpenQuote: (quote: PersonQuote) => void;
	onChanged: () => void;
}): People {
	const session = usePeopleSession();
	// Another window may have corrected a speaker since: the store is read again each time the screen opens.
	const wasShown = useRef(false);
	if (shown && !wasShown.current) reloadQuietly(store);
	wasShown.current = shown;
	const [version, setVersion] = useState(0);
	const changed = useCallback(() => {
		setVersion((value) => value + 1);
		onChanged();
	}, [onChanged]);
	const corrections = store.corrections();
	const correctionIds = corrections.map((correction) => correction.id).join(' ');
	const current = useMemo(() => corrections, [correctionIds, version]);
	const data = usePeopleData(source, current, session.state, shown);
	const lists = useRef(data);
	lists.current = data;
	usePeopleKeys({ session, store, lists, page, onOpenQuote, changed, active: screenNow });
	useSavedNow(store, () => session.now.current.message, (message) => session.dispatch({ type: 'message', message }));
	return { session, data };
}
