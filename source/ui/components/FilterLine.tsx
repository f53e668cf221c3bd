import { Text } from 'ink';
import { sanitizeInline } from '../../core/text/sanitize.js';
import type { Theme } from '../theme.js';

export { editQuery, type TypingKey as FilterKey } from '../../core/text/typed.js';

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
