import type { Key } from 'ink';

/** One key as the keypress provider hands it on: Ink's input and flags, or a whole paste. */
export interface Keypress {
	readonly input: string;
	readonly key: Key;
	/** A bracketed paste, handed over whole (`input` is the pasted text, line ends as typed: CR). */
	readonly paste: boolean;
}

export const NO_KEY: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/** A key as if typed alone: Ink's reading of one character. */
export function keyForCharacter(char: string): Keypress {
	const code = char.charCodeAt(0);
	const press = (input: string, key: Partial<Key> = {}): Keypress => ({ input, key: { ...NO_KEY, ...key }, paste: false });
	if (char === '\r') return press('', { return: true });
	// Ctrl-J: Ink passes a lone line feed through as input, and the note editor takes it as a new line.
	if (char === '\n') return press('\n');
	if (char === '\t') return press('', { tab: true });
	if (char === '\u007f' || char === '\b') return press('', { backspace: true, delete: true });
	if (code < 0x20) return press(String.fromCharCode(code + 96), { ctrl: true });
	return press(char, { shift: char !== char.toLowerCase() });
}

const NAMED_KEYS = ['upArrow', 'downArrow', 'leftArrow', 'rightArrow', 'pageUp', 'pageDown', 'home', 'end', 'return', 'tab', 'backspace', 'delete'] as const;

/**
 * Ink hands over a chunk of plain characters as one input when they arrive together (fast typing, key
 * repeat, `tmux send-keys vq`); only escape sequences come apart. Commands need them one at a time, in order.
 */
export function splitChunk(input: string, key: Key): Keypress[] {
	const chars = [...input];
	// Esc and a key right after it arrive as one chunk (ESC q), which Ink reads as Alt-q. No binding uses Alt
	// with a character, so it is what the reader typed: Esc, then the key (else a picker took `q` as text).
	if (key.meta && !key.escape && !key.ctrl && chars.length === 1 && input >= ' ' && !NAMED_KEYS.some((name) => key[name])) {
		return [{ input: '', key: { ...NO_KEY, escape: true, meta: true }, paste: false }, keyForCharacter(input)];
	}
	const named = key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end || key.escape || key.meta;
	if (chars.length <= 1 || named) return [{ input, key, paste: false }];
	return chars.map(keyForCharacter);
}

export function pasteOf(text: string): Keypress {
	return { input: text, key: NO_KEY, paste: true };
}

/** How Ink reads the bracketed-paste markers (ESC [200~ and ESC [201~): the escape dropped. */
export const PASTE_START = '[200~';
export const PASTE_END = '[201~';
