import { Box, Text } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSyncReducer } from '../hooks/use-sync-reducer.js';
import type { LoadedArticle } from '../../library/load.js';
import { anchorHighlights, type AnchoredHighlight } from '../../library/anchoring.js';
import { StoreError, type Store, type StoredHighlight } from '../../store/index.js';
import { columnWidth, layoutArticle } from '../../core/layout.js';
import { currentPage, pageCount, progressOf, type PagerMove } from '../../core/pager.js';
import {
	currentTop,
	initialReaderState,
	readerReducer,
	withInitialFocus,
	type NavigableQuote,
	type ReaderAction,
	type ReaderContext,
	type ReaderState,
} from '../../core/reader-state.js';
import { articleSentences, type TextRange } from '../../core/sentences.js';
import { analyseQuotes, type Quote } from '../../core/quotes/index.js';
import { assignSpeakerSlots, quoteDecorations, type Decoration } from '../../core/decorations.js';
import { formatCitation, inQuotes } from '../../core/citation.js';
import { focusTarget, highlightAtFocus, overlaps, quoteAtFocus } from '../../core/focus-target.js';
import { truncate } from '../../core/fit.js';
import { sanitizeInline } from '../../core/sanitize.js';
import { commandFor, type CommandId, type Mode } from '../keymap.js';
import { useKeys } from '../hooks/use-keys.js';
import { readingMinutes } from '../../core/progress.js';
import { ArticleLine } from '../components/ArticleLine.js';
import { NoteEditor } from '../components/NoteEditor.js';
import { SpeakersBar, SpeakersPanel, type SpeakerEntry } from '../components/Speakers.js';
import { SPEAKER_SLOTS } from '../palette.js';
import type { CopyResult } from '../clipboard.js';
import type { Theme } from '../theme.js';

/** What the reader needs of the store: positions and highlights. */
export type ReaderStore = Pick<Store, 'position' | 'setPosition' | 'highlights' | 'addHighlight' | 'setNote' | 'removeHighlight' | 'restoreHighlight' | 'reload'>;

export type ReaderMode = Extract<Mode, 'reader' | 'select' | 'speakers' | 'note'>;

export interface ReaderScreenProps {
	readonly entry: LoadedArticle;
	readonly store: ReaderStore;
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
	/** False while an overlay (help) owns the keys. */
	readonly isActive: boolean;
	readonly showQuotes: boolean;
	readonly onToggleQuotes: () => void;
	/** Open with this range focused and in view (a highlight picked in the notes screen). */
	readonly initialFocus?: TextRange;
	readonly onSibling: (delta: number) => void;
	/** Called after the store was written (a position, a highlight), so other screens show it. */
	readonly onStoreChanged?: () => void;
	readonly onModeChange?: (mode: ReaderMode) => void;
	/** Registers work to run if the process ends while this screen is open (a signal, a crash, Ctrl-Z). */
	readonly beforeExit?: (hook: () => void) => () => void;
	readonly copy: (text: string) => CopyResult;
	readonly openUrl: (url: string) => CopyResult;
}

/** Title, meta, speakers bar above the text; two info rows and the status line below; one row left free. */
const CHROME_ROWS = 7;
const POSITION_SAVE_DELAY_MS = 400;

const MOVES: Partial<Record<CommandId, PagerMove>> = {
	'reader.pageForward': { type: 'page', by: 1 },
	'reader.pageBack': { type: 'page', by: -1 },
	'reader.lineDown': { type: 'line', by: 1 },
	'reader.lineUp': { type: 'line', by: -1 },
	'reader.halfPageDown': { type: 'half-page', by: 1 },
	'reader.halfPageUp': { type: 'half-page', by: -1 },
	'reader.start': { type: 'start' },
	'reader.end': { type: 'end' },
};

/** Re-reads the store; a lock held too long elsewhere just means reading on with what is in memory. */
export function reloadQuietly(store: Pick<Store, 'reload'>): void {
	try {
		store.reload();
	} catch {
		// Nothing is lost: the next change re-reads the file under the lock anyway.
	}
}

