import { Box, Text } from 'ink';
import type { LoadedArticle, UnreadableFile } from '../../../library/load.js';
import type { IndexingState } from '../../app/use-library-index.js';
import type { LibrarySort } from '../../../core/library/order.js';
import { FilterLine } from '../../components/FilterLine.js';
import { fit } from '../../../core/text/fit.js';
import { sanitizeInline } from '../../../core/text/sanitize.js';
import { progressLabel, readingTimeLabel, wordCountLabel } from '../../../core/reader/progress.js';
import { readableDate } from '../../../core/text/dates.js';
import type { ReadingPosition } from '../../../store/index.js';
import type { Theme } from '../../theme.js';
import { basename } from 'node:path';
import { hasImportLine, ImportLine } from './ImportLine.js';
import type { ImportState } from './import-state.js';

/** What the library screen reads of the store: where each article was left, and whether it is new. */
export interface ReadingPositions {
	position(file: string): Pick<ReadingPosition, 'progress'> | undefined;
	/** Imported and not opened since (optional for stand-ins that know of no imports). */
	isNew?(file: string): boolean;
}

export interface LibraryScreenProps {
	readonly articles: readonly LoadedArticle[];
	/** Indexes into `articles` in the order shown: sorted, and filtered when there is a query. */
	readonly order: readonly number[];
	/** Index into `order`. */
	readonly selected: number;
	readonly unreadable: readonly UnreadableFile[];
	/** Why nothing could be listed, when nothing could. */
	readonly problem: string | null;
	/** The files being checked and read again after the first frame; null once done. */
	readonly indexing: IndexingState | null;
	readonly sort: LibrarySort;
	readonly query: string;
	readonly filtering: boolean;
	readonly positions: ReadingPositions;
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
	readonly notice: string | null;
	/** The A prompt, a running import or refresh, how the last one went. */
	readonly imports?: ImportState;
	/** Feed titles by address, for the Feed column. */
	readonly feedNames?: ReadonlyMap<string, string>;
}

const PROGRESS_WIDTH = 7;
const TIME_WIDTH = 7;
const WORDS_WIDTH = 7;
const QUOTES_WIDTH = 7;
const SOURCE_WIDTH = 17;
const DATE_WIDTH = 12;
const FEED_WIDTH = 16;
const SPEAKERS_WIDTH = 26;

/** "Zakharova 4, Peskov 1": surnames keep the column short. */
function topSpeakers(speakers: ReadonlyArray<{ name: string; quotes: number }>): string {
	return speakers
		.slice(0, 3)
		.map((speaker) => `${speaker.name.split(/\s+/).at(-1)} ${speaker.quotes}`)
		.join(', ');
}

