import { useEffect } from 'react';
import type { AppAction, AppState } from './app-reducer.js';

/** The terminal, as the app sees it: Ctrl-Z, fg, and work to do before the process ends. */
export interface Session {
	suspend(): void;
	beforeExit(hook: () => void): () => void;
	on(event: 'resume', listener: () => void): unknown;
	off(event: 'resume', listener: () => void): unknown;
}

/** Longer than Ink's frame at its 30 frames a second. */
const BLANK_FRAME_MS = 60;

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
		if (!state.repaint) return;
		// Ink draws at most one frame in 34 ms, the latest: were the blank frame and the full one to fall in one
		// such window (a render queued as the process stopped, run on fg), Ink would see the frame it drew before
		// the suspend and draw nothing on the cleared screen. Kept blank for longer, the blank frame is drawn.
		const timer = setTimeout(() => dispatch({ type: 'repaint', on: false }), BLANK_FRAME_MS);
		return () => clearTimeout(timer);
	}, [state.repaint, dispatch]);
	useEffect(() => {
		if (state.quitting) exit();
	}, [state.quitting, exit]);
	useEffect(() => {
		if (state.suspends > 0) session?.suspend();
	}, [state.suspends, session]);
}
