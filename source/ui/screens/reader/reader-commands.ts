import type { AnchoredHighlight } from '../../../library/anchoring.js';
import type { Article } from '../../../core/article/article.js';
import { formatCitation } from '../../../core/annotations/citation.js';
import { openDraft } from '../../../core/annotations/note-draft.js';
import { focusTarget, highlightAtFocus } from '../../../core/reader/focus-target.js';
import { overlaps } from '../../../core/text/range.js';
import { visibleText } from '../../../core/text/hidden.js';
import type { PagerMove } from '../../../core/reader/pager.js';
import type { QuoteView } from '../../../core/reader/quote-view.js';
import type { ReaderAction, ReaderState } from '../../../core/reader/state.js';
import type { CopyResult } from '../../clipboard.js';
import type { CommandId } from '../../keys/keymap.js';
import type { Keypress } from '../../keys/keypress.js';
import type { HighlightActions } from './use-highlight-actions.js';
import type { UndoStack } from '../../hooks/use-undo-stack.js';
import { pickChoice, type SpeakerChoice, type SpeakerPick } from '../../../core/annotations/speaker-pick.js';
import { correctableQuote, mergePick, reassignPick, renamePick } from './reader-corrections.js';
import type { ReaderSearchHits } from './reader-search.js';

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

export interface ReaderCommandContext {
	/** The state as the keys before this one (in the same chunk) left it. */
	readonly now: ReaderState;
	readonly dispatch: (action: ReaderAction) => void;
	readonly article: Article;
	readonly highlights: readonly AnchoredHighlight[];
	readonly quotes: QuoteView;
	readonly actions: HighlightActions;
	/** A draft kept from before for the note on `range`, if any. */
	readonly keptDraft: (range: { start: number; end: number }) => string | null;
	/** Opens the next or previous article in the library's order; false when there is none. */
	readonly onSibling: (delta: number) => boolean;
	readonly onToggleQuotes: () => void;
	readonly copy: (text: string) => CopyResult;
	readonly openUrl: (url: string) => CopyResult;
	/** The reader's last changes (highlight deletes, speaker corrections): U takes back the latest. */
	readonly undo: UndoStack;
	/** Stores a choice made in the speaker picker (see reader-corrections). */
	readonly applyChoice: (pick: SpeakerPick, choice: SpeakerChoice, target: { quote: number } | { speaker: string }) => boolean;
	/** The search the article was opened from, if it was (n N step its hits when there is no find). */
	readonly searchHits?: ReaderSearchHits;
	/** This article's file. */
	readonly path: string;
}

