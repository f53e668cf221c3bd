import { Box, Text } from 'ink';
import { fit, truncate } from '../../core/text/fit.js';
import { sanitizeInline } from '../../core/text/sanitize.js';
import { speakerColour } from '../palette.js';
import type { Theme } from '../theme.js';
import type { SpeakerEntry } from '../../core/reader/quote-view.js';

export type { SpeakerEntry };

/** One line under the title: who is quoted and how often, most quoted first, each in their colour. */
export function SpeakersBar({ speakers, unattributed, theme, width }: { speakers: readonly SpeakerEntry[]; unattributed: number; theme: Theme; width: number }) {
	if (speakers.length === 0 && unattributed === 0) {
		return <Text color={theme.muted}>No direct quotes</Text>;
	}
	const parts: Array<{ name: string; count: string; slot: number | null; guess: string }> = speakers.map((speaker) => ({
		name: sanitizeInline(speaker.name),
		count: ` ${speaker.quotes}`,
		slot: speaker.slot,
		guess: guessMark(speaker),
	}));
	if (unattributed > 0) parts.push({ name: 'unattributed', count: ` ${unattributed}`, slot: null, guess: '' });
	let room = width - 8;
	const shown: typeof parts = [];
	for (const part of parts) {
		const length = part.name.length + part.count.length + part.guess.length;
		if (length + 3 > room) break;
		shown.push(part);
		room -= length + 3;
	}
	const hidden = parts.length - shown.length;
	return (
		<Text wrap="truncate-end">
			<Text color={theme.muted}>Quoted: </Text>
			{shown.map((part, index) => (
				<Text key={part.name}>
					{index > 0 ? <Text color={theme.muted}> · </Text> : null}
					<Text color={speakerColour(theme, part.slot)} bold={part.slot !== null}>
						{part.name}
					</Text>
					{part.guess === '?' ? <Text dimColor>?</Text> : null}
					<Text color={speakerColour(theme, part.slot)} bold={part.slot !== null}>
						{part.count}
					</Text>
					{part.guess !== '?' && part.guess !== '' ? <Text dimColor>{part.guess}</Text> : null}
				</Text>
			))}
			{hidden > 0 ? <Text color={theme.muted}> · +{hidden} more (S)</Text> : null}
		</Text>
	);
}

/**
 * After a speaker's name or count, how many of their quotes are guesses: `?` when all of them are (the name is a
 * guess), ` (2?)` when some are, nothing when the engine is sure of every one.
 */
export function guessMark(speaker: Pick<SpeakerEntry, 'quotes' | 'unsure'>): string {
	if (speaker.unsure <= 0) return '';
	return speaker.unsure >= speaker.quotes ? '?' : ` (${speaker.unsure}?)`;
}

const BAR_WIDTH = 20;

export interface SpeakersPanelProps {
	readonly speakers: readonly SpeakerEntry[];
	readonly following: string | null;
	/** The row the cursor is on: 0 is "All quotes", N the Nth speaker. */
	readonly row: number;
	readonly theme: Theme;
	readonly width: number;
	readonly height: number;
}

const ALL = 'All quotes';

/**
 * The S panel: every speaker with a bar for their share of the quotes; the first row follows nobody. Its keys
 * (↑↓ j k, Enter, 1–9) are the reader's, in the speakers mode of its state: the panel only draws.
 */
export function SpeakersPanel({ speakers, following, row, theme, width, height }: SpeakersPanelProps) {
	const total = speakers.reduce((sum, speaker) => sum + speaker.quotes, 0);
	const nameWidth = Math.max(10, width - BAR_WIDTH - 16);
	const limit = Math.max(1, height - 4);
	const rowCount = speakers.length + 1;
	const first = Math.max(0, Math.min(row - limit + 1, rowCount - limit));
	const rows = Array.from({ length: Math.min(limit, rowCount) }, (_, index) => first + index);
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.accent} width={width} paddingX={1}>
			<Text bold>
				Speakers · {total} {total === 1 ? 'quote' : 'quotes'}
			</Text>
			{rows.map((index) => {
				const isSelected = index === row;
				const marker = <Text bold>{isSelected ? '› ' : '  '}</Text>;
				const speaker = speakers[index - 1];
				if (!speaker) {
					return (
						<Text key="all" wrap="truncate-end">
							{marker}
							<Text color={isSelected ? theme.selection : undefined} bold={isSelected}>
								{fit(ALL, nameWidth)}
								{following === null ? ' (following)' : ''}
							</Text>
						</Text>
					);
				}
				const share = total === 0 ? 0 : speaker.quotes / total;
				const filled = Math.max(speaker.quotes > 0 ? 1 : 0, Math.round(share * BAR_WIDTH));
				return (
					<Text key={speaker.name} wrap="truncate-end">
						{marker}
						<Text color={speakerColour(theme, speaker.slot)} bold>
							{fit(sanitizeInline(speaker.name), nameWidth)}
						</Text>
						<Text color={speakerColour(theme, speaker.slot)}>{' ' + '█'.repeat(filled) + '·'.repeat(BAR_WIDTH - filled)}</Text>
						<Text>{fit(String(speaker.quotes), 4, true)}</Text>
						<Text dimColor>{guessMark(speaker)}</Text>
						<Text color={theme.muted}>{following === speaker.name ? ' ◂' : ''}</Text>
					</Text>
				);
			})}
			<Text color={theme.muted}>{truncate('↑↓ choose · Enter follow · 1–9 a row · M merge · E rename · Esc close', width - 4)}</Text>
		</Box>
	);
}
