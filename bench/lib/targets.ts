// Every benchmark says each of its targets in one line of the same form: the figure, the target, whether it is
// met. scripts/bench.mjs gathers these lines at the end of `npm run bench`.
export const TARGET_PREFIX = 'target: ';

export function reportTarget(name: string, figure: string, goal: string, met: boolean): void {
	console.log(`${TARGET_PREFIX}${name}: ${figure} (${goal}) ${met ? 'met' : 'NOT MET'}`);
}
