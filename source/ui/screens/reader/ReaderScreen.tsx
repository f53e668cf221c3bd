import { Box, Text } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSyncReducer } from '../../hooks/use-sync-reducer.js';
import type { LoadedArticle } from '../../../library/load.js';
import { columnWidth, totalLines } from '../../../core/reader/layout.js';
import { currentPage, pageCount, progressOf } from '../../../core/reader/pager.js';
import { currentTop, initialReaderState, readerReducer, withInitialFocus, type ReaderAction, type ReaderContext, type ReaderState } from '../../../core/reader/state.js';
import type { TextRange } from '../../../core/text/range.js';
import { contains, overlaps } from '../../../core/text/range.js';
import { SpeakerPicker } from '../../components/SpeakerPicker.js';
import { useUndoStack } from '../../hooks/use-undo-stack.js';
import { applyChoice } from './reader-corrections.js';
import { markupDecorations, type Decoration } from '../../../core/reader/decorations.js';
import { inQuotes } from '../../../core/annotations/citation.js';
import { highlightAtFocus, quoteAtFocus } from '../../../core/reader/focus-target.js';
import { truncate } from '../../../core/text/fit.js';
import { sanitizeInline } from '../../../core/text/sanitize.js';
import { readingMinutes } from '../../../core/reader/progress.js';
import { readableDate } from '../../../core/text/dates.js';
import { ArticleLine } from '../../components/ArticleLine.js';
import { NoteEditor } from '../../components/NoteEditor.js';
import { SpeakersBar, SpeakersPanel } from '../../components/Speakers.js';
import type { CopyResult } from '../../clipboard.js';
import type { Theme } from '../../theme.js';
import type { CommandId } from '../../keys/keymap.js';
import type { Keypress } from '../../keys/keypress.js';
import { guessMarkAt, infoLines } from './info-lines.js';
import { runReaderCommand } from './reader-commands.js';
import { reloadQuietly, type ReaderStore } from './reader-store.js';
import { useHighlightActions } from './use-highlight-actions.js';
import { useReaderKeys } from './use-reader-keys.js';
import { useReadingPosition } from './use-reading-position.js';
import { useDraftKeeping } from '../../hooks/use-draft-keeping.js';
import { prepareReaderCommand, useIncrementalArticle } from './use-incremental-article.js';
import { useHighlightsNow } from './use-highlights-now.js';
import { useSavedNow } from '../../hooks/use-saved-now.js';
import { editQuery } from '../../components/FilterLine.js';
import { findInArticle } from '../../../core/search/find-in-article.js';
import { foldText, type FoldedText } from '../../../core/search/fold.js';
import { searchDecorations, searchStatus, type ReaderSearchHits } from './reader-search.js';

export type { ReaderStore } from './reader-store.js';

export interface ReaderScreenProps {
	readonly entry: LoadedArticle;
	readonly store: ReaderStore;
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
	readonly showQuotes: boolean;
	readonly onToggleQuotes: () => void;
	/** Open with this range focused and in view (a highlight picked in the notes screen, a quote in the people screen). */
	readonly initialFocus?: TextRange;
	/** Open following this speaker: } { step through their quotes (a person's quote picked in the people screen). */
	readonly initialSpeaker?: string;
	/** Opens the next or previous article; false when there is none. */
	readonly onSibling: (delta: number) => boolean;
	/** Called after the store was written (a position, a highlight), so other screens show it. */
	readonly onStoreChanged?: () => void;
	/** Registers work to run if the process ends while this screen is open (a signal, a crash, Ctrl-Z). */
	readonly beforeExit?: (hook: () => void) => () => void;
	readonly copy: (text: string) => CopyResult;
	readonly openUrl: (url: string) => CopyResult;
	/**
	 * Asked before a command that stores a highlight or note (H, a, Enter on a selection). True holds the
	 * command: it runs once the article is replaced by a saved copy with the same text (the piped reader
	 * saves it to the library first).
	 */
	readonly beforeStoring?: () => boolean;
	/** A question or notice shown in place of the first info row (the piped reader's offer to save). */
	readonly prompt?: string | null;
	/** The search (s) the article was opened from: its hits marked, n N step through them. */
	readonly searchHits?: ReaderSearchHits;
}

/** Commands that write a highlight, note or speaker correction of this article to the store. */
const STORING: ReadonlySet<CommandId> = new Set(['reader.highlight', 'reader.note', 'select.save', 'reader.reassign']);

