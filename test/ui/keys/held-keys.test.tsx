import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { useState } from 'react';
import { KeyPriority, KeypressProvider } from '../../../source/ui/keys/KeypressProvider.js';
import { useHeldKeys } from '../../../source/ui/keys/use-held-keys.js';
import { useKeypress } from '../../../source/ui/keys/use-keypress.js';
import { KEYS, press, waitForFrame } from '../../helpers/ink.js';

/** Keys kept for something that never comes (a search that never answers), and what reaches the app below. */
function Waiting() {
	const [seen, setSeen] = useState<string[]>([]);
	useHeldKeys(() => true, true);
	useKeypress(
		({ input, key }) => {
			setSeen((keys) => [...keys, key.ctrl ? `Ctrl-${input.toUpperCase()}` : input]);
			return true;
		},
		{ priority: KeyPriority.app },
	);
	return <Text>seen: {seen.join(' ') || 'nothing'}</Text>;
}

test('while keys are kept for a screen, Ctrl-C still reaches the app at once; other keys wait', async () => {
	const app = render(
		<KeypressProvider>
			<Waiting />
		</KeypressProvider>,
	);
	await press(app.stdin, `jq${KEYS.ctrlC}`);
	const frame = await waitForFrame(app.lastFrame, (f) => f.includes('Ctrl-C'), 'Ctrl-C seen');
	assert.equal(frame.trim(), 'seen: Ctrl-C', 'j and q kept, Ctrl-C through');
	app.unmount();
});
