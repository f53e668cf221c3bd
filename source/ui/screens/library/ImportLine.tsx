import { Text } from 'ink';
import Spinner from 'ink-spinner';
import { sanitizeInline } from '../../../core/text/sanitize.js';
import type { Theme } from '../../theme.js';
import { jobLine, type ImportState } from './import-state.js';

/** Whether the library gives a row to the imports' line. */
export function hasImportLine(state: ImportState | undefined): boolean {
	return state !== undefined && (state.prompt !== null || state.job !== null || state.message !== null);
}

/** The A prompt as it is typed, the spinner of a running import, or how the last one went: one row. */
export function ImportLine({ state, theme }: { state: ImportState; theme: Theme }) {
	if (state.prompt !== null) {
		return (
			<Text wrap="truncate-start">
				<Text color={theme.accent}>Add: </Text>
				{sanitizeInline(state.prompt)}
				<Text inverse> </Text>
				<Text color={theme.muted}>{state.prompt === '' ? '  a web address or the path of a saved page (Enter adds, Esc closes)' : ''}</Text>
			</Text>
		);
	}
	if (state.job) {
		return (
			<Text wrap="truncate-end">
				<Text color={theme.accent}>
					<Spinner type="dots" />
				</Text>{' '}
				{jobLine(state.job)}
				<Text color={theme.muted}> · Esc stops</Text>
			</Text>
		);
	}
	if (!state.message) return null;
	return (
		<Text color={state.message.tone === 'problem' ? theme.warning : theme.accent} wrap="truncate-end">
			{state.message.text}
		</Text>
	);
}
