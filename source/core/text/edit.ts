/** A multi-line text being edited, with the cursor as an offset into it. */
export interface EditState {
	readonly value: string;
	readonly cursor: number;
}

export type EditAction =
	| { readonly type: 'insert'; readonly text: string }
	| { readonly type: 'delete-back' }
	| { readonly type: 'delete-forward' }
	| { readonly type: 'left' }
	| { readonly type: 'right' }
	| { readonly type: 'up' }
	| { readonly type: 'down' }
	| { readonly type: 'line-start' }
	| { readonly type: 'line-end' }
	/** Ctrl-W: the word before the cursor, and the spaces after it. */
	| { readonly type: 'delete-word-back' }
	/** Ctrl-U: from the start of the line to the cursor. */
	| { readonly type: 'delete-line-back' };

const lineStartOf = (value: string, cursor: number) => value.lastIndexOf('\n', cursor - 1) + 1;
const lineEndOf = (value: string, cursor: number) => {
	const end = value.indexOf('\n', cursor);
	return end < 0 ? value.length : end;
};

/** Steps over a whole surrogate pair, so the cursor never splits an emoji. */
function step(value: string, cursor: number, by: 1 | -1): number {
	const next = cursor + by;
	if (next < 0 || next > value.length) return cursor;
	const code = value.charCodeAt(by > 0 ? cursor : next);
	const isPairHalf = by > 0 ? code >= 0xd800 && code <= 0xdbff : code >= 0xdc00 && code <= 0xdfff;
	return isPairHalf ? Math.max(0, Math.min(value.length, next + by)) : next;
}

export function editText(state: EditState, action: EditAction): EditState {
	const { value, cursor } = state;
	switch (action.type) {
		case 'insert': {
			// Pasted text may carry CR line ends and control characters; keep the line breaks only.
			const text = action.text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '');
			return { value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length };
		}
		case 'delete-back': {
			const from = step(value, cursor, -1);
			return { value: value.slice(0, from) + value.slice(cursor), cursor: from };
		}
		case 'delete-forward': {
			const to = step(value, cursor, 1);
			return { value: value.slice(0, cursor) + value.slice(to), cursor };
		}
		case 'left':
			return { value, cursor: step(value, cursor, -1) };
		case 'right':
			return { value, cursor: step(value, cursor, 1) };
		case 'line-start':
			return { value, cursor: lineStartOf(value, cursor) };
		case 'line-end':
			return { value, cursor: lineEndOf(value, cursor) };
		case 'delete-word-back': {
			const lineStart = lineStartOf(value, cursor);
			let from = cursor;
			while (from > lineStart && /\s/.test(value[from - 1]!)) from--;
			while (from > lineStart && !/\s/.test(value[from - 1]!)) from--;
			if (from === cursor && cursor > 0) from = cursor - 1;
			return { value: value.slice(0, from) + value.slice(cursor), cursor: from };
		}
		case 'delete-line-back': {
			const lineStart = lineStartOf(value, cursor);
			const from = lineStart === cursor && cursor > 0 ? cursor - 1 : lineStart;
			return { value: value.slice(0, from) + value.slice(cursor), cursor: from };
		}
		case 'up': {
			const start = lineStartOf(value, cursor);
			if (start === 0) return { value, cursor: 0 };
			const previousStart = lineStartOf(value, start - 1);
			return { value, cursor: Math.min(previousStart + (cursor - start), start - 1) };
		}
		case 'down': {
			const end = lineEndOf(value, cursor);
			if (end === value.length) return { value, cursor: value.length };
			const column = cursor - lineStartOf(value, cursor);
			return { value, cursor: Math.min(end + 1 + column, lineEndOf(value, end + 1)) };
		}
	}
}
