/**
 * Search as you type, the way a screen runs it: each key press cancels the search under way and waits
 * for a pause in typing before starting the next, and the search itself yields between its steps, so
 * keys and redraws are never held up. Results of an overtaken query are never reported.
 */
export interface LiveSearchOptions<T> {
	readonly search: (query: string, signal: AbortSignal) => Promise<T>;
	readonly onResult: (query: string, result: T) => void;
	readonly onError?: (query: string, error: unknown) => void;
	/** Quiet time after the last key press before searching. */
	readonly debounceMs?: number;
}

export const DEFAULT_DEBOUNCE_MS = 60;

export class LiveSearch<T> {
	private timer: ReturnType<typeof setTimeout> | null = null;
	private running: AbortController | null = null;

	constructor(private readonly options: LiveSearchOptions<T>) {}

	/** The query as it is now typed. */
	type(query: string): void {
		this.cancel();
		this.timer = setTimeout(() => void this.run(query), this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
	}

	/** Stops what is waiting or running; nothing more is reported until the next `type`. */
	cancel(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		this.running?.abort();
		this.running = null;
	}

	private async run(query: string): Promise<void> {
		this.timer = null;
		const controller = new AbortController();
		this.running = controller;
		try {
			const result = await this.options.search(query, controller.signal);
			if (!controller.signal.aborted) this.options.onResult(query, result);
		} catch (error) {
			if (!controller.signal.aborted) this.options.onError?.(query, error);
		} finally {
			if (this.running === controller) this.running = null;
		}
	}
}
