import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import type { Person, PersonQuote } from '../../../core/library/people.js';
import { fit, truncate } from '../../../core/text/fit.js';
import { sanitizeInline } from '../../../core/text/sanitize.js';
import { FilterLine } from '../../components/FilterLine.js';
import { SpeakerPicker } from '../../components/SpeakerPicker.js';
import type { Theme } from '../../theme.js';
import type { PeopleState } from './people-state.js';
import { quoteLines } from './quote-lines.js';
import type { People } from './use-people.js';

export interface PeopleScreenProps {
	/** Its state, data and keys: the App's (see use-people). */
	readonly people: People;
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
}

const QUOTES_WIDTH = 8;
const UNSURE_WIDTH = 8;
const ARTICLES_WIDTH = 10;
const LATEST_WIDTH = 12;
const QUOTE_INDENT = 4;

/** Rows the picker takes below the list. */
function peoplePickHeight(pick: PeopleState['pick'], terminalRows: number): number {
	return pick ? Math.min(pick.options.length + 6, Math.max(5, terminalRows - 8)) : 0;
}

/** Rows of the list: what is left after the header, filter line, column titles, message, hints, the picker and the spare row Ink needs. */
function peopleListRows(state: Pick<PeopleState, 'filtering' | 'query' | 'pick'>, terminalRows: number): number {
	return Math.max(1, terminalRows - 6 - (state.filtering || state.query ? 1 : 0) - peoplePickHeight(state.pick, terminalRows));
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
const plural = (count: number, word: string) => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : /(ch|sh|s|x)$/.test(word) ? 'es' : 's'}`;

/**
 * Who said what across the library: every speaker with their quotes (unsure ones beside), articles and latest
 * date; Tab sorts, / filters fuzzily; Enter shows one person's quotes newest first, each in full; Enter on one
 * opens the reader there following that person. M merges, E renames, U undoes (corrections, library-wide).
 */
export function PeopleScreen({ people, theme, columns, rows: terminalRows }: PeopleScreenProps) {
	const { data } = people;
	const { state } = people.session;
	const width = Math.max(20, columns - 2);
	const pickHeight = peoplePickHeight(state.pick, terminalRows);
	const room = peopleListRows(state, terminalRows);

	const picker = state.pick ? <SpeakerPicker pick={state.pick} theme={theme} width={Math.min(width, 80)} height={pickHeight} /> : null;
	const footer = (hints: string) => (
		<>
			{picker}
			<Text color={theme.accent} wrap="truncate-end">
				{sanitizeInline(state.message ?? '')}
			</Text>
			<Text color={theme.muted} wrap="truncate-end">
				{hints}
			</Text>
		</>
	);

	if (state.person) {
		const person = data.everyone.find((candidate) => candidate.key === state.person!.key);
		return (
			<Box flexDirection="column" paddingLeft={1}>
				<PersonHeader person={person} name={state.person.name} theme={theme} width={width} />
				<PersonQuotes quotes={data.quotes} selected={state.quote} theme={theme} width={width} room={Math.max(1, room)} />
				{footer('↑↓ move · Enter read it (} { follow this person) · U undo · ? help · q back')}
			</Box>
		);
	}

	const shown = data.shown;
	const selected = Math.min(state.selected, Math.max(0, shown.length - 1));
	const first = Math.min(Math.max(0, selected - room + 1), Math.max(0, shown.length - room));
	const nameWidth = Math.max(10, width - 2 - QUOTES_WIDTH - UNSURE_WIDTH - ARTICLES_WIDTH - LATEST_WIDTH);
	const total = data.everyone.length;
	return (
		<Box flexDirection="column" paddingLeft={1}>
			<Text wrap="truncate-end">
				<Text bold color={theme.accent}>
					People
				</Text>
				<Text color={theme.muted}>
					{' '}
					· {plural(total, 'speaker')}
					{state.query ? ` · ${plural(shown.length, 'match')}` : ` · by ${state.sort} (Tab)`}
				</Text>
			</Text>
			<FilterLine query={state.query} filtering={state.filtering} theme={theme} />
			{total === 0 ? (
				<Text color={theme.muted}>Nobody is quoted in this library.</Text>
			) : (
				<Text color={theme.muted} wrap="truncate-end">
					{'  '}
					{fit('Name', nameWidth)}
					{fit('Quotes', QUOTES_WIDTH, true)}
					{fit('Unsure', UNSURE_WIDTH, true)}
					{fit('Articles', ARTICLES_WIDTH, true)}
					{fit('Latest', LATEST_WIDTH, true)}
				</Text>
			)}
			{total > 0 && shown.length === 0 ? <Text color={theme.muted}>Nobody matches.</Text> : null}
			{shown.slice(first, first + room).map((person, offset) => {
				const isSelected = first + offset === selected;
				return (
					<Text key={person.key} wrap="truncate-end" inverse={isSelected && theme.name === 'mono'}>
						<Text color={isSelected ? theme.selection : undefined} bold={isSelected}>
							{isSelected ? '› ' : '  '}
							{fit(sanitizeInline(person.name), nameWidth)}
						</Text>
						<Text>{fit(person.quotes.toLocaleString('en-US'), QUOTES_WIDTH, true)}</Text>
						<Text color={theme.muted}>
							{fit(person.unsure > 0 ? `${person.unsure}?` : '', UNSURE_WIDTH, true)}
							{fit(person.articles.toLocaleString('en-US'), ARTICLES_WIDTH, true)}
							{fit(day(person.latest), LATEST_WIDTH, true)}
						</Text>
					</Text>
				);
			})}
			{footer('↑↓ move · Enter their quotes · / filter · Tab sort · M merge · E rename · U undo · ? help · q back')}
		</Box>
	);
}

function PersonHeader({ person, name, theme, width }: { person: Person | undefined; name: string; theme: Theme; width: number }) {
	const counts = person
		? `${plural(person.quotes, 'quote')}${person.unsure > 0 ? ` (${person.unsure} unsure)` : ''} · ${plural(person.articles, 'article')}`
		: 'no quotes now (merged or renamed: U undoes)';
	const also = person ? person.aliases.filter((alias) => alias !== person.name) : [];
	return (
		<>
			<Text wrap="truncate-end">
				<Text bold color={theme.accent}>
					{sanitizeInline(person?.name ?? name)}
				</Text>
				<Text color={theme.muted}> · {counts}</Text>
			</Text>
			<Text color={theme.muted} wrap="truncate-end">
				{also.length > 0 ? truncate(sanitizeInline(`also: ${also.join(', ')}`), width) : ' '}
			</Text>
		</>
	);
}

/** Every quote drawn in full: the list scrolls by lines, keeping the selected quote's lines in view. */
function PersonQuotes({ quotes, selected, theme, width, room }: { quotes: readonly PersonQuote[]; selected: number; theme: Theme; width: number; room: number }) {
	const current = Math.min(selected, quotes.length - 1);
	const lines: Array<{ key: string; node: ReactElement; entry: number }> = [];
	quotes.forEach((entry, index) => {
		const isSelected = index === current;
		const about = [day(entry.date) || 'undated', entry.title, entry.source].filter(Boolean).join(' · ');
		lines.push({
			key: `${entry.file}:${entry.quote.start}`,
			entry: index,
			node: (
				<Text wrap="truncate-end" bold={isSelected} color={isSelected ? theme.selection : theme.muted} inverse={isSelected && theme.name === 'mono'}>
					{isSelected ? '› ' : '  '}
					{truncate(sanitizeInline(about), width - 2)}
				</Text>
			),
		});
		for (const [line, text] of quoteLines(entry.quote, width - QUOTE_INDENT).entries()) {
			lines.push({ key: `${entry.file}:${entry.quote.start}:${line}`, entry: index, node: <Text>{' '.repeat(QUOTE_INDENT) + text}</Text> });
		}
	});
	if (quotes.length === 0) return <Text color={theme.muted}>No quotes.</Text>;
	const firstOfSelected = lines.findIndex((line) => line.entry === current);
	const lastOfSelected = lines.length - 1 - [...lines].reverse().findIndex((line) => line.entry === current);
	let first = Math.max(0, Math.min(firstOfSelected - Math.floor(room / 3), lines.length - room));
	if (lastOfSelected >= first + room) first = Math.max(0, lastOfSelected - room + 1);
	if (firstOfSelected < first) first = firstOfSelected;
	return (
		<>
			{lines.slice(first, first + room).map((line) => (
				<Box key={line.key}>{line.node}</Box>
			))}
		</>
	);
}
