import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import stringWidth from 'string-width';
import { editText, type EditAction, type EditState } from '../../core/text/edit.js';
import { sanitizeInline } from '../../core/text/sanitize.js';
import { truncate } from '../../core/text/fit.js';
import { graphemes } from '../../core/text/graphemes.js';
import { commandFor } from '../keymap.js';
import type { Theme } from '../theme.js';

export interface NoteEditorProps {
	readonly initial: string;
	/** What the note is about, shown above the text. */
	readonly subject: string;
	readonly width: number;
	/** Rows the editor may use, its frame included. */
	readonly height: number;
	readonly theme: Theme;
	readonly onSave: (note: string) => void;
	readonly onCancel: () => void;
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
 * The note editor: Enter saves, Alt-Enter or Ctrl-J starts a new line, Esc cancels and nothing is saved.
 * It reads keys itself (not through the one-key-at-a-time hook) so that a paste arrives whole.
 */
export function NoteEditor({ initial, subject, width, height, theme, onSave, onCancel }: NoteEditorProps) {
	// The latest text is kept in a ref as well: keys that arrive together are handled before React renders again.
	const latest = useRef<EditState>({ value: initial, cursor: initial.length });
	const [state, setState] = useState(latest.current);
	const dispatch = (action: EditAction) => {
		latest.current = editText(latest.current, action);
		setState(latest.current);
	};

	useInput((input, key) => {
		// Typed quickly, a last word and Enter can arrive as one chunk: insert the word, then save.
		if (input.length > 1 && input.endsWith('\r') && !/[\r\n]/.test(input.slice(0, -1))) {
			dispatch({ type: 'insert', text: input.slice(0, -1) });
			return onSave(latest.current.value.trim());
		}
		const command = commandFor('note', input, key);
		if (command === 'note.save') return onSave(latest.current.value.trim());
		if (command === 'note.cancel') return onCancel();
		if (command === 'note.newline') return dispatch({ type: 'insert', text: '\n' });
		if (key.backspace || key.delete) return dispatch({ type: key.backspace || input === '' ? 'delete-back' : 'delete-forward' });
		if (key.leftArrow) return dispatch({ type: 'left' });
		if (key.rightArrow) return dispatch({ type: 'right' });
		if (key.upArrow) return dispatch({ type: 'up' });
		if (key.downArrow) return dispatch({ type: 'down' });
		if (key.home || (key.ctrl && input === 'a')) return dispatch({ type: 'line-start' });
		if (key.end || (key.ctrl && input === 'e')) return dispatch({ type: 'line-end' });
		if (key.ctrl || key.meta || key.tab || input === '') return;
		dispatch({ type: 'insert', text: input });
	});

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
