import { useEffect } from 'react';
import type { AppAction, AppState } from './app-reducer.js';

/** The terminal, as the app sees it: Ctrl-Z, fg, and work to do before the process ends. */
export interface Session {
	suspend(): void;
	beforeExit(hook: () => void): () => void;
	on(event: 'resume', listener: () => void): unknown;
	off(event: 'resume', listener: () => void): unknown;
}

/**
 * Quitting, suspending, and the redraw after fg: Ink draws only what changed since its last frame, and the
 * terminal was cleared meanwhile, so one blank frame comes first. The screens stay mounted throughout.
 */
export function useSession({ session, state, dispatch, exit }: { session: Session | undefined; state: AppState; dispatch: (action: AppAction) => void; exit: () => void }): void {
	useEffect(() => {
		if (!session) return;
		const onResume = () => dispatch({ type: 'repaint', on: true });
		session.on('resume', onResume);
		return () => {
			session.off('resume', onResume);
		};
	}, [session, dispatch]);
	useEffect(() => {
		if (state.repaint) dispatch({ type: 'repaint', on: false });
	}, [state.repaint, dispatch]);
	useEffect(() => {
		if (state.quitting) exit();
	}, [state.quitting, exit]);
	useEffect(() => {
		if (state.suspends > 0) session?.suspend();
	}, [state.suspends, session]);
}
