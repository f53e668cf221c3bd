import { useCallback, useRef, useState } from 'react';

/**
 * A reducer whose latest state can be read straight after dispatching. Ink hands over keys that arrive
 * together one after another before React renders again; each must see what the one before it did.
 */
export function useSyncReducer<S, A>(reducer: (state: S, action: A) => S, init: () => S): [S, (action: A) => void, { readonly current: S }] {
	const latest = useRef<S | null>(null);
	if (latest.current === null) latest.current = init();
	const [state, setState] = useState(latest.current);
	const reducerRef = useRef(reducer);
	reducerRef.current = reducer;
	const dispatch = useCallback((action: A) => {
		latest.current = reducerRef.current(latest.current as S, action);
		setState(latest.current);
	}, []);
	return [state, dispatch, latest as { readonly current: S }];
}
