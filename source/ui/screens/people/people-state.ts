import { nextPeopleSort, type PeopleSort, type Person } from '../../../core/library/people.js';
import { pickReducer, type PickAction, type SpeakerPick } from '../../../core/annotations/speaker-pick.js';
import { editQuery, type TypingKey } from '../../../core/text/typed.js';

/**
 * The people screen's state: the list (sorted, filtered), one person's quotes, the picker of M and E. It is
 * the App's (see use-people-state), so that coming back from the reader finds the same person and quote.
 */
export interface PeopleState {
	readonly sort: PeopleSort;
	readonly query: string;
	/** The filter field owns the keys while it is being typed in. */
	readonly filtering: boolean;
	/** Row of the list as shown. */
	readonly selected: number;
	/** The person whose quotes are shown (Enter), by `personKey`; null: the list. */
	readonly person: { readonly key: string; readonly name: string } | null;
	/** Row of that person's quotes. */
	readonly quote: number;
	/** M and E: the picker, and whose names it changes. */
	readonly pick: SpeakerPick | null;
	readonly picking: { readonly name: string; readonly names: readonly string[] } | null;
	readonly message: string | null;
}

export const initialPeopleState: PeopleState = {
	sort: 'quotes',
	query: '',
	filtering: false,
	selected: 0,
	person: null,
	quote: 0,
	pick: null,
	picking: null,
	message: null,
};

export type PeopleAction =
	| { readonly type: 'move'; readonly by: number; readonly rows: number }
	| { readonly type: 'move-to'; readonly row: number }
	| { readonly type: 'sort' }
	| { readonly type: 'filter'; readonly on: boolean }
	| { readonly type: 'filter-clear' }
	| { readonly type: 'type'; readonly input: string; readonly key: TypingKey }
	| { readonly type: 'open-person'; readonly key: string; readonly name: string }
	| { readonly type: 'close-person' }
	| { readonly type: 'move-quote'; readonly by: number; readonly quotes: number }
	| { readonly type: 'pick-open'; readonly pick: SpeakerPick; readonly person: Pick<Person, 'name' | 'names'> }
	| { readonly type: 'pick'; readonly action: PickAction }
	| { readonly type: 'pick-close' }
	| { readonly type: 'message'; readonly message: string | null };

const clamp = (value: number, count: number) => Math.max(0, Math.min(count - 1, value));

export function peopleReducer(state: PeopleState, action: PeopleAction): PeopleState {
	switch (action.type) {
		case 'move':
			return { ...state, selected: clamp(Math.min(state.selected, action.rows - 1) + action.by, action.rows) };
		case 'move-to':
			return { ...state, selected: Math.max(0, action.row) };
		case 'sort':
			return { ...state, sort: nextPeopleSort(state.sort), selected: 0 };
		case 'filter':
			return { ...state, filtering: action.on, selected: action.on ? state.selected : 0 };
		case 'filter-clear':
			return { ...state, filtering: false, query: '', selected: 0 };
		case 'type':
			return { ...state, query: editQuery(state.query, action.input.replace(/[\r\n]+/g, ' '), action.key), selected: 0 };
		case 'open-person':
			return { ...state, person: { key: action.key, name: action.name }, quote: 0 };
		case 'close-person':
			return { ...state, person: null };
		case 'move-quote':
			return { ...state, quote: clamp(state.quote + action.by, action.quotes) };
		case 'pick-open':
			return { ...state, pick: action.pick, picking: { name: action.person.name, names: action.person.names }, message: null };
		case 'pick':
			return state.pick ? { ...state, pick: pickReducer(state.pick, action.action) } : state;
		case 'pick-close':
			return { ...state, pick: null, picking: null };
		case 'message':
			return { ...state, message: action.message };
	}
}
