import { resolve } from 'node:path';
import type { StoreData } from './format.js';

/** How long an article that was never opened stays marked as new. */
export const ARRIVAL_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;

/** True while the article came in by an import (`add`, `refresh`, `A`, `r`) and has not been opened since. */
export function isNewArrival(data: StoreData, file: string): boolean {
	return data.arrivals?.[resolve(file)] !== undefined;
}

/** Marks the files as new; marks older than ARRIVAL_LIFETIME_MS are dropped on the way. */
export function withArrivals(data: StoreData, files: readonly string[], now: Date): void {
	const oldest = now.getTime() - ARRIVAL_LIFETIME_MS;
	const kept = Object.entries(data.arrivals ?? {}).filter(([, arrival]) => Date.parse(arrival.arrived) >= oldest);
	const arrived = now.toISOString();
	data.arrivals = { ...Object.fromEntries(kept), ...Object.fromEntries(files.map((file) => [resolve(file), { arrived }])) };
}

/** The article was opened: it is no longer new. Returns false when it was not marked (nothing to write). */
export function withoutArrival(data: StoreData, file: string): boolean {
	const key = resolve(file);
	if (data.arrivals?.[key] === undefined) return false;
	const arrivals = { ...data.arrivals };
	delete arrivals[key];
	data.arrivals = arrivals;
	return true;
}
