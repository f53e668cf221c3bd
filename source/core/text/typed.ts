/** The keys a typed field reacts to (Ink's Key has them all). */
export interface TypingKey {
	readonly backspace: boolean;
	readonly delete: boolean;
	readonly ctrl: boolean;
	readonly meta: boolean;
}

/**
 * A field typed straight into state: a text-input component mounted on a key would miss a key typed before it
 * subscribes. Backspace removes a character; control keys are ignored.
 */
export function editQuery(query: string, input: string, key: TypingKey): string {
	if (key.backspace || key.delete) return [...query].slice(0, -1).join('');
	if (key.ctrl || key.meta || input === '' || /[\u0000-\u001f\u007f]/.test(input)) return query;
	return query + input;
}
