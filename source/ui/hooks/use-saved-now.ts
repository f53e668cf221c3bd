import { useEffect, useRef } from 'react';
import type { Store } from '../../store/index.js';
import { savedNowMessage } from '../store-change.js';

/**
 * A change said to be "not saved yet but kept" is saved by the store's retry a moment later (another window
 * let go of the file): the message on screen then says it is saved, instead of staying wrong until the next key.
 */
export function useSavedNow(store: Pick<Store, 'watchSaving'>, message: () => string | null, say: (message: string) => void): void {
	const latest = useRef({ message, say });
	latest.current = { message, say };
	useEffect(
		() =>
			store.watchSaving((problem) => {
				if (problem !== null) return;
				const saved = savedNowMessage(latest.current.message());
				if (saved !== null) latest.current.say(saved);
			}),
		[store],
	);
}
