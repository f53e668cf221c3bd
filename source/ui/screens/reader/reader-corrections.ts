import type { LoadedArticle } from '../../../library/load.js';
import { openPick, type PickOption, type SpeakerChoice, type SpeakerPick } from '../../../core/annotations/speaker-pick.js';
import { inQuotes } from '../../../core/annotations/citation.js';
import type { QuoteView } from '../../../core/reader/quote-view.js';
import { contains, overlaps, type TextRange } from '../../../core/text/range.js';
import { truncate } from '../../../core/text/fit.js';
import { changeCorrections, type CorrectionStore, type CorrectionsChanged } from '../../corrections/change-corrections.js';
import { madeMessage } from '../../store-change.js';
import type { UndoStack } from '../../hooks/use-undo-stack.js';
import { describeError } from '../../describe-error.js';

/**
 * The quote R corrects: the speech quote holding the focus, else a quoted phrase (a scare quote, a title) the
 * focus holds or touches, which R can make someone's words. An index into `quotes.analysis.quotes`; -1: none.
 */
export function correctableQuote(quotes: QuoteView, focus: TextRange | null): number {
	if (!focus) return -1;
	const all = quotes.analysis.quotes;
	const span = (index: number) => ({ start: all[index]!.openStart, end: all[index]!.closeEnd });
	const isSpeech = (index: number) => all[index]!.kind === 'direct' || all[index]!.kind === 'partial';
	const indexes = all.map((_, index) => index);
	return indexes.find((index) => isSpeech(index) && contains(span(index), focus)) ?? indexes.find((index) => overlaps(span(index), focus)) ?? -1;
}

/** R's choices: the article's speakers (the one credited now marked), nobody, and the engine's when corrected. */
export function reassignPick(quotes: QuoteView, index: number): SpeakerPick {
	const quote = quotes.analysis.quotes[index]!;
	const engine = quotes.engine.quotes[index]?.speaker ?? null;
	const ownCorrection = quotes.analysis.corrections.some((anchored) => anchored.quote === index);
	const options: PickOption[] = quotes.speakers.map((speaker) => ({
		label: speaker.name,
		choice: { kind: 'name', name: speaker.name },
		note: speaker.name === quote.speaker ? '(now)' : `${speaker.quotes} ${speaker.quotes === 1 ? 'quote' : 'quotes'}`,
	}));
	options.push({ label: 'Nobody (not a quote)', choice: { kind: 'nobody' }, ...(quote.kind === 'scare' || quote.kind === 'title' ? { note: '(now)' } : {}) });
	if (ownCorrection) options.push({ label: `Back to the engine's: ${engine ?? 'nobody'}`, choice: { kind: 'engine' } });
	// Enter alone gives the quote to the most quoted speaker it is not credited to: the usual fix.
	const other = quotes.speakers.findIndex((speaker) => speaker.name !== quote.speaker);
	return openPick('reassign', truncate(inQuotes(quote.text), 40), options, { cursor: other < 0 ? 0 : other });
}

export function mergePick(quotes: QuoteView, name: string): SpeakerPick {
	const others = quotes.speakers.filter((speaker) => speaker.name !== name);
	return openPick(
		'merge',
		name,
		others.map((speaker) => ({ label: speaker.name, choice: { kind: 'name', name: speaker.name }, note: `${speaker.quotes} ${speaker.quotes === 1 ? 'quote' : 'quotes'}` })),
	);
}

export function renamePick(name: string): SpeakerPick {
	return openPick('rename', name, [], { typed: name });
}

export interface ReaderCorrectionContext {
	readonly store: CorrectionStore;
	readonly entry: LoadedArticle;
	readonly quotes: QuoteView;
	readonly undo: UndoStack;
	readonly say: (message: string) => void;
	/** After a write: the screen reads the corrections again. */
	readonly changed: () => void;
	/** The speaker } { follow now, renamed or merged along with them. */
	readonly following: string | null;
	readonly follow: (speaker: string) => void;
}

/**
 * Stores what was chosen in the picker: R's choice for the quote under the focus (`quote`), M's and E's for the
 * speaker (`speaker`); each change goes on the reader's undo stack. Returns true when something was written.
 */
export function applyChoice(pick: SpeakerPick, choice: SpeakerChoice, target: { quote: number } | { speaker: string }, context: ReaderCorrectionContext): boolean {
	const { store, entry, quotes, say } = context;
	let corrected: CorrectionsChanged;
	let message: string;
	try {
		if ('quote' in target) {
			const quote = quotes.analysis.quotes[target.quote]!;
			const own = quotes.analysis.corrections.filter((anchored) => anchored.quote === target.quote).map((anchored) => anchored.correction);
			if (choice.kind === 'engine') {
				corrected = changeCorrections(store, { remove: own });
				message = `Back to the engine's speaker: ${quotes.engine.quotes[target.quote]?.speaker ?? 'nobody'}`;
			} else {
				const to = choice.kind === 'nobody' ? null : choice.name;
				const isSpeech = quote.kind === 'direct' || quote.kind === 'partial';
				if (to === quote.speaker && (to !== null || !isSpeech)) {
					say(to === null ? 'Already nobody’s words' : `Already ${to}’s`);
					return false;
				}
				const { article } = entry;
				corrected = changeCorrections(store, {
					add: [{ kind: 'set', file: entry.path, text: article.text, fingerprint: article.fingerprint, start: quote.start, end: quote.end, from: quotes.engine.quotes[target.quote]?.speaker ?? null, to }],
				});
				message = to === null ? 'Not a quote now: nobody’s words' : `Speaker set: ${to}`;
			}
		} else {
			if (choice.kind !== 'name' || choice.name === target.speaker) {
				say(pick.purpose === 'rename' ? 'The name is the same' : 'Choose another speaker');
				return false;
			}
			const kind = pick.purpose === 'rename' ? 'rename' : 'merge';
			corrected = changeCorrections(store, { add: [{ kind, from: target.speaker, to: choice.name }] });
			message = kind === 'rename' ? `Renamed ${target.speaker} to ${choice.name} everywhere` : `Merged ${target.speaker} into ${choice.name} everywhere`;
			if (context.following === target.speaker) context.follow(choice.name);
		}
	} catch (error) {
		say(`Not saved: ${describeError(error)}`);
		return false;
	}
	context.undo.push({
		undo: () => {
			const unsaved = corrected.takeBack();
			context.changed();
			return madeMessage('Speaker correction undone', unsaved);
		},
	});
	context.changed();
	say(madeMessage(`${message} · U undoes`, corrected.unsaved));
	return true;
}
