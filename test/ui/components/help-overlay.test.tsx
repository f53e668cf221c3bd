import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import { HelpOverlay, helpRows } from '../../../source/ui/components/HelpOverlay.js';
import { COLOUR_THEME } from '../../../source/ui/theme.js';

test('help lines fit 80 columns: every key and every description whole, on every screen', () => {
	for (const mode of ['library', 'reader', 'notes'] as const) {
		const { lastFrame, unmount } = render(<HelpOverlay mode={mode} theme={COLOUR_THEME} rows={200} columns={80} scroll={0} />);
		const frame = stripAnsi(lastFrame() ?? '');
		for (const line of frame.split('\n')) assert.ok(line.length <= 80, `${mode}: a line wider than 80 columns: ${line}`);
		assert.doesNotMatch(frame, /…/, `${mode}: nothing is cut`);
		for (const row of helpRows(mode)) {
			if ('keys' in row) assert.ok(frame.includes(row.description), `${mode}: "${row.description}" is shown whole`);
		}
		unmount();
	}
});
