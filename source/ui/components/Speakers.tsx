import { Box, Text } from 'ink';
import { fit, truncate } from '../../core/fit.js';
import { sanitizeInline } from '../../core/sanitize.js';
import { speakerColour } from '../palette.js';
import type { Theme } from '../theme.js';

export interface SpeakerEntry {
	readonly name: string;
	readonly quotes: number;
	readonly slot: number;
	readonly role: string | null;
}

/** One line under the title: who is quoted and how often, most quoted first, each in their colour. */
export function SpeakersBar({ speakers, unattributed, theme, width }: { speakers: readonly SpeakerEntry[]; unattributed: number; theme: Theme; width: number }) {
	if (speakers.length === 0 && unattributed === 0) {
		return <Text color={theme.muted}>No direct quotes</Text>;
	}
	const parts: Array<{ text: string; slot: number | null }> = speakers.map((speaker) => ({
		text: `${sanitizeInline(speaker.name)} ${speaker.quotes}`,
		slot: speaker.slot,
	}));
	if (unattributed > 0) parts.push({ text: `unattributed ${unattributed}`, slot: null });
	let room = width - 8;
	const shown: typeof parts = [];
	for (const part of parts) {
		if (part.text.length + 3 > room) break;
		shown.push(part);
		room -= part.text.length + 3;
	}
	const hidden = parts.length - shown.length;
	return (
		<Text wrap="truncate-end">
			<Text color={theme.muted}>Quoted: </Text>
			{shown.map((part, index) => (
				<Text key={part.text}>
					{index > 0 ? <Text color={theme.muted}> · </Text> : null}
					<Text color={speakerColour(theme, part.slot)} bold={part.slot !== null}>
						{part.text}
					</Text>
				</Text>
			))}
			{hidden > 0 ? <Text color={theme.muted}> · +{hidden} more (S)</Text> : null}
		</Text>
	);
}

const BAR_WIDTH = 20;

/** The S panel: every speaker with a bar for their share of the quotes; the first row follows nobody. */
export function SpeakersPanel({
	speakers,
	selected,
	following,
	theme,
	width,
	height,
}: {
	speakers: readonly SpeakerEntry[];
	selected: number;
	following: string | null;
	theme: Theme;
	width: number;
	height: number;
}) {
	const total = speakers.reduce((sum, speaker) => sum + speaker.quotes, 0);
	const nameWidth = Math.max(10, width - BAR_WIDTH - 14);
	const room = Math.max(1, height - 4);
	const rows = [null, ...speakers];
	const first = Math.max(0, Math.min(selected - room + 1, rows.length - room));
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.accent} width={width} paddingX={1}>
			<Text bold>Speakers · {total} {total === 1 ? 'quote' : 'quotes'}</Text>
			{rows.slice(first, first + room).map((speaker, offset) => {
				const index = first + offset;
				const marker = index === selected ? '› ' : '  ';
				if (speaker === null) {
					return (
						<Text key="all" color={index === selected ? theme.selection : undefined} bold={index === selected}>
							{marker}
							{fit('All quotes', nameWidth)}
							{following === null ? ' (following)' : ''}
						</Text>
					);
				}
				const share = total === 0 ? 0 : speaker.quotes / total;
				const filled = Math.max(speaker.quotes > 0 ? 1 : 0, Math.round(share * BAR_WIDTH));
				return (
					<Text key={speaker.name} wrap="truncate-end">
						<Text bold={index === selected}>{marker}</Text>
						<Text color={speakerColour(theme, speaker.slot)} bold>
							{fit(sanitizeInline(speaker.name), nameWidth)}
						</Text>
						<Text color={speakerColour(theme, speaker.slot)}>{' ' + '█'.repeat(filled) + '·'.repeat(BAR_WIDTH - filled)}</Text>
						<Text>{fit(String(speaker.quotes), 4, true)}</Text>
						<Text color={theme.muted}>{following === speaker.name ? ' ◂' : ''}</Text>
					</Text>
				);
			})}
			<Text color={theme.muted}>{truncate('↑↓ choose · Enter follow · Esc close', width - 4)}</Text>
		</Box>
	);
}
