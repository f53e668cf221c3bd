import type { AnchoredHighlight } from '../../../library/anchoring.js';
import type { Article } from '../../../core/article/article.js';
import type { Quote } from '../../../core/quotes/index.js';
import type { ReaderState } from '../../../core/reader/state.js';
import { truncate } from '../../../core/text/fit.js';
import { sanitizeInline } from '../../../core/text/sanitize.js';

/** The two rows above the status line: what has the focus, and its note; in a mode, how to use it. */
export function infoLines({
	state,
	focused,
	focusedQuote,
	article,
	width,
}: {
	state: ReaderState;
	focused: AnchoredHighlight | undefined;
	focusedQuote: (Quote & { readonly corrected?: boolean }) | undefined;
	article: Article;
	width: number;
}): [string, string] {
	const oneLine = (text: string) => truncate(sanitizeInline(text.replace(/\s*\n\s*/g, ' ⏎ ')), width);
	if (state.mode === 'note' && state.note) {
		if (state.note.confirming) return [oneLine('The note changed: s save · d discard · Esc keep editing'), ''];
		const restored = state.note.restored ? 'Your unsaved draft is back · ' : '';
		return [oneLine(state.message ?? `${restored}Enter saves · Alt-Enter or Ctrl-J new line · Esc closes`), ''];
	}
	if (state.mode === 'pick' && state.pick) return [oneLine(state.message ?? 'Choose who said it, or type a name · Esc cancels'), ''];
	if (state.mode === 'select' && state.selection) {
		const words = article.text.slice(state.selection.start, state.selection.end);
		return [oneLine('Selecting · ↓↑ sentence · →← word · w b start · Enter saves · Esc cancels'), oneLine(`“${words}”`)];
	}
	const following = state.speaker ? `Following ${state.speaker} · } { step through their quotes · S changes` : '';
	const first =
		state.message ??
		(focused
			? `Highlight${focused.state === 'reanchored' ? ' (found again after the text changed)' : ''} · a note · x delete · y copy`
			: focusedQuote
				? `Quote — ${focusedQuote.speaker ?? 'unattributed'}${isGuess(focusedQuote) ? '?' : ''}${focusedQuote.kind === 'partial' ? ' (partial)' : ''}${focusedQuote.corrected ? ' · your correction' : ''} · R reassigns`
				: following);
	const second = focused ? (focused.highlight.note ? `✎ ${focused.highlight.note}` : '') : state.message || focusedQuote ? following : '';
	return [oneLine(first), oneLine(second)];
}

/** The engine only guessed the speaker (and no correction chose one): shown as `Name?`. */
const isGuess = (quote: Pick<Quote, 'speaker' | 'sure'> & { readonly corrected?: boolean }) => quote.speaker !== null && !quote.sure && quote.corrected !== true;

/** Where the `?` after a guessed speaker's name stands in the first info line (drawn dim), or -1. */
export function guessMarkAt(line: string, focusedQuote: (Pick<Quote, 'speaker' | 'sure'> & { readonly corrected?: boolean }) | undefined): number {
	if (!focusedQuote || !isGuess(focusedQuote)) return -1;
	const name = `Quote — ${sanitizeInline(focusedQuote.speaker!)}`;
	return line.startsWith(`${name}?`) ? name.length : -1;
}
