import { useLayoutEffect, useRef } from 'react';
import { useKeypressContext, type KeypressHandler } from './KeypressProvider.js';

/**
 * Offers keys to `handler` at `priority` (see KeyPriority) while `isActive`. The handler may change every
 * render; the subscription stays. Read state that keys of one chunk change from a synchronous reducer
 * (useSyncReducer), not from the render's props: keys of one chunk arrive before React renders again.
 */
export function useKeypress(handler: KeypressHandler, { priority, isActive = true }: { priority: number; isActive?: boolean }): void {
	const { subscribe } = useKeypressContext();
	const latest = useRef(handler);
	latest.current = handler;
	// In the commit, not after it: passive effects run a moment later, and a key that came in between (a key
	// typed right after the one that opened this screen, in a write of its own) found nobody and was lost.
	useLayoutEffect(() => (isActive ? subscribe(latest, priority) : undefined), [subscribe, priority, isActive]);
}
