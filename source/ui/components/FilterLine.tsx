import { Text } from 'ink';
import { sanitizeInline } from '../../core/text/sanitize.js';
import type { Theme } from '../theme.js';

/** The keys a typed filter reacts to (Ink's Key has them all). */
export interface FilterKey {
	readonly backspace: boolean;
	readonly delete: boolean;
	readonly ctrl: boolean;
	readonly meta: boolean;
}

/**
 * A filter typed straight into state: a text-input component mounted on '/' would miss a key typed before
 * it subscribes. Backspace removes a character; control keys are ignored.
 */
export function editQuery(query: string, input: string, key: FilterKey): string {
	if (key.backspace || key.delete) return [...query].slice(0, -1).join('');
	if (key.ctrl || key.meta || input === '' || /[\u0000-\u001f\u007f]/.test(input)) return query;
	return query + input;
}

/** "/ query▮" while typing; the kept filter and how to change it afterwards; nothing without a filter. */
export function FilterLine({ query, filtering, theme }: { query: string; filtering: boolean; theme: Theme }) {
	if (!filtering && query === '') return null;
	return (
		<Text wrap="truncate-end">
			<Text color={theme.accent}>/ </Text>
			{sanitizeInline(query)}
			{filtering ? <Text inverse> </Text> : <Text color={theme.muted}> (/ to change, Esc in the filter clears)</Text>}
		</Text>
	);
}
