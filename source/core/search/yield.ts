/** Lets key presses and redraws in between: search and index work never holds the event loop for long. */
export function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}