/** Title, meta, speakers bar above the text; two info rows and the status line below; one row left free. */
const CHROME_ROWS = 7;

/**
 * The paged reader. Its state (position, focus, mode, selection, the note being written) is one pure reducer
 * in core/reader; this screen lays the article out, routes keys (use-reader-keys), runs commands
 * (reader-commands), writes highlights (use-highlight-actions) and saves the place (use-reading-position).
 */
export function ReaderScreen(props: ReaderScreenProps) {
	const { entry, store, theme, columns, rows, showQuotes, onStoreChanged, beforeExit } = props;
	const { article } = entry;
	// Another window may have changed highlights or the position since: read the file once on opening.
	useState(() => reloadQuietly(store));
	const width = columnWidth(columns);
	const marginWidth = Math.max(2, Math.floor((columns - width) / 2));
	const pageHeight = Math.max(1, rows - CHROME_ROWS);

	const markup = useMemo(() => markupDecorations(article.markup), [article]);

	const [storeVersion, setStoreVersion] = useState(0);
	// Laid out and analysed as far as the page needs; the rest in slices between keys.
	const incremental = useIncrementalArticle(article);
	const { reading } = incremental;
	// The reader's corrections are applied to what the engine found: a correction changes the view, not the analysis.
	const corrections = useMemo(() => store.corrections(entry.path), [store, entry.path, storeVersion]);
	const quotes = reading.quotes;
	quotes.correct(corrections, entry.path);
	const highlightsNow = useHighlightsNow(article, store, entry.path);
	const { anchored, shown: highlights } = highlightsNow.read();
	const orphans = anchored.length - highlights.length;

	// The reducer reads the layout of the latest render: keys that arrive together are applied in turn to it.
	const contextRef = useRef<ReaderContext | null>(null);
	const contextFor = (unfold: boolean): ReaderContext => reading.context(width, unfold, pageHeight);
	const [state, dispatch, stateNow] = useSyncReducer(
		(current: ReaderState, action: ReaderAction) => readerReducer(article.text, contextRef.current ?? contextFor(current.unfold))(current, action),
		(): ReaderState => {
			const opening = contextFor(false);
			const saved = props.initialFocus ? undefined : store.position(entry.path);
			const anchor = props.initialFocus?.start ?? (saved ? Math.min(saved.offset, article.text.length) : 0);
			// A quote picked in the people screen is focused whole, marks included, as } would focus it; a search
			// hit is focused as found (its words).
			const wholeQuote =
				props.initialFocus && props.initialSpeaker
					? quotes
							.speechOver(props.initialFocus)
							.map((quote) => ({ start: quote.openStart, end: quote.closeEnd }))
							.find((quote) => contains(quote, props.initialFocus!))
					: undefined;
			const focus = wholeQuote ?? props.initialFocus;
			const initial = withInitialFocus(initialReaderState(anchor, focus ?? null, props.initialSpeaker ?? null), opening);
			return focus ? readerReducer(article.text, opening)(initial, { type: 'focus-range', range: focus }) : initial;
		},
	);
	const context = contextFor(state.unfold);
	const { layout } = context;
	contextRef.current = context;
	useEffect(() => {
		if (orphans > 0) dispatch({ type: 'message', message: `${orphans} ${orphans === 1 ? 'highlight is' : 'highlights are'} no longer in the text (m lists them)` });
		// Only on opening: afterwards the count changes only by the reader's own doing.
	}, []);

	const top = currentTop(state, context);
	reading.showPage(context, top, pageHeight);
	const view = { top, lineCount: totalLines(layout), pageHeight };
	// While the length is estimated, progress moves in steps, so the position is not saved on every estimate.
	const progress = reading.estimating ? Math.floor(progressOf(view) * 1000) / 1000 : progressOf(view);
	useReadingPosition({ store, path: entry.path, article, anchor: state.position.anchor, progress, onSaved: onStoreChanged, beforeExit });

	const { written } = highlightsNow;
	const changed = useCallback(() => {
		written();
		setStoreVersion((version) => version + 1);
		onStoreChanged?.();
	}, [onStoreChanged, written]);
	const say = (message: string | null) => dispatch({ type: 'message', message });
	useSavedNow(store, () => stateNow.current.message, say);
	const undo = useUndoStack();
	const actions = useHighlightActions({ store, entry, highlights: () => highlightsNow.read().shown, say, changed, undo });
	const drafts = useDraftKeeping({ store, file: entry.path, draft: state.note, beforeExit });
	// The article folded for finding (/): made on the first key typed into a find, then kept.
	const folded = useRef<{ text: string; folded: FoldedText } | null>(null);
	const foldedText = () => {
		if (folded.current?.text !== article.text) folded.current = { text: article.text, folded: foldText(article.text) };
		return folded.current.folded;
	};

	const runCommand = (command: CommandId, press: Keypress) => {
		incremental.keyPressed();
		prepareReaderCommand(reading, command, stateNow.current, contextRef.current ?? context);
		runReaderCommand(command, press, {
			now: stateNow.current,
			dispatch,
			article,
			highlights: highlightsNow.read().shown,
			quotes,
			actions,
			keptDraft: (range) => store.draft(entry.path, range)?.text ?? null,
			onSibling: props.onSibling,
			onToggleQuotes: props.onToggleQuotes,
			copy: props.copy,
			openUrl: props.openUrl,
			undo,
			applyChoice: (pick, choice, target) =>
				applyChoice(pick, choice, target, {
					store,
					entry,
					quotes,
					undo,
					say,
					changed,
					following: stateNow.current.speaker,
					follow: (speaker) => dispatch({ type: 'follow-speaker', speaker, stay: true }),
				}),
			searchHits: props.searchHits,
			path: entry.path,
		});
	};
	// A command held by beforeStoring runs when the saved copy arrives (same text: the offsets hold).
	const held = useRef<{ command: CommandId; press: Keypress; fingerprint: string } | null>(null);
	const runLatest = useRef(runCommand);
	runLatest.current = runCommand;
	useEffect(() => {
		const replay = held.current;
		held.current = null;
		if (replay && replay.fingerprint === article.fingerprint) runLatest.current(replay.command, replay.press);
	}, [entry.path]);

	useReaderKeys({
		stateNow,
		dispatch,
		run: (command, press) => {
			if (STORING.has(command) && props.beforeStoring?.()) {
				held.current = { command, press, fingerprint: article.fingerprint };
				return;
			}
			runCommand(command, press);
		},
		typeFind: ({ input, key }) => {
			const before = stateNow.current.find?.query ?? '';
			const query = editQuery(before, input.replace(/[\r\n]+/g, ' '), key);
			if (query === before) return;
			dispatch({ type: 'find-type', query, matches: query.trim() === '' ? [] : findInArticle(foldedText(), query) });
		},
		saveNote: () => {
			const draft = stateNow.current.note;
			if (!draft || !actions.saveNote(draft)) return;
			drafts.forget(draft.target);
			dispatch({ type: 'note-close' });
		},
		closeNote: () => {
			const draft = stateNow.current.note;
			if (draft) drafts.forget(draft.target);
			dispatch({ type: 'note-close' });
			say('Note not changed');
		},
	});

	const focused = highlightAtFocus(highlights, state.focus);
	const focusedQuote = quoteAtFocus(quotes.speechOver(state.focus), state.focus);
	// Only what lies on the page: an 11 MB article has over 100,000 quotes and mentions.
	const pageStart = layout.lines[top]?.start ?? 0;
	const pageEnd = layout.lines[Math.min(top + pageHeight, layout.lines.length) - 1]?.end ?? pageStart;
	const decorations: Decoration[] = useMemo(() => {
		const onPage = (decoration: { start: number; end: number }) => decoration.start <= pageEnd && decoration.end >= pageStart;
		const all: Decoration[] = [...(showQuotes ? quotes.decorationsOver(pageStart, pageEnd + 1) : []), ...markup.filter(onPage)];
		for (const h of highlights) {
			all.push({ type: 'highlight', start: h.start, end: h.end, hasNote: h.highlight.note !== '', focused: h === focused });
		}
		if (state.selection) all.push({ type: 'selection', start: state.selection.start, end: state.selection.end });
		all.push(...searchDecorations(state, props.searchHits).filter(onPage));
		return all;
	}, [showQuotes, quotes, quotes.version, pageStart, pageEnd, markup, highlights, focused, state.selection, state.find, state.mode, props.searchHits]);

	const { mode } = state;
	const overlayHeight =
		mode === 'note'
			? Math.min(10, pageHeight)
			: mode === 'speakers'
				? Math.min(quotes.speakers.length + 5, pageHeight)
				: mode === 'pick' && state.pick
					? Math.min(state.pick.options.length + 6, pageHeight)
					: 0;
	const bodyHeight = pageHeight - overlayHeight;
	const visible = layout.lines.slice(top, top + bodyHeight);
	const meta = [article.source, article.byline, article.date && readableDate(article.date, { time: true }), `${article.words.toLocaleString('en-US')} words`, `${readingMinutes(article.words)} min`]
		.filter((part): part is string => Boolean(part))
		.map(sanitizeInline)
		.join(' · ');
	const found = searchStatus(state, props.searchHits);
	const pages = `${currentPage(view)}/${reading.estimating ? '~' : ''}${pageCount(view)}`;
	const status =
		mode === 'find'
			? `/${sanitizeInline(state.find?.query ?? '')}`
			: `page ${pages} · ${Math.round(progress * 100)}%${found ? ` · ${found}` : ''}${state.count ? ` · ${state.count}…` : ''}`;
	const hints =
		mode === 'select'
			? 'Enter save · Esc cancel'
			: mode === 'find'
				? `${found ? `${found} · ` : ''}Enter keep · Esc cancel`
				: found
					? 'n N next, previous · ? help · q back'
					: '} quote · H highlight · a note · ? help · q back';
	const margin = ' '.repeat(marginWidth);
	const lines = infoLines({ state, focused, focusedQuote, article, width });
	const info = props.prompt ? [truncate(sanitizeInline(props.prompt), width), lines[0]] : lines;
	// The headline is shown once: while its paragraph is on the page, the title row above stays empty.
	const headlineShown = visible.some((line) => line.kind === 'title');

	return (
		<Box flexDirection="column">
			<Text bold color={theme.title} wrap="truncate-end">
				{margin}
				{headlineShown ? '' : truncate(sanitizeInline(article.title), width)}
			</Text>
			<Text color={theme.muted} wrap="truncate-end">
				{margin}
				{truncate(meta, width)}
			</Text>
			<Box>
				<Text>{margin}</Text>
				<SpeakersBar speakers={quotes.speakers} unattributed={quotes.unattributed} theme={theme} width={width} />
			</Box>
			{visible.map((line, index) => (
				<ArticleLine
					key={`${top + index}`}
					line={line}
					article={article}
					decorations={decorations}
					theme={theme}
					width={width}
					marginWidth={marginWidth}
					showQuotes={showQuotes}
					focused={state.focus !== null && line.kind !== 'blank' && overlaps(line.kind === 'fold' ? line : { start: line.start, end: Math.max(line.end, line.start + 1) }, state.focus)}
				/>
			))}
			{Array.from({ length: bodyHeight - visible.length }, (_, index) => (
				<Text key={`filler-${index}`}> </Text>
			))}
			{mode === 'speakers' ? (
				<Box marginLeft={marginWidth}>
					<SpeakersPanel speakers={quotes.speakers} following={state.speaker} row={state.panelRow} theme={theme} width={width} height={overlayHeight} />
				</Box>
			) : null}
			{mode === 'pick' && state.pick ? (
				<Box marginLeft={marginWidth}>
					<SpeakerPicker pick={state.pick} theme={theme} width={width} height={overlayHeight} />
				</Box>
			) : null}
			{mode === 'note' && state.note ? (
				<Box marginLeft={marginWidth}>
					<NoteEditor
						draft={state.note}
						subject={truncate(sanitizeInline(inQuotes(article.text.slice(state.note.target.start, state.note.target.end))), 42)}
						width={width}
						height={overlayHeight}
						theme={theme}
					/>
				</Box>
			) : null}
			{info.map((line, index) => {
				// `Quote — Name?`: a guessed speaker's question mark, dim.
				const guess = index === 0 && !props.prompt ? guessMarkAt(line, focusedQuote) : -1;
				return (
					<Text key={`info-${index}`} color={index === 0 ? theme.accent : undefined} wrap="truncate-end">
						{margin}
						{guess < 0 ? line : line.slice(0, guess)}
						{guess < 0 ? null : <Text dimColor>?</Text>}
						{guess < 0 ? null : line.slice(guess + 1)}
					</Text>
				);
			})}
			<Text wrap="truncate-end">
				{margin}
				<Text color={theme.accent}>{status}</Text>
				{mode === 'find' ? <Text inverse> </Text> : null}
				<Text color={theme.muted}>{hints.length + status.length + 2 <= width ? ' '.repeat(width - status.length - hints.length - (mode === 'find' ? 1 : 0)) + hints : ''}</Text>
			</Text>
		</Box>
	);
}
