import { Box, Text } from 'ink';
import { bindingsFor, MODE_TITLES, type Mode } from '../keymap.js';
import { fit } from '../../core/fit.js';
import type { Theme } from '../theme.js';

export interface HelpOverlayProps {
	/** The screen the help is for. */
	readonly mode: Exclude<Mode, 'help' | 'global'>;
	readonly theme: Theme;
	readonly rows: number;
}

const KEYS_WIDTH = 16;

/** Generated from the keymap, so it cannot disagree with what the keys do. */
export function HelpOverlay({ mode, theme, rows }: HelpOverlayProps) {
	const own = bindingsFor(mode).filter((binding) => binding.mode === mode);
	const global = bindingsFor(mode).filter((binding) => binding.mode === 'global');
	const lines: Array<{ heading: string } | { keys: string; description: string }> = [
		{ heading: `${MODE_TITLES[mode]} keys` },
		...own.map(({ keys, description }) => ({ keys, description })),
		{ heading: MODE_TITLES.global },
		...global.map(({ keys, description }) => ({ keys, description })),
	];
	// Title, blank, footer, and the spare row Ink needs; long keymaps are cut rather than overflowing.
	const room = Math.max(1, rows - 4);
	return (
		<Box flexDirection="column" paddingLeft={2}>
			<Text bold color={theme.accent}>
				Help
			</Text>
			<Text> </Text>
			{lines.slice(0, room).map((line, index) =>
				'heading' in line ? (
					<Text key={index} bold>
						{line.heading}
					</Text>
				) : (
					<Text key={index} wrap="truncate-end">
						<Text color={theme.accent}>{fit(line.keys, KEYS_WIDTH)}</Text>
						{line.description}
					</Text>
				),
			)}
			<Text color={theme.muted}>? q Esc Enter close help</Text>
		</Box>
	);
}
