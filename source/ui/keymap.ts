import type { Key } from 'ink';

/**
 * Every key binding of every mode. The help overlay and the README's key table are generated from this
 * table, and a test fails when one key is bound twice in a mode (global bindings count in every mode).
 */
export type Mode = 'global' | 'library' | 'reader' | 'help';

export type NamedKey =
	| 'upArrow'
	| 'downArrow'
	| 'leftArrow'
	| 'rightArrow'
	| 'pageUp'
	| 'pageDown'
	| 'home'
	| 'end'
	| 'return'
	| 'escape'
	| 'tab';

export interface KeyChord {
	/** The character typed, for printable keys. */
	readonly input?: string;
	readonly key?: NamedKey;
	readonly ctrl?: boolean;
}

export type CommandId =
	| 'help'
	| 'back'
	| 'quit'
	| 'suspend'
	| 'library.up'
	| 'library.down'
	| 'library.first'
	| 'library.last'
	| 'library.open'
	| 'reader.pageForward'
	| 'reader.pageBack'
	| 'reader.lineDown'
	| 'reader.lineUp'
	| 'reader.halfPageDown'
	| 'reader.halfPageUp'
	| 'reader.start'
	| 'reader.end'
	| 'reader.count'
	| 'reader.percent'
	| 'reader.nextArticle'
	| 'reader.previousArticle'
	| 'reader.toggleFold'
	| 'help.close';

export interface KeyBinding {
	readonly command: CommandId;
	readonly mode: Mode;
	readonly chords: readonly KeyChord[];
	/** How the keys read in the help overlay and README, e.g. "Space f PgDn". */
	readonly keys: string;
	readonly description: string;
}

const chars = (...inputs: string[]): KeyChord[] => inputs.map((input) => ({ input }));

export const KEYMAP: readonly KeyBinding[] = [
	{ command: 'help', mode: 'global', chords: chars('?'), keys: '?', description: 'help for this screen' },
	{ command: 'back', mode: 'global', chords: [{ input: 'q' }, { key: 'escape' }], keys: 'q Esc', description: 'back (quit from the library)' },
	{ command: 'quit', mode: 'global', chords: [{ input: 'c', ctrl: true }], keys: 'Ctrl-C', description: 'quit' },
	{ command: 'suspend', mode: 'global', chords: [{ input: 'z', ctrl: true }], keys: 'Ctrl-Z', description: 'suspend (fg to return)' },

	{ command: 'library.up', mode: 'library', chords: [{ key: 'upArrow' }, { input: 'k' }], keys: '↑ k', description: 'previous article' },
	{ command: 'library.down', mode: 'library', chords: [{ key: 'downArrow' }, { input: 'j' }], keys: '↓ j', description: 'next article' },
	{ command: 'library.first', mode: 'library', chords: [{ input: 'g' }, { key: 'home' }], keys: 'g Home', description: 'first article' },
	{ command: 'library.last', mode: 'library', chords: [{ input: 'G' }, { key: 'end' }], keys: 'G End', description: 'last article' },
	{ command: 'library.open', mode: 'library', chords: [{ key: 'return' }, { input: 'l' }, { key: 'rightArrow' }], keys: 'Enter l →', description: 'open the article' },

	{ command: 'reader.pageForward', mode: 'reader', chords: [{ input: ' ' }, { input: 'f' }, { key: 'pageDown' }], keys: 'Space f PgDn', description: 'next page' },
	{ command: 'reader.pageBack', mode: 'reader', chords: [{ input: 'b' }, { key: 'pageUp' }], keys: 'b PgUp', description: 'previous page' },
	{ command: 'reader.lineDown', mode: 'reader', chords: [{ input: 'j' }, { key: 'downArrow' }], keys: 'j ↓', description: 'next line' },
	{ command: 'reader.lineUp', mode: 'reader', chords: [{ input: 'k' }, { key: 'upArrow' }], keys: 'k ↑', description: 'previous line' },
	{ command: 'reader.halfPageDown', mode: 'reader', chords: [{ input: 'd' }], keys: 'd', description: 'half a page down' },
	{ command: 'reader.halfPageUp', mode: 'reader', chords: [{ input: 'u' }], keys: 'u', description: 'half a page up' },
	{ command: 'reader.start', mode: 'reader', chords: [{ input: 'g' }, { key: 'home' }], keys: 'g Home', description: 'start of the article' },
	{ command: 'reader.end', mode: 'reader', chords: [{ input: 'G' }, { key: 'end' }], keys: 'G End', description: 'end of the article' },
	{ command: 'reader.count', mode: 'reader', chords: chars('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), keys: '0–9', description: 'type a number for %' },
	{ command: 'reader.percent', mode: 'reader', chords: chars('%'), keys: 'N%', description: 'jump to N percent' },
	{ command: 'reader.nextArticle', mode: 'reader', chords: chars(']'), keys: ']', description: 'next article' },
	{ command: 'reader.previousArticle', mode: 'reader', chords: chars('['), keys: '[', description: 'previous article' },
	{ command: 'reader.toggleFold', mode: 'reader', chords: chars('F'), keys: 'F', description: 'unfold / fold boilerplate and captions' },

	{ command: 'help.close', mode: 'help', chords: [{ input: '?' }, { input: 'q' }, { key: 'escape' }, { key: 'return' }], keys: '? q Esc Enter', description: 'close help' },
];

/** The help overlay replaces global keys with its own close keys; other modes inherit the global ones. */
export function bindingsFor(mode: Mode): KeyBinding[] {
	const own = KEYMAP.filter((binding) => binding.mode === mode);
	if (mode === 'help' || mode === 'global') return own;
	return [...own, ...KEYMAP.filter((binding) => binding.mode === 'global')];
}

function chordMatches(chord: KeyChord, input: string, key: Key): boolean {
	if (chord.key !== undefined) return key[chord.key] === true && !(chord.key !== 'escape' && key.ctrl);
	if (chord.ctrl === true) return key.ctrl && input.toLowerCase() === chord.input;
	return !key.ctrl && !(key.meta && !key.escape) && input === chord.input;
}

export function commandFor(mode: Mode, input: string, key: Key): CommandId | undefined {
	return bindingsFor(mode).find((binding) => binding.chords.some((chord) => chordMatches(chord, input, key)))?.command;
}

/** A chord as a string, to find keys bound twice in one mode. */
export function chordId(chord: KeyChord): string {
	return chord.key ?? `${chord.ctrl === true ? 'ctrl+' : ''}${chord.input ?? ''}`;
}

export const MODE_TITLES: Readonly<Record<Mode, string>> = {
	global: 'Everywhere',
	library: 'Library',
	reader: 'Reader',
	help: 'Help',
};
