import type { NoteEntry } from '../../../core/annotations/notes.js';
import { inQuotes } from '../../../core/annotations/citation.js';
import { wrapRange } from '../../../core/reader/layout.js';
import { sanitizeInline } from '../../../core/text/sanitize.js';

/** One line of a highlight as the notes screen shows it. */
export interface EntryLine {
	readonly text: string;
	readonly kind: 'words' | 'note' | 'tag';
}

function wrap(text: string, width: number): string[] {
	const flat = sanitizeInline(text);
	const lines = wrapRange(flat, 0, flat.length, Math.max(1, width)).map((range) => flat.slice(range.start, range.end));
	return lines.length > 0 ? lines : [''];
}

/**
 * A highlight's words and its note, wrapped to `width`, every word of both kept (a narrow terminal wraps,
 * it does not cut); each line of the note stays a line.
 */
export function entryLines(entry: NoteEntry, width: number): EntryLine[] {
	const lines: EntryLine[] = wrap(inQuotes(entry.exact), width).map((text) => ({ text, kind: 'words' }));
	if (entry.state === 'orphaned') lines.push({ text: '[not found in the text: Enter shows it, x deletes]', kind: 'tag' });
	if (entry.note.trim() !== '') {
		for (const [index, paragraph] of entry.note.trim().split('\n').entries()) {
			for (const text of wrap(`${index === 0 ? '✎ ' : '  '}${paragraph}`, width)) lines.push({ text, kind: 'note' });
		}
	}
	return lines;
}