function describeError(error: unknown): string {
	return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

export function ReaderScreen(props: ReaderScreenProps) {
	const { entry, store, theme, columns, rows, isActive, showQuotes, onSibling, onStoreChanged, onModeChange, beforeExit } = props;
	const { article } = entry;
	// Another window may have changed highlights or the position since: read the file once on opening.
	useState(() => reloadQuietly(store));
	const width = columnWidth(columns);
	const marginWidth = Math.max(2, Math.floor((columns - width) / 2));
	const pageHeight = Math.max(1, rows - CHROME_ROWS);

	const analysis = useMemo(() => analyseQuotes(article), [article]);
	const slots = useMemo(() => assignSpeakerSlots(analysis.speakers.filter((s) => s.quotes > 0).map((s) => s.name), SPEAKER_SLOTS), [analysis]);
	const speakers: SpeakerEntry[] = useMemo(
		() => analysis.speakers.filter((s) => s.quotes > 0).map((s) => ({ name: s.name, quotes: s.quotes, unsure: s.unsure, role: s.role, slot: slots.get(s.name) ?? 0 })),
		[analysis, slots],
	);
	const speechQuotes = useMemo(() => analysis.quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial'), [analysis]);
	const navigable: NavigableQuote[] = useMemo(
		() => speechQuotes.map((q) => ({ start: q.openStart, end: q.closeEnd, speaker: q.speaker })).sort((a, b) => a.start - b.start),
		[speechQuotes],
	);
	const quoteStyles = useMemo(() => quoteDecorations(analysis, slots), [analysis, slots]);

	const [storeVersion, setStoreVersion] = useState(0);
	const anchored = useMemo(() => anchorHighlights(article, store.highlights(entry.path)), [article, store, entry.path, storeVersion]);
	const highlights = useMemo(() => anchored.filter((h) => h.state !== 'orphaned'), [anchored]);
	const orphans = anchored.length - highlights.length;

	const [mode, setModeState] = useState<ReaderMode>('reader');
	const modeNow = useRef<ReaderMode>('reader');
	const setMode = (next: ReaderMode) => {
		modeNow.current = next;
		setModeState(next);
	};
	const [noteTarget, setNoteTarget] = useState<{ highlight: StoredHighlight | null; range: TextRange } | null>(null);
	const undoStack = useRef<StoredHighlight[]>([]);

	// The reducer reads the layout of the latest render: keys that arrive together are applied in turn to it.
	const contextRef = useRef<ReaderContext | null>(null);
	const contextFor = (unfold: boolean): ReaderContext => ({
		layout: layoutArticle(article, { width, unfold }),
		pageHeight,
		sentences: articleSentences(article, unfold),
		quotes: navigable,
	});
	const [state, dispatch, stateNow] = useSyncReducer(
		(current: ReaderState, action: ReaderAction) => readerReducer(article.text, contextRef.current ?? contextFor(current.unfold))(current, action),
		(): ReaderState => {
			const opening = contextFor(false);
			const saved = props.initialFocus ? undefined : store.position(entry.path);
			const anchor = props.initialFocus?.start ?? (saved ? Math.min(saved.offset, article.text.length) : 0);
			const initial = withInitialFocus(initialReaderState(anchor, props.initialFocus ?? null), opening);
			return props.initialFocus ? readerReducer(article.text, opening)(initial, { type: 'focus-range', range: props.initialFocus }) : initial;
		},
	);
	const layout = useMemo(() => layoutArticle(article, { width, unfold: state.unfold }), [article, width, state.unfold]);
	const sentences = useMemo(() => articleSentences(article, state.unfold), [article, state.unfold]);
	const context: ReaderContext = { layout, pageHeight, sentences, quotes: navigable };
	contextRef.current = context;
	useEffect(() => {
		onModeChange?.(mode);
	}, [mode, onModeChange]);
	useEffect(() => {
		if (orphans > 0) dispatch({ type: 'message', message: `${orphans} ${orphans === 1 ? 'highlight is' : 'highlights are'} no longer in the text (m lists them)` });
		// Only on opening: afterwards the count changes only by the reader's own doing.
	}, []);

	const top = currentTop(state, context);
	const view = { top, lineCount: layout.lines.length, pageHeight };
	const progress = progressOf(view);

	// Reading position: saved shortly after moving, and at once on leaving or on the way out of the process.
	// Progress is how far the reader got: paging back, or a resize that lays the text out longer, keeps it.
	const furthest = useRef<number | null>(null);
	if (furthest.current === null) {
		const saved = store.position(entry.path);
		furthest.current = saved && saved.fingerprint === article.fingerprint ? saved.progress : 0;
	}
	furthest.current = Math.max(furthest.current, progress);
	const latest = useRef({ anchor: state.position.anchor, progress: furthest.current });
	latest.current = { anchor: state.position.anchor, progress: furthest.current };
	const save = useRef(() => {});
	save.current = () => {
		try {
			store.setPosition(entry.path, { offset: latest.current.anchor, progress: latest.current.progress, fingerprint: article.fingerprint });
			onStoreChanged?.();
		} catch {
			// A lost reading position is not worth interrupting the reader for; highlights report their errors.
		}
	};
	useEffect(() => {
		const timer = setTimeout(() => save.current(), POSITION_SAVE_DELAY_MS);
		return () => clearTimeout(timer);
	}, [state.position.anchor, furthest.current]);
	useEffect(() => {
		const unregister = beforeExit?.(() => save.current());
		return () => {
			unregister?.();
			save.current();
		};
	}, [beforeExit]);

	const changed = useCallback(() => {
		setStoreVersion((version) => version + 1);
		onStoreChanged?.();
	}, [onStoreChanged]);

	const focused = highlightAtFocus(highlights, state.focus);

	const focusedQuote = quoteAtFocus(speechQuotes, state.focus);
	const targetOf = (focus: TextRange | null) => focusTarget(speechQuotes, focus);

	const addHighlight = (range: TextRange): StoredHighlight | null => {
		if (highlights.some((h) => h.start === range.start && h.end === range.end)) {
			dispatch({ type: 'message', message: 'Already highlighted · a adds a note' });
			return null;
		}
		try {
			const highlight = store.addHighlight({ file: entry.path, text: article.text, fingerprint: article.fingerprint, ...range });
			changed();
			return highlight;
		} catch (error) {
			dispatch({ type: 'message', message: `Not saved: ${describeError(error)}` });
			return null;
		}
	};

	const runCommand = (command: CommandId, input: string) => {
		// The state as the keys before this one in the same chunk left it.
		const now = stateNow.current;
		const focusedNow = highlightAtFocus(highlights, now.focus);
		const move = MOVES[command];
		if (move) return dispatch({ type: 'move', move });
		switch (command) {
			case 'reader.count':
				return dispatch({ type: 'count', digit: input });
			case 'reader.percent':
				return dispatch({ type: 'percent' });
			case 'reader.toggleFold':
				return dispatch({ type: 'toggle-fold' });
			case 'reader.nextArticle':
				return onSibling(1);
			case 'reader.previousArticle':
				return onSibling(-1);
			case 'reader.nextSentence':
				return dispatch({ type: 'focus-sentence', by: 1 });
			case 'reader.previousSentence':
				return dispatch({ type: 'focus-sentence', by: -1 });
			case 'reader.nextQuote':
				return dispatch({ type: 'focus-quote', by: 1 });
			case 'reader.previousQuote':
				return dispatch({ type: 'focus-quote', by: -1 });
			case 'reader.toggleQuotes':
				return props.onToggleQuotes();
			case 'reader.speakers':
				if (speakers.length === 0) return dispatch({ type: 'message', message: 'Nobody is quoted in this article' });
				return setMode('speakers');
			case 'reader.select':
				dispatch({ type: 'select-start', from: targetOf(now.focus) });
				return setMode('select');
			case 'reader.highlight': {
				const target = targetOf(now.focus);
				if (!target) return;
				if (addHighlight(target)) dispatch({ type: 'message', message: 'Highlighted · a adds a note · x deletes' });
				return;
			}
			case 'reader.note': {
				const target = focusedNow ?? null;
				const range = target ? { start: target.start, end: target.end } : targetOf(now.focus);
				if (!range) return;
				setNoteTarget({ highlight: target?.highlight ?? null, range });
				dispatch({ type: 'message', message: null });
				return setMode('note');
			}
			case 'reader.deleteHighlight': {
				if (!focusedNow) return dispatch({ type: 'message', message: 'No highlight here' });
				try {
					const removed = store.removeHighlight(focusedNow.highlight.id);
					if (removed) undoStack.current.push(removed);
					changed();
					return dispatch({ type: 'message', message: 'Highlight deleted · U undoes' });
				} catch (error) {
					return dispatch({ type: 'message', message: `Not deleted: ${describeError(error)}` });
				}
			}
			case 'reader.undoDelete': {
				const last = undoStack.current.pop();
				if (!last) return dispatch({ type: 'message', message: 'Nothing to undo' });
				try {
					store.restoreHighlight(last);
					changed();
					return dispatch({ type: 'message', message: 'Highlight restored' });
				} catch (error) {
					undoStack.current.push(last);
					return dispatch({ type: 'message', message: `Not restored: ${describeError(error)}` });
				}
			}
			case 'reader.copy': {
				const range = focusedNow ? { start: focusedNow.start, end: focusedNow.end } : targetOf(now.focus);
				if (!range) return;
				const quote = speechQuotes.find((q) => q.start <= range.start && range.end <= q.end);
				const citation = formatCitation({
					text: article.text.slice(range.start, range.end),
					speaker: quote?.speaker,
					sure: quote?.sure,
					source: article.source,
					title: article.title,
					date: article.date,
				});
				const result = props.copy(citation);
				return dispatch({ type: 'message', message: 'via' in result ? `Copied with ${result.via}` : `Not copied: ${result.error}` });
			}
			case 'reader.openUrl': {
				if (!article.url || !/^https?:\/\//i.test(article.url)) return dispatch({ type: 'message', message: 'This article has no source URL (add url: to its front matter)' });
				const result = props.openUrl(article.url);
				return dispatch({ type: 'message', message: 'via' in result ? `Opened ${article.url}` : `Not opened: ${result.error}` });
			}
			case 'select.extendSentence':
				return dispatch({ type: 'select-sentence', by: 1 });
			case 'select.shrinkSentence':
				return dispatch({ type: 'select-sentence', by: -1 });
			case 'select.extendWord':
				return dispatch({ type: 'select-word', by: 1 });
			case 'select.shrinkWord':
				return dispatch({ type: 'select-word', by: -1 });
			case 'select.save': {
				const selection = now.selection;
				dispatch({ type: 'select-end' });
				setMode('reader');
				if (!selection) return;
				const range = { start: selection.start, end: selection.end };
				dispatch({ type: 'focus-range', range });
				if (addHighlight(range)) dispatch({ type: 'message', message: 'Highlighted · a adds a note · x deletes' });
				return;
			}
			case 'select.cancel':
				dispatch({ type: 'select-end' });
				return setMode('reader');
			// speakers.up, .down, .pick and .follow are the panel's list's own keys (ink-select-input).
			case 'speakers.close':
				return setMode('reader');
			default:
				return undefined;
		}
	};

	useKeys(
		(input, key) => {
			const command = commandFor(modeNow.current, input, key);
			if (command) runCommand(command, input);
			else dispatch({ type: 'key' });
		},
		{ isActive: isActive && mode !== 'note' },
	);

	/**
	 * Saves the note; the editor closes only once it is saved, so a failure (a lock held too long) loses nothing.
	 * A highlight deleted in another window meanwhile is made again with the note: the note is what matters.
	 */
	const saveNote = (note: string) => {
		const target = noteTarget;
		if (!target) return;
		const highlightAgain = () => store.addHighlight({ file: entry.path, text: article.text, fingerprint: article.fingerprint, ...target.range, note });
		try {
			if (!target.highlight) highlightAgain();
			else {
				try {
					store.setNote(target.highlight.id, note);
				} catch (error) {
					if (!(error instanceof StoreError)) throw error;
					highlightAgain();
				}
			}
		} catch (error) {
			dispatch({ type: 'message', message: `Note not saved (${describeError(error)}): Enter tries again, Esc discards` });
			return;
		}
		setMode('reader');
		setNoteTarget(null);
		changed();
		dispatch({ type: 'message', message: note === '' ? 'Note removed' : 'Note saved' });
	};

	const decorations: Decoration[] = useMemo(() => {
		const all: Decoration[] = showQuotes ? [...quoteStyles] : [];
		for (const h of highlights) {
			all.push({ type: 'highlight', start: h.start, end: h.end, hasNote: h.highlight.note !== '', focused: h === focused });
		}
		if (state.selection) all.push({ type: 'selection', start: state.selection.start, end: state.selection.end });
		return all;
	}, [showQuotes, quoteStyles, highlights, focused, state.selection]);

	const overlayHeight = mode === 'note' ? Math.min(10, pageHeight) : mode === 'speakers' ? Math.min(speakers.length + 5, pageHeight) : 0;
	const bodyHeight = pageHeight - overlayHeight;
	const visible = layout.lines.slice(top, top + bodyHeight);
	const meta = [article.source, article.byline, article.date, `${article.words.toLocaleString('en-US')} words`, `${readingMinutes(article.words)} min`]
		.filter((part): part is string => Boolean(part))
		.map(sanitizeInline)
		.join(' · ');
	const status = `page ${currentPage(view)}/${pageCount(view)} · ${Math.round(progress * 100)}%${state.count ? ` · ${state.count}%…` : ''}`;
	const hints = mode === 'select' ? 'Enter save · Esc cancel' : '} quote · H highlight · a note · ? help · q back';
	const margin = ' '.repeat(marginWidth);
	const info = infoLines({ state, mode, focused, focusedQuote, article, width });

	return (
		<Box flexDirection="column">
			<Text bold color={theme.title} wrap="truncate-end">
				{margin}
				{truncate(sanitizeInline(article.title), width)}
			</Text>
			<Text color={theme.muted} wrap="truncate-end">
				{margin}
				{truncate(meta, width)}
			</Text>
			<Box>
				<Text>{margin}</Text>
				<SpeakersBar speakers={speakers} unattributed={speechQuotes.filter((q) => q.speaker === null).length} theme={theme} width={width} />
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
					<SpeakersPanel
						speakers={speakers}
						following={state.speaker}
						theme={theme}
						width={width}
						height={overlayHeight}
						isActive={isActive}
						onFollow={(speaker) => {
							dispatch({ type: 'follow-speaker', speaker });
							setMode('reader');
						}}
					/>
				</Box>
			) : null}
			{mode === 'note' && noteTarget ? (
				<Box marginLeft={marginWidth}>
					<NoteEditor
						initial={noteTarget.highlight?.note ?? ''}
						subject={truncate(sanitizeInline(inQuotes(article.text.slice(noteTarget.range.start, noteTarget.range.end))), 42)}
						width={width}
						height={overlayHeight}
						theme={theme}
						onSave={saveNote}
						onCancel={() => {
							setMode('reader');
							setNoteTarget(null);
							dispatch({ type: 'message', message: 'Note not changed' });
						}}
					/>
				</Box>
			) : null}
			{info.map((line, index) => {
				// `Quote — Name?`: a guessed speaker's question mark, dim.
				const guess = index === 0 && focusedQuote && !focusedQuote.sure && focusedQuote.speaker !== null ? line.indexOf(`${sanitizeInline(focusedQuote.speaker)}?`) : -1;
				const at = guess < 0 ? -1 : guess + sanitizeInline(focusedQuote!.speaker!).length;
				return (
					<Text key={`info-${index}`} color={index === 0 ? theme.accent : undefined} wrap="truncate-end">
						{margin}
						{at < 0 ? line : line.slice(0, at)}
						{at < 0 ? null : <Text dimColor>?</Text>}
						{at < 0 ? null : line.slice(at + 1)}
					</Text>
				);
			})}
			<Text wrap="truncate-end">
				{margin}
				<Text color={theme.accent}>{status}</Text>
				<Text color={theme.muted}>{hints.length + status.length + 1 <= width ? ' '.repeat(width - status.length - hints.length) + hints : ''}</Text>
			</Text>
		</Box>
	);
}

/** The two rows above the status line: what has the focus, and its note. */
function infoLines({
	state,
	mode,
	focused,
	focusedQuote,
	article,
	width,
}: {
	state: ReaderState;
	mode: ReaderMode;
	focused: AnchoredHighlight | undefined;
	focusedQuote: Quote | undefined;
	article: LoadedArticle['article'];
	width: number;
}): [string, string] {
	const oneLine = (text: string) => truncate(sanitizeInline(text.replace(/\s*\n\s*/g, ' ⏎ ')), width);
	if (mode === 'note') return [oneLine(state.message ?? 'Enter saves · Alt-Enter or Ctrl-J new line · Esc cancels'), ''];
	if (mode === 'select' && state.selection) {
		const words = article.text.slice(state.selection.start, state.selection.end);
		return [oneLine('Selecting · ↓↑ sentence · →← word · Enter saves · Esc cancels'), oneLine(`“${words}”`)];
	}
	const following = state.speaker ? `Following ${state.speaker} · } { step through their quotes · S changes` : '';
	const first = state.message ?? (focused ? `Highlight${focused.state === 'reanchored' ? ' (found again after the text changed)' : ''} · a note · x delete · y copy` : focusedQuote ? `Quote — ${focusedQuote.speaker ?? 'unattributed'}${focusedQuote.speaker !== null && !focusedQuote.sure ? '?' : ''}${focusedQuote.kind === 'partial' ? ' (partial)' : ''}` : following);
	const second = focused ? (focused.highlight.note ? `✎ ${focused.highlight.note}` : '') : state.message || focusedQuote ? following : '';
	return [oneLine(first), oneLine(second)];
}
