import { useMemo } from 'react';
import type { Correction } from '../../../core/annotations/corrections.js';
import { correctSummaries, personQuotes, type ArticleSummary, type QuoteSource } from '../../../core/library/corrected-library.js';
import { gatherPeople, sortPeople, type Person, type PersonQuote } from '../../../core/library/people.js';
import { filterPeople } from '../../../core/library/people-filter.js';
import type { PeopleState } from './people-state.js';

export interface PeopleData {
	/** Everyone quoted, corrections applied. */
	readonly everyone: readonly Person[];
	/** As the list shows them: sorted, or filtered (best match first). */
	readonly shown: readonly Person[];
	/** The quotes of the person opened, newest first. */
	readonly quotes: readonly PersonQuote[];
}

const NOBODY: readonly ArticleSummary[] = [];

/**
 * The library's people and one person's quotes, from the index (or the loaded articles) with the corrections
 * applied; nothing is counted while the screen is not `onShow`.
 */
export function usePeopleData(source: QuoteSource, corrections: readonly Correction[], state: Pick<PeopleState, 'query' | 'sort' | 'person'>, onShow: boolean): PeopleData {
	const summaries = useMemo(() => (onShow ? correctSummaries(source, corrections) : NOBODY), [onShow, source, corrections]);
	const everyone = useMemo(() => gatherPeople(summaries), [summaries]);
	const shown = useMemo(() => (state.query.trim() === '' ? sortPeople(everyone, state.sort) : filterPeople(everyone, state.query)), [everyone, state.query, state.sort]);
	const key = state.person?.key ?? null;
	const quotes = useMemo(() => (key === null ? [] : personQuotes(source, summaries, key, corrections)), [source, summaries, key, corrections]);
	return { everyone, shown, quotes };
}
