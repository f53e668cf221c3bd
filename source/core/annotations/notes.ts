import Fuse from 'fuse.js';

export type NoteState = 'anchored' | 'reanchored' | 'orphaned';

/** One highlight as the notes screen lists it. */
export interface NoteEntry {
	readonly id: string;
	readonly file: string;
	readonly title: string;
	readonly exact: string;
	readonly note: string;
	readonly state: NoteState;
	/** Where it is in the article now (the saved offsets for an orphan). */
	readonly start: number;
	readonly end: number;
	readonly created: string;
	readonly updated: string;
}

export interface NoteGroup {
	readonly file: string;
	readonly title: string;
	readonly entries: readonly NoteEntry[];
}

const newestFirst = (a: NoteEntry, b: NoteEntry) => b.updated.localeCompare(a.updated) || b.created.localeCompare(a.created);

/** Grouped by article; the article with the most recent change first, and newest first inside each. */
export function groupNotes(entries: readonly NoteEntry[]): NoteGroup[] {
	const groups = new Map<string, NoteEntry[]>();
	for (const entry of [...entries].sort(newestFirst)) {
		const group = groups.get(entry.file) ?? [];
		group.push(entry);
		groups.set(entry.file, group);
	}
	return [...groups.values()].map((group) => ({ file: group[0]!.file, title: group[0]!.title, entries: group }));
}

/**
 * Fuzzy filter over the highlighted words, the note and the article's title, best match first. Location is
 * ignored and the threshold kept low: the default (0.6) matches nearly anything in long text.
 */
export function filterNotes(entries: readonly NoteEntry[], query: string): NoteEntry[] {
	const trimmed = query.trim();
	if (trimmed === '') return [...entries];
	const fuse = new Fuse(entries, {
		keys: [
			{ name: 'exact', weight: 2 },
			{ name: 'note', weight: 2 },
			{ name: 'title', weight: 1 },
		],
		ignoreLocation: true,
		threshold: 0.3,
		minMatchCharLength: Math.min(2, trimmed.length),
	});
	return fuse.search(trimmed).map((result) => result.item);
}