/** The reader's command switch: one command of the keymap to reader actions and store writes. */
export function runReaderCommand(command: CommandId, press: Keypress, context: ReaderCommandContext): void {
	const { now, dispatch, article, highlights, quotes, actions } = context;
	const say = (message: string | null) => dispatch({ type: 'message', message });
	const focused = highlightAtFocus(highlights, now.focus);
	const target = () => focusTarget(quotes.speech, now.focus);
	const move = MOVES[command];
	if (move) return dispatch({ type: 'move', move });
	switch (command) {
		case 'reader.count':
			return dispatch({ type: 'count', digit: press.input });
		case 'reader.percent':
			return dispatch({ type: 'percent' });
		case 'reader.toggleFold':
			return dispatch({ type: 'toggle-fold' });
		case 'reader.nextArticle':
			return void (context.onSibling(1) || say('The last article in the library (] goes no further)'));
		case 'reader.previousArticle':
			return void (context.onSibling(-1) || say('The first article in the library ([ goes no further)'));
		case 'reader.nextSentence':
			return dispatch({ type: 'focus-sentence', by: 1 });
		case 'reader.previousSentence':
			return dispatch({ type: 'focus-sentence', by: -1 });
		case 'reader.nextQuote':
			return dispatch({ type: 'focus-quote', by: 1 });
		case 'reader.previousQuote':
			return dispatch({ type: 'focus-quote', by: -1 });
		case 'reader.toggleQuotes':
			return context.onToggleQuotes();
		case 'reader.speakers':
			if (quotes.speakers.length === 0) return say('Nobody is quoted in this article');
			return dispatch({ type: 'speakers-open', speakers: quotes.speakers.map((speaker) => speaker.name) });
		case 'reader.select':
			return dispatch({ type: 'select-start', from: target() });
		case 'reader.highlight': {
			const range = target();
			if (range) actions.add(range);
			return;
		}
		case 'reader.note': {
			const range = focused ? { start: focused.start, end: focused.end } : target();
			if (!range) return;
			const saved = focused?.highlight.note ?? '';
			return dispatch({ type: 'note-open', draft: openDraft(range, focused?.highlight.id ?? null, saved, context.keptDraft(range)) });
		}
		case 'reader.deleteHighlight':
			return actions.remove(focused);
		case 'reader.undoDelete':
		case 'speakers.undo':
			return context.undo.undo(say);
		case 'reader.reassign': {
			const index = correctableQuote(quotes, now.focus);
			if (index < 0) return say('No quote here to reassign (} moves to the next)');
			return dispatch({ type: 'pick-open', pick: reassignPick(quotes, index) });
		}
		case 'speakers.merge':
		case 'speakers.rename': {
			const speaker = quotes.speakers[now.panelRow - 1];
			if (!speaker) return say('Choose a speaker first (↑↓)');
			if (command === 'speakers.rename') return dispatch({ type: 'pick-open', pick: renamePick(speaker.name) });
			if (quotes.speakers.length < 2) return say('Nobody else is quoted here to merge with (P: everyone in the library)');
			return dispatch({ type: 'pick-open', pick: mergePick(quotes, speaker.name) });
		}
		case 'pick.up':
		case 'pick.down':
			return dispatch({ type: 'pick', action: { type: 'move', by: command === 'pick.up' ? -1 : 1 } });
		case 'pick.clear':
			return dispatch({ type: 'pick', action: { type: 'clear' } });
		case 'pick.cancel':
			dispatch({ type: 'pick-close' });
			return say('Nothing changed');
		case 'pick.number':
		case 'pick.choose': {
			const { pick } = now;
			if (!pick) return;
			const choice = pickChoice(pick, command === 'pick.number' ? Number(press.input) - 1 : pick.cursor);
			if (!choice) return say(pick.purpose === 'merge' ? 'Nobody to merge into there' : 'Type a name first');
			const target = pick.purpose === 'reassign' ? { quote: correctableQuote(quotes, now.focus) } : { speaker: quotes.speakers[now.panelRow - 1]?.name ?? '' };
			dispatch({ type: 'pick-close' });
			context.applyChoice(pick, choice, target);
			return;
		}
		case 'reader.copy': {
			const range = focused ? { start: focused.start, end: focused.end } : target();
			if (!range) return;
			// Speech: the words lie within a quotation, its marks allowed.
			const quote = quotes.speech.find((q) => q.openStart <= range.start && range.end <= q.closeEnd);
			const citation = formatCitation({
				text: visibleText(article.text, range.start, range.end, article.markup?.hidden),
				quoted: quote !== undefined,
				speaker: quote?.speaker,
				// A speaker the reader chose is sure; one the engine guessed is said to be uncertain.
				sure: quote ? quote.sure || quote.corrected : undefined,
				source: article.source,
				title: article.title,
				date: article.date,
			});
			const result = context.copy(citation);
			return say('via' in result ? `Copied with ${result.via}` : `Not copied: ${result.error}`);
		}
		case 'reader.openUrl': {
			// A link in the focused sentence first (Markdown), else the article's source.
			const link = now.focus ? article.markup?.links.find((candidate) => overlaps(candidate, now.focus!)) : undefined;
			if (link) {
				const result = context.openUrl(link.url);
				return say('via' in result ? `Opened ${link.url}` : `No browser to open it (${result.error}): ${link.url}`);
			}
			if (!article.url || !/^https?:\/\//i.test(article.url)) return say('This article has no source URL (add url: to its front matter)');
			const result = context.openUrl(article.url);
			// Without a browser to open it, the address is shown to copy by hand.
			return say('via' in result ? `Opened ${article.url}` : `No browser to open it (${result.error}): ${article.url}`);
		}
		case 'select.extendSentence':
			return dispatch({ type: 'select-sentence', by: 1 });
		case 'select.shrinkSentence':
			return dispatch({ type: 'select-sentence', by: -1 });
		case 'select.extendWord':
			return dispatch({ type: 'select-word', by: 1 });
		case 'select.shrinkWord':
			return dispatch({ type: 'select-word', by: -1 });
		case 'select.startLater':
			return dispatch({ type: 'select-start-word', by: 1 });
		case 'select.startEarlier':
			return dispatch({ type: 'select-start-word', by: -1 });
		case 'select.save': {
			const { selection } = now;
			dispatch({ type: 'select-end' });
			if (!selection) return;
			const range = { start: selection.start, end: selection.end };
			dispatch({ type: 'focus-range', range });
			actions.add(range);
			return;
		}
		case 'select.cancel':
			return dispatch({ type: 'select-end' });
		case 'speakers.up':
			return dispatch({ type: 'speakers-move', by: -1, rows: quotes.speakers.length + 1 });
		case 'speakers.down':
			return dispatch({ type: 'speakers-move', by: 1, rows: quotes.speakers.length + 1 });
		case 'speakers.follow':
			return dispatch({ type: 'follow-speaker', speaker: now.panelRow === 0 ? null : (quotes.speakers[now.panelRow - 1]?.name ?? null) });
		case 'speakers.pick': {
			const row = Number(press.input) - 1;
			if (row > quotes.speakers.length) return;
			return dispatch({ type: 'follow-speaker', speaker: row === 0 ? null : (quotes.speakers[row - 1]?.name ?? null) });
		}
		case 'speakers.close':
			return dispatch({ type: 'speakers-close' });
		case 'reader.find':
			return dispatch({ type: 'find-open' });
		case 'find.done':
			return dispatch({ type: 'find-done' });
		case 'find.cancel':
			return dispatch({ type: 'find-cancel' });
		case 'reader.nextMatch':
		case 'reader.previousMatch':
			return stepSearch(command === 'reader.nextMatch' ? 1 : -1, context);
		default:
			return undefined;
	}
}

/** n and N: the latest search wins, a find in this article (/) while there is one, else the search (s) it was opened from. */
function stepSearch(by: 1 | -1, { now, dispatch, searchHits, path }: ReaderCommandContext): void {
	if (now.find) return dispatch({ type: 'find-step', by });
	const hit = searchHits?.step(by);
	if (!hit) return dispatch({ type: 'message', message: 'No search: / finds in this article, s searches the library' });
	// Another article: the App opens it at the hit.
	if (hit.path !== path) return;
	if (hit.range) dispatch({ type: 'focus-range', range: hit.range });
	if (hit.wrapped) dispatch({ type: 'message', message: by > 0 ? 'From the first hit again' : 'From the last hit again' });
}
