import { useInput, type Key } from 'ink';

type KeyHandler = (input: string, key: Key) => void;

const NO_KEY: Key = {
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

function keyForCharacter(char: string): [string, Key] {
	const code = char.charCodeAt(0);
	if (char === '\r') return ['', { ...NO_KEY, return: true }];
	// Ctrl-J: Ink passes a lone line feed through as input, and the note editor takes it as a new line.
	if (char === '\n') return ['\n', NO_KEY];
	if (char === '\t') return ['', { ...NO_KEY, tab: true }];
	if (char === '\u007f' || char === '\b') return ['', { ...NO_KEY, backspace: true, delete: true }];
	if (code < 0x20) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
	return [char, { ...NO_KEY, shift: char !== char.toLowerCase() }];
}

/**
 * Ink hands over a chunk of plain characters as one input when they arrive together (fast typing, key
 * repeat, a terminal that batches). Single-key commands need them one at a time, in order.
 */
export function splitKeypresses(input: string, key: Key): Array<[string, Key]> {
	const chars = [...input];
	const named = key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end || key.escape || key.meta;
	if (chars.length <= 1 || named) return [[input, key]];
	return chars.map(keyForCharacter);
}

/** useInput, one key press at a time. */
export function useKeys(handler: KeyHandler, options: { isActive?: boolean } = {}): void {
	useInput((input, key) => {
		for (const [one, oneKey] of splitKeypresses(input, key)) handler(one, oneKey);
	}, options);
}
