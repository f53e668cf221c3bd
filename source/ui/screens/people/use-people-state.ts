import { useSyncReducer } from '../../hooks/use-sync-reducer.js';
import { useUndoStack, type UndoStack } from '../../hooks/use-undo-stack.js';
import { initialPeopleState, peopleReducer, type PeopleAction, type PeopleState } from './people-state.js';

/** The people screen's state and its undo of corrections, held by the App so that they outlive the screen. */
export interface PeopleSession {
	readonly state: PeopleState;
	readonly dispatch: (action: PeopleAction) => void;
	/** The state as the keys before (in the same chunk) left it. */
	readonly now: { readonly current: PeopleState };
	readonly undo: UndoStack;
}

export function usePeopleSession(): PeopleSession {
	const [state, dispatch, now] = useSyncReducer(peopleReducer, () => initialPeopleState);
	const undo = useUndoStack();
	return { state, dispatch, now, undo };
}
