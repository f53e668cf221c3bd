import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import type { NoteDraft } from '../../core/annotations/note-draft.js';
import { sanitizeInline } from '../../core/text/sanitize.js';
import { truncate } from '../../core/text/fit.js';
import { graphemes } from '../../core/text/graphemes.js';
import type { Theme } from '../theme.js';

export interface NoteEditorProps {
	readonly draft: NoteDraft;
	/** What the note is about, shown above the text. */
	readonly subject: string;
	readonly width: number;
	/** Rows the editor may use, its frame included. */
	readonly height: number;
	readonly theme: Theme;
}

/** Breaks each line of the note at the width, keeping every character, and says where the cursor is. */
function wrapForEditing(value: string, cursor: number, width: number): { rows: string[]; cursorRow: number; cursorColumn: number } {
	const rows: string[] = [];
	let cursorRow = 0;
	let cursorColumn = 0;
	let offset = 0;
	for (const line of value.split('\n')) {
		let row = '';
		let rowWidth = 0;
		for (const { segment } of graphemes(line)) {
			const shown = sanitizeInline(segment);
			const segmentWidth = stringWidth(shown);
			if (rowWidth + segmentWidth > width - 1) {
				rows.push(row);
				row = '';
				rowWidth = 0;
			}
			if (offset === cursor) [cursorRow, cursorColumn] = [rows.length, rowWidth];
			row += shown;
			rowWidth += segmentWidth;
			offset += segment.length;
		}
		if (offset === cursor) [cursorRow, cursorColumn] = [rows.length, rowWidth];
		rows.push(row);
		offset += 1;
	}
	return { rows, cursorRow, cursorColumn };
}

/**
 * The note editor as drawn: the draft lives in the screen's state and its keys are `noteKey`'s, so keys typed
 * right after `a` arrive and a redraw (Ctrl-Z, fg) loses nothing.
 */
export function NoteEditor({ draft, subject, width, height, theme }: NoteEditorProps) {
	const state = draft.edit;
	const textWidth = Math.max(10, width - 4);
	const { rows, cursorRow, cursorColumn } = wrapForEditing(state.value, state.cursor, textWidth);
	const room = Math.max(1, height - 4);
	const first = Math.max(0, Math.min(cursorRow - room + 1, rows.length - room));
	const shown = rows.slice(first, first + room);
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.accent} width={width} paddingX={1}>
			<Text color={theme.muted} wrap="truncate-end">
				{truncate(`Note on ${subject}`, textWidth)}
			</Text>
			{shown.map((row, index) => {
				const rowIndex = first + index;
				if (rowIndex !== cursorRow) return <Text key={rowIndex}>{row || ' '}</Text>;
				const chars = [...row];
				let before = '';
				let used = 0;
				let i = 0;
				for (; i < chars.length && used < cursorColumn; i++) {
					before += chars[i];
					used += stringWidth(chars[i]!);
				}
				const atCursor = chars[i] ?? ' ';
				return (
					<Text key={rowIndex}>
						{before}
						<Text inverse>{atCursor}</Text>
						{chars.slice(i + 1).join('')}
					</Text>
				);
			})}
			{Array.from({ length: Math.max(0, room - shown.length) }, (_, index) => (
				<Text key={`pad-${index}`}> </Text>
			))}
		</Box>
	);
}
