import { isTyping, openPick, pickChoice } from '../../../core/annotations/speaker-pick.js';
import type { Person, PersonQuote } from '../../../core/library/people.js';
import { changeCorrections, type CorrectionStore, type CorrectionsChanged } from '../../corrections/change-corrections.js';
import { madeMessage } from '../../store-change.js';
import { commandFor, type CommandId } from '../../keys/keymap.js';
import type { Keypress } from '../../keys/keypress.js';
import { KeyPriority } from '../../keys/KeypressProvider.js';
import { useKeypress } from '../../keys/use-keypress.js';
import type { PeopleSession } from './use-people-state.js';
import { describeError } from '../../describe-error.js';

export interface PeopleKeysInput {
	readonly session: PeopleSession;
	readonly store: CorrectionStore;
	/** The lists as the latest render has them (keys of one chunk arrive before the next render). */
	readonly lists: { readonly current: { readonly everyone: readonly Person[]; readonly shown: readonly Person[]; readonly quotes: readonly PersonQuote[] } };
	/** Rows of the list on screen: what PgDn moves. */
	readonly page: number;
	readonly onOpenQuote: (quote: PersonQuote) => void;
	/** After a correction was written or taken back. */
	readonly changed: () => void;
	/** The people screen is the one shown (as the keys before this one left it). */
	readonly active: () => boolean;
}

const quotesOf = (count: number) => `${count} ${count === 1 ? 'quote' : 'quotes'}`;

/**
 * The people screen's keys: the list (move, sort, filter, Enter a person), a person's quotes (Enter one to read
 * it), and M, E, U; the picker and the filter take every key but Ctrl-C and Ctrl-Z while open.
 */
export function usePeopleKeys({ session, store, lists, page, onOpenQuote, changed, active }: PeopleKeysInput): void {
	const { dispatch, now, undo } = session;
	const say = (message: string | null) => dispatch({ type: 'message', message });

	const correct = (person: Pick<Person, 'name' | 'names'>, to: string, kind: 'merge' | 'rename') => {
		const names = person.names.filter((name) => name !== to);
		if (names.length === 0) return say('The name is the same');
		let corrected: CorrectionsChanged;
		try {
			corrected = changeCorrections(store, { add: names.map((from) => ({ kind, from, to })) });
		} catch (error) {
			return say(`Not saved: ${describeError(error)}`);
		}
		undo.push({
			undo: () => {
				const unsaved = corrected.takeBack();
				changed();
				return madeMessage('Speaker correction undone', unsaved);
			},
		});
		changed();
		say(madeMessage(`${kind === 'merge' ? `Merged ${person.name} into` : `Renamed ${person.name} to`} ${to} everywhere · U undoes`, corrected.unsaved));
	};

	const pickKey = (press: Keypress): boolean => {
		const state = now.current;
		const pick = state.pick!;
		const command = press.paste ? undefined : commandFor('pick', press.input, press.key);
		if (command === 'quit' || command === 'suspend') return false;
		if (!command || (command === 'pick.number' && isTyping(pick))) {
			dispatch({ type: 'pick', action: { type: 'type', input: press.input, key: press.key } });
			return true;
		}
		if (command === 'pick.up' || command === 'pick.down') dispatch({ type: 'pick', action: { type: 'move', by: command === 'pick.up' ? -1 : 1 } });
		if (command === 'pick.clear') dispatch({ type: 'pick', action: { type: 'clear' } });
		if (command === 'pick.cancel') {
			dispatch({ type: 'pick-close' });
			say('Nothing changed');
		}
		if (command === 'pick.choose' || command === 'pick.number') {
			const choice = pickChoice(pick, command === 'pick.number' ? Number(press.input) - 1 : pick.cursor);
			if (!choice || choice.kind !== 'name') {
				say(pick.purpose === 'merge' ? 'Nobody to merge into there' : 'Type a name first');
				return true;
			}
			dispatch({ type: 'pick-close' });
			if (state.picking) correct(state.picking, choice.name, pick.purpose === 'rename' ? 'rename' : 'merge');
		}
		return true;
	};

	const listCommand = (command: CommandId | undefined): boolean => {
		const state = now.current;
		const { shown, everyone } = lists.current;
		const rows = shown.length;
		const person = shown[Math.min(state.selected, rows - 1)];
		switch (command) {
			case 'people.up':
			case 'filter.up':
				dispatch({ type: 'move', by: -1, rows });
				return true;
			case 'people.down':
			case 'filter.down':
				dispatch({ type: 'move', by: 1, rows });
				return true;
			case 'people.pageDown':
				dispatch({ type: 'move', by: page, rows });
				return true;
			case 'people.pageUp':
				dispatch({ type: 'move', by: -page, rows });
				return true;
			case 'people.first':
				dispatch({ type: 'move-to', row: 0 });
				return true;
			case 'people.last':
				dispatch({ type: 'move-to', row: rows - 1 });
				return true;
			case 'people.sort':
				dispatch({ type: 'sort' });
				return true;
			case 'people.filter':
				dispatch({ type: 'filter', on: true });
				return true;
			case 'filter.done':
				dispatch({ type: 'filter', on: false });
				return true;
			case 'filter.clear':
				dispatch({ type: 'filter-clear' });
				return true;
			case 'people.open':
				if (person) dispatch({ type: 'open-person', key: person.key, name: person.name });
				return true;
			case 'people.merge': {
				if (!person) return true;
				const others = everyone.filter((other) => other.key !== person.key);
				if (others.length === 0) {
					say('Nobody else is quoted to merge with');
					return true;
				}
				const options = others.map((other) => ({ label: other.name, choice: { kind: 'name' as const, name: other.name }, note: quotesOf(other.quotes) }));
				dispatch({ type: 'pick-open', pick: openPick('merge', person.name, options), person });
				return true;
			}
			case 'people.rename':
				if (person) dispatch({ type: 'pick-open', pick: openPick('rename', person.name, [], { typed: person.name }), person });
				return true;
			case 'people.undo':
				undo.undo(say);
				return true;
			default:
				return false;
		}
	};

	useKeypress(
		(press) => {
			if (!active()) return false;
			const state = now.current;
			if (state.pick) return pickKey(press);
			if (state.message !== null) say(null);
			const { input, key, paste } = press;
			if (state.person) {
				const command = paste ? undefined : commandFor('person', input, key);
				const { quotes } = lists.current;
				switch (command) {
					case 'person.up':
					case 'person.down':
						dispatch({ type: 'move-quote', by: command === 'person.up' ? -1 : 1, quotes: quotes.length });
						return true;
					case 'person.open': {
						const quote = quotes[Math.min(state.quote, quotes.length - 1)];
						if (quote) onOpenQuote(quote);
						return true;
					}
					case 'person.undo':
						undo.undo(say);
						return true;
					case 'back':
						dispatch({ type: 'close-person' });
						return true;
					default:
						return false;
				}
			}
			if (state.filtering) {
				const command = paste ? undefined : commandFor('filter', input, key);
				if (command === 'quit' || command === 'suspend') return false;
				if (listCommand(command)) return true;
				dispatch({ type: 'type', input, key });
				return true;
			}
			const command = paste ? undefined : commandFor('people', input, key);
			if (command === 'back' && key.escape && state.query !== '') {
				// Esc clears a kept filter first, as in the library.
				dispatch({ type: 'filter-clear' });
				return true;
			}
			return listCommand(command);
		},
		{ priority: KeyPriority.screen },
	);
}
