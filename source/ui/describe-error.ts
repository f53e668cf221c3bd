/** An error as one line for a message line: its message's first line (a stack or a detail below is dropped). */
export function describeError(error: unknown): string {
	return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
