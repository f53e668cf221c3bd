import { useInput, useStdin, type Key } from 'ink';
import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import { PASTE_END, PASTE_START, keyForCharacter, pasteOf, splitChunk, type Keypress } from './keypress.js';

/**
 * Who is offered a key first. Higher goes first; a handler that returns true takes the key and nobody
 * after it sees it. Within one priority the latest subscriber goes first.
 *
 * - overlay: something drawn over the whole screen (help); takes every key while open.
 * - panel: a part of a screen that owns the keys while open, mounted and unmounted with it.
 * - screen: the screen shown (library, reader, notes, and new ones: search, people, add).
 * - app: the keys of every screen (q back, ? help, m notes, Ctrl-C, Ctrl-Z), for what the screen left.
 *
 * A mode that starts on a key and must see the keys typed right after it (the note editor after `a`, the
 * speakers panel after `S`) keeps its state in the screen's synchronous reducer and is served by the
 * screen's handler: a component mounted by a key subscribes only after React renders, too late for the rest
 * of the chunk.
 */
export const KeyPriority = { app: 0, screen: 10, panel: 20, overlay: 30 } as const;

/** Returns true when it took the key. */
export type KeypressHandler = (press: Keypress) => boolean;

interface Subscriber {
	readonly handler: { readonly current: KeypressHandler };
	readonly priority: number;
	readonly order: number;
}

interface KeypressContextValue {
	subscribe(handler: { readonly current: KeypressHandler }, priority: number): () => void;
}

const KeypressContext = createContext<KeypressContextValue | null>(null);

export function useKeypressContext(): KeypressContextValue {
	const context = useContext(KeypressContext);
	if (!context) throw new Error('useKeypress needs a KeypressProvider above it');
	return context;
}

/**
 * The one reader of keys: chunks are split here, once, and each key is offered to the subscribers in order
 * of priority until one takes it. A bracketed paste is offered whole; if nobody takes it, it is offered again
 * one character at a time, as if typed.
 */
export function KeypressProvider({ children }: { readonly children: ReactNode }) {
	const subscribers = useRef<Subscriber[]>([]);
	const counter = useRef(0);
	const pasting = useRef<string[] | null>(null);
	const { isRawModeSupported } = useStdin();

	const subscribe = useCallback((handler: { readonly current: KeypressHandler }, priority: number) => {
		const subscriber: Subscriber = { handler, priority, order: counter.current++ };
		subscribers.current = [...subscribers.current, subscriber].sort((a, b) => b.priority - a.priority || b.order - a.order);
		return () => {
			subscribers.current = subscribers.current.filter((entry) => entry !== subscriber);
		};
	}, []);

	const offer = useCallback((press: Keypress): boolean => {
		for (const subscriber of subscribers.current) if (subscriber.handler.current(press)) return true;
		return false;
	}, []);

	const onInput = useCallback(
		(input: string, key: Key) => {
			if (input === PASTE_START && !key.ctrl) {
				pasting.current = [];
				return;
			}
			if (pasting.current) {
				if (input !== PASTE_END) {
					pasting.current.push(key.return ? '\r' : key.tab ? '\t' : input);
					return;
				}
				const text = pasting.current.join('');
				pasting.current = null;
				if (!offer(pasteOf(text))) for (const char of text) offer(keyForCharacter(char));
				return;
			}
			for (const press of splitChunk(input, key)) offer(press);
		},
		[offer],
	);
	// Ink reads stdin only for a useInput; in a pipe (no raw mode) there are no keys to read.
	useInput(onInput, { isActive: isRawModeSupported === true });

	const value = useMemo(() => ({ subscribe }), [subscribe]);
	return <KeypressContext.Provider value={value}>{children}</KeypressContext.Provider>;
}