/** A feed's title, else its host: what the Feed column shows. */
function feedLabel(url: string, names: ReadonlyMap<string, string> | undefined): string {
	const name = names?.get(url);
	if (name) return name;
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

export function LibraryScreen({ articles: all, order, selected, unreadable, problem, indexing, sort, query, filtering, positions, theme, columns, rows, notice, imports, feedNames }: LibraryScreenProps) {
	const width = Math.max(20, columns - 2);
	const total = all.length;
	// Only the rows on screen are looked at: a library of thousands costs what one screenful does.
	const shownCount = order.length;
	const building = indexing !== null && !indexing.checking && indexing.total > 0;
	const waiting = total === 0 && indexing !== null;
	const showFilterLine = filtering || query !== '';
	const problems = unreadable.map((file) => `Cannot read ${basename(file.path)}: ${file.reason}`);
	const shownProblems = problems.slice(0, 3);
	// The notice (a damaged config set aside) says where the user's file went: it is wrapped, never cut.
	const noticeRows = notice ? Math.ceil(notice.length / Math.max(20, columns - 2)) : 0;
	// Header (1), column titles (1), the selected article's speakers (1), problems, hints (1), and one row left
	// free so Ink never fills the screen.
	const importRows = hasImportLine(imports) ? 1 : 0;
	const listHeight = Math.max(1, rows - 5 - shownProblems.length - noticeRows - (showFilterLine ? 1 : 0) - importRows);
	const isNew = (path: string) => positions.isNew?.(path) === true;
	const newCount = positions.isNew ? all.filter((entry) => isNew(entry.path)).length : 0;
	const first = Math.min(Math.max(0, selected - listHeight + 1), Math.max(0, shownCount - listHeight));
	const visible = order.slice(first, first + listHeight).map((index) => all[index]!);
	// A column nobody has a value for takes no room.
	const showSource = width >= 70 && all.some((entry) => entry.article.source);
	const showDate = width >= 96 && all.some((entry) => entry.article.date);
	const showWords = width >= 56;
	const showQuotes = width >= 48;
	const showSpeakers = width >= 120;
	// Last to get room: from 140 columns, where titles keep over 30 beside all the other columns.
	const showFeed = width >= 138 && all.some((entry) => entry.article.feed);
	const titleWidth =
		width -
		2 -
		PROGRESS_WIDTH -
		TIME_WIDTH -
		(showWords ? WORDS_WIDTH : 0) -
		(showQuotes ? QUOTES_WIDTH : 0) -
		(showSource ? SOURCE_WIDTH + 1 : 0) -
		(showDate ? DATE_WIDTH : 0) -
		(showFeed ? FEED_WIDTH + 1 : 0) -
		(showSpeakers ? SPEAKERS_WIDTH + 2 : 0);
	const selectedEntry = all[order[selected] ?? -1];

	return (
		<Box flexDirection="column" paddingLeft={1}>
			<Text wrap="truncate-end">
				<Text bold color={theme.accent}>
					Marginalia
				</Text>
				<Text color={theme.muted}>
					{' '}
					· {total} {total === 1 ? 'article' : 'articles'}
					{newCount > 0 ? ` · ${newCount} new` : ''}
					{building ? ` · indexing ${indexing.done.toLocaleString('en-US')} of ${indexing.total.toLocaleString('en-US')}` : ''}
					{query ? ` · ${shownCount} ${shownCount === 1 ? 'match' : 'matches'}` : ''} · by {sort} (Tab)
				</Text>
			</Text>
			<FilterLine query={query} filtering={filtering} theme={theme} />
			{waiting ? (
				<Text color={theme.muted}>{building ? 'Reading the articles: they are listed as they are read…' : 'Looking for articles…'}</Text>
			) : problem && total === 0 ? (
				<Box flexDirection="column" marginTop={1}>
					<Text color={theme.warning} wrap="wrap">
						{sanitizeInline(problem)}
					</Text>
					<Text color={theme.muted} wrap="wrap">
						Give a folder of .txt or .md articles (marginalia ~/news), or press A to add a page from the web
					</Text>
				</Box>
			) : (
				<>
					<Text color={theme.muted} wrap="truncate-end">
						{'  '}
						{fit('Title', titleWidth)}
						{showSource ? ` ${fit('Source', SOURCE_WIDTH)}` : ''}
						{showFeed ? ` ${fit('Feed', FEED_WIDTH)}` : ''}
						{showDate ? fit('Date', DATE_WIDTH, true) : ''}
						{showWords ? fit('Words', WORDS_WIDTH, true) : ''}
						{fit('Time', TIME_WIDTH, true)}
						{showQuotes ? fit('Quotes', QUOTES_WIDTH, true) : ''}
						{showSpeakers ? `  ${fit('Most quoted', SPEAKERS_WIDTH)}` : ''}
						{fit('Read', PROGRESS_WIDTH, true)}
					</Text>
					{visible.map((entry, offset) => {
						const index = first + offset;
						const isSelected = index === selected;
						// New: imported and not opened since (so unread too).
						const progress = isNew(entry.path) ? 'new' : progressLabel(positions.position(entry.path));
						const progressColour =
							progress === 'new' ? theme.accent : progress === 'done' ? theme.progressDone : progress === 'unread' ? theme.muted : theme.progressPartial;
						return (
							<Text key={entry.path} wrap="truncate-end" inverse={isSelected && theme.name === 'mono'}>
								<Text color={isSelected ? theme.selection : undefined} bold={isSelected}>
									{isSelected ? '› ' : '  '}
									{fit(sanitizeInline(entry.article.title), titleWidth)}
								</Text>
								<Text color={theme.muted}>
									{showSource ? ` ${fit(sanitizeInline(entry.article.source ?? ''), SOURCE_WIDTH)}` : ''}
									{showFeed ? ` ${fit(sanitizeInline(entry.article.feed ? feedLabel(entry.article.feed, feedNames) : ''), FEED_WIDTH)}` : ''}
									{showDate ? fit(sanitizeInline(entry.article.date ? readableDate(entry.article.date) : ''), DATE_WIDTH, true) : ''}
									{showWords ? fit(wordCountLabel(entry.article.words), WORDS_WIDTH, true) : ''}
									{fit(readingTimeLabel(entry.article.words), TIME_WIDTH, true)}
									{showQuotes ? fit(entry.summary.pending ? '…' : String(entry.summary.quotes), QUOTES_WIDTH, true) : ''}
									{showSpeakers ? `  ${fit(sanitizeInline(topSpeakers(entry.summary.speakers)), SPEAKERS_WIDTH)}` : ''}
								</Text>
								<Text color={progressColour} bold={progress === 'new'}>
									{fit(progress, PROGRESS_WIDTH, true)}
								</Text>
							</Text>
						);
					})}
				</>
			)}
			{selectedEntry && !showSpeakers ? (
				<Text color={theme.muted} wrap="truncate-end">
					{'  '}
					{selectedEntry.summary.pending
						? 'Quotes not counted yet'
						: selectedEntry.summary.speakers.length > 0
						? `Most quoted: ${sanitizeInline(selectedEntry.summary.speakers.slice(0, 3).map((s) => `${s.name} ${s.quotes}`).join(' · '))}`
						: 'No direct quotes'}
				</Text>
			) : null}
			{notice ? (
				<Text color={theme.warning} wrap="wrap">
					{sanitizeInline(notice)}
				</Text>
			) : null}
			{shownProblems.map((problem) => (
				<Text key={problem} color={theme.warning} wrap="truncate-end">
					{sanitizeInline(problem)}
				</Text>
			))}
			{problems.length > shownProblems.length ? (
				<Text color={theme.warning}>…and {problems.length - shownProblems.length} more</Text>
			) : null}
			{imports && importRows > 0 ? <ImportLine state={imports} theme={theme} /> : null}
			<Text color={theme.muted} wrap="truncate-end">
				↑↓ j/k move · Enter open · / filter · s search · P people · Tab sort · A add · r refresh · m notes · ? help · q quit
			</Text>
		</Box>
	);
}
