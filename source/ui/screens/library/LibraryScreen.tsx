import { Box, Text } from 'ink';
import type { LibraryListing, LoadedArticle } from '../../../library/load.js';
import type { LibrarySort } from '../../../core/library/order.js';
import { FilterLine } from '../../components/FilterLine.js';
import { fit } from '../../../core/text/fit.js';
import { sanitizeInline } from '../../../core/text/sanitize.js';
import { progressLabel, readingMinutes } from '../../../core/reader/progress.js';
import type { ReadingPosition } from '../../../store/index.js';

/** What the library screen reads of the store: where each article was left. */
export interface ReadingPositions {
	position(file: string): Pick<ReadingPosition, 'progress'> | undefined;
}
import type { Theme } from '../../theme.js';
import { basename } from 'node:path';

export interface LibraryScreenProps {
	/** For what could not be read; the articles shown are `shown`. */
	readonly listing: LibraryListing;
	/** The articles in the order shown: sorted, and filtered when there is a query. */
	readonly shown: readonly LoadedArticle[];
	/** Index into `shown`. */
	readonly selected: number;
	readonly sort: LibrarySort;
	readonly query: string;
	readonly filtering: boolean;
	readonly positions: ReadingPositions;
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
	readonly notice: string | null;
}

const PROGRESS_WIDTH = 7;
const TIME_WIDTH = 7;
const WORDS_WIDTH = 7;
const QUOTES_WIDTH = 7;
const SOURCE_WIDTH = 17;
const DATE_WIDTH = 11;
const SPEAKERS_WIDTH = 26;

/** "Zakharova 4, Peskov 1": surnames keep the column short. */
function topSpeakers(speakers: ReadonlyArray<{ name: string; quotes: number }>): string {
	return speakers
		.slice(0, 3)
		.map((speaker) => `${speaker.name.split(/\s+/).at(-1)} ${speaker.quotes}`)
		.join(', ');
}

export function LibraryScreen({ listing, shown, selected, sort, query, filtering, positions, theme, columns, rows, notice }: LibraryScreenProps) {
	const width = Math.max(20, columns - 2);
	const { unreadable } = listing;
	const articles = shown;
	const total = listing.articles.length;
	const showFilterLine = filtering || query !== '';
	const problems = unreadable.map((file) => `Cannot read ${basename(file.path)}: ${file.reason}`);
	const shownProblems = problems.slice(0, 3);
	// The notice (a damaged config set aside) says where the user's file went: it is wrapped, never cut.
	const noticeRows = notice ? Math.ceil(notice.length / Math.max(20, columns - 2)) : 0;
	// Header (1), column titles (1), the selected article's speakers (1), problems, hints (1), and one row left
	// free so Ink never fills the screen.
	const listHeight = Math.max(1, rows - 5 - shownProblems.length - noticeRows - (showFilterLine ? 1 : 0));
	const first = Math.min(Math.max(0, selected - listHeight + 1), Math.max(0, articles.length - listHeight));
	const visible = articles.slice(first, first + listHeight);
	// A column nobody has a value for takes no room.
	const showSource = width >= 70 && listing.articles.some((entry) => entry.article.source);
	const showDate = width >= 96 && listing.articles.some((entry) => entry.article.date);
	const showWords = width >= 56;
	const showQuotes = width >= 48;
	const showSpeakers = width >= 120;
	const titleWidth =
		width -
		2 -
		PROGRESS_WIDTH -
		TIME_WIDTH -
		(showWords ? WORDS_WIDTH : 0) -
		(showQuotes ? QUOTES_WIDTH : 0) -
		(showSource ? SOURCE_WIDTH + 1 : 0) -
		(showDate ? DATE_WIDTH : 0) -
		(showSpeakers ? SPEAKERS_WIDTH + 2 : 0);
	const selectedEntry = articles[selected];

	return (
		<Box flexDirection="column" paddingLeft={1}>
			<Text wrap="truncate-end">
				<Text bold color={theme.accent}>
					Marginalia
				</Text>
				<Text color={theme.muted}>
					{' '}
					· {total} {total === 1 ? 'article' : 'articles'}
					{query ? ` · ${articles.length} ${articles.length === 1 ? 'match' : 'matches'}` : ''} · by {sort} (Tab)
				</Text>
			</Text>
			<FilterLine query={query} filtering={filtering} theme={theme} />
			{listing.problem ? (
				<Box flexDirection="column" marginTop={1}>
					<Text color={theme.warning} wrap="wrap">
						{sanitizeInline(listing.problem)}
					</Text>
					<Text color={theme.muted} wrap="wrap">
						Give a folder of .txt or .md articles: marginalia ~/news
					</Text>
				</Box>
			) : (
				<>
					<Text color={theme.muted} wrap="truncate-end">
						{'  '}
						{fit('Title', titleWidth)}
						{showSource ? ` ${fit('Source', SOURCE_WIDTH)}` : ''}
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
						const progress = progressLabel(positions.position(entry.path));
						const progressColour =
							progress === 'done' ? theme.progressDone : progress === 'unread' ? theme.muted : theme.progressPartial;
						return (
							<Text key={entry.path} wrap="truncate-end" inverse={isSelected && theme.name === 'mono'}>
								<Text color={isSelected ? theme.selection : undefined} bold={isSelected}>
									{isSelected ? '› ' : '  '}
									{fit(sanitizeInline(entry.article.title), titleWidth)}
								</Text>
								<Text color={theme.muted}>
									{showSource ? ` ${fit(sanitizeInline(entry.article.source ?? ''), SOURCE_WIDTH)}` : ''}
									{showDate ? fit(sanitizeInline(entry.article.date?.slice(0, 10) ?? ''), DATE_WIDTH, true) : ''}
									{showWords ? fit(entry.article.words.toLocaleString('en-US'), WORDS_WIDTH, true) : ''}
									{fit(`${readingMinutes(entry.article.words)} min`, TIME_WIDTH, true)}
									{showQuotes ? fit(String(entry.summary.quotes), QUOTES_WIDTH, true) : ''}
									{showSpeakers ? `  ${fit(sanitizeInline(topSpeakers(entry.summary.speakers)), SPEAKERS_WIDTH)}` : ''}
								</Text>
								<Text color={progressColour}>{fit(progress, PROGRESS_WIDTH, true)}</Text>
							</Text>
						);
					})}
				</>
			)}
			{selectedEntry && !showSpeakers ? (
				<Text color={theme.muted} wrap="truncate-end">
					{'  '}
					{selectedEntry.summary.speakers.length > 0
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
			<Text color={theme.muted} wrap="truncate-end">
				↑↓ j/k move · Enter open · / filter · Tab sort · m notes · P people · ? help · q quit
			</Text>
		</Box>
	);
}
