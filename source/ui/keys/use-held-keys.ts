import { useEffect, useRef } from 'react';
import type { Keypress } from './keypress.js';
import { KeyPriority, useKeypressContext } from './KeypressProvider.js';
import { commandFor } from './keymap.js';
import { useKeypress } from './use-keypress.js';

/**
 * While `holding()` (a screen opened but not rendered yet, or still loading), every key is kept; once a render
 * says it is not (`held` false), they are offered again in the order typed, after the screen mounted and
 * subscribed (a parent's effects run after its children's): `Enter` and `Space` typed at once open the article
 * and turn its page. `holding` is asked per key, from synchronous state: the key that opens the screen and the
 * next one can come in one chunk, before React renders.
 */
export function useHeldKeys(holding: () => boolean, held: boolean): void {
	const { replay } = useKeypressContext();
	const kept = useRef<Keypress[]>([]);
	useKeypress(
		(press) => {
			// Quitting (Ctrl-C) is never kept waiting, whatever is awaited.
			if (!holding() || commandFor('global', press.input, press.key) === 'quit') return false;
			kept.current.push(press);
			return true;
		},
		{ priority: KeyPriority.held },
	);
	// After every render: a screen that changed and rendered leaves `held` false before and after.
	useEffect(() => {
		if (held || kept.current.length === 0) return;
		const presses = kept.current;
		kept.current = [];
		replay(presses);
	});
}
