import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { useEffect } from 'react';
import { useSyncReducer } from '../../../source/ui/hooks/use-sync-reducer.js';
import { waitForFrame } from '../../helpers/ink.js';

test('useSyncReducer: each dispatch sees what the one before it did, before React renders again', async () => {
	const seen: number[] = [];
	function Counter() {
		const [count, dispatch, now] = useSyncReducer((state: number, by: number) => state + by, () => 0);
		useEffect(() => {
			for (let i = 0; i < 3; i++) {
				dispatch(1);
				seen.push(now.current);
			}
		}, []);
		return <Text>count {count}</Text>;
	}
	const { lastFrame, unmount } = render(<Counter />);
	await waitForFrame(lastFrame, (f) => f.includes('count 3'));
	assert.deepEqual(seen, [1, 2, 3]);
	unmount();
});
