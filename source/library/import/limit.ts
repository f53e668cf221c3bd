/** Runs at most `concurrency` of the tasks given to it at once, the rest in the order they came. */
export function concurrencyLimit(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
	let running = 0;
	const waiting: (() => void)[] = [];
	const next = () => {
		running--;
		waiting.shift()?.();
	};
	return async (task) => {
		if (running >= Math.max(1, concurrency)) await new Promise<void>((resolve) => waiting.push(resolve));
		running++;
		try {
			return await task();
		} finally {
			next();
		}
	};
}
