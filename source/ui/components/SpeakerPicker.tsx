import { Box, Text } from 'ink';
import { isTyping, shownOptions, type SpeakerPick } from '../../core/annotations/speaker-pick.js';
import { fit, truncate } from '../../core/text/fit.js';
import { sanitizeInline } from '../../core/text/sanitize.js';
import type { Theme } from '../theme.js';

const HINTS = {
	reassign: '↑↓ choose · Enter or 1–9 · type another name · Esc cancel',
	merge: '↑↓ choose · Enter or 1–9 merges · type to filter · Esc cancel',
	rename: 'Enter saves · Ctrl-U clears · Esc cancel',
} as const;

/**
 * R, M and E: a list of speakers to choose from, and a typed name. Its keys are the screen's (in the pick mode
 * of its state), so the keys typed right after R arrive: this only draws.
 */
export function SpeakerPicker({ pick, theme, width, height }: { pick: SpeakerPick; theme: Theme; width: number; height: number }) {
	const inner = Math.max(10, width - 4);
	const shown = shownOptions(pick);
	const typedRow = pick.purpose === 'reassign' ? shown.length : -1;
	const rowTotal = shown.length + (typedRow >= 0 ? 1 : 0);
	const room = Math.max(1, height - (pick.purpose === 'rename' ? 4 : 5));
	const first = Math.max(0, Math.min(pick.cursor - room + 1, rowTotal - room));
	const rows = Array.from({ length: Math.min(room, rowTotal) }, (_, index) => first + index);
	const title = pick.purpose === 'merge' ? `Merge ${pick.subject} into` : pick.purpose === 'rename' ? `Rename ${pick.subject}` : `Who said ${pick.subject}?`;
	const field = (label: string) => (
		<Text wrap="truncate-end">
			<Text color={theme.muted}>{label}</Text>
			{sanitizeInline(pick.typed)}
			<Text inverse> </Text>
		</Text>
	);
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.accent} width={width} paddingX={1}>
			<Text bold wrap="truncate-end">
				{truncate(sanitizeInline(title), inner)}
			</Text>
			{pick.purpose === 'rename' ? field('New name: ') : null}
			{pick.purpose === 'merge' && isTyping(pick) ? field('/ ') : null}
			{pick.purpose === 'merge' && shown.length === 0 ? <Text color={theme.muted}>Nobody matches.</Text> : null}
			{pick.purpose === 'rename'
				? null
				: rows.map((row) => {
						const selected = row === pick.cursor;
						const marker = <Text bold>{selected ? '› ' : '  '}</Text>;
						if (row === typedRow) {
							return (
								<Text key="typed" wrap="truncate-end">
									{marker}
									<Text color={selected ? theme.selection : theme.muted}>{pick.typed === '' ? 'Another name: type it' : 'Another name: '}</Text>
									{pick.typed === '' ? null : (
										<>
											{sanitizeInline(pick.typed)}
											{selected ? <Text inverse> </Text> : null}
										</>
									)}
								</Text>
							);
						}
						const option = shown[row]!;
						const number = row < 9 && !isTyping(pick) ? `${row + 1} ` : '  ';
						return (
							<Text key={`${row}-${option.label}`} wrap="truncate-end">
								{marker}
								<Text color={theme.muted}>{number}</Text>
								<Text color={selected ? theme.selection : undefined} bold={selected}>
									{fit(sanitizeInline(option.label), Math.max(8, inner - 16))}
								</Text>
								<Text color={theme.muted}>{option.note ? ` ${option.note}` : ''}</Text>
							</Text>
						);
					})}
			<Text color={theme.muted} wrap="truncate-end">
				{truncate(HINTS[pick.purpose], inner)}
			</Text>
		</Box>
	);
}
