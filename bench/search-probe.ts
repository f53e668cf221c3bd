// Run by bench/search.ts in a process of its own (compiled modules from dist/): what the app would do with
// a warm library index: load the rows, load the search index, answer queries, and type a query key by key
// while measuring the event loop's longest delay. Prints one JSON object.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

export interface ProbeInput {
	readonly root: string;
	readonly library: string;
	readonly cache: string;
	readonly queries: readonly string[];
	/** Run first, untimed: the app answers queries with its code already compiled by the JIT. */
	readonly warmUp: readonly string[];
	readonly typed: readonly string[];
	readonly keyIntervalMs: number;
}

export interface ProbeOutput {
	readonly baselineRssMb: number;
	readonly rowsMs: number;
	readonly rows: number;
	readonly searchLoadMs: number;
	readonly queryMs: readonly number[];
	readonly hits: readonly number[];
	readonly typingMaxDelayMs: number;
	readonly typingP99DelayMs: number;
	readonly typingSearches: number;
	readonly rssMb: number;
	readonly heapMb: number;
}

const input = JSON.parse(process.argv[2]!) as ProbeInput;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const dist = (path: string) => pathToFileURL(join(input.root, 'dist', path)).href;

type LibraryModule = typeof import('../source/library/index/library.js');
type LiveSearchModule = typeof import('../source/library/index/live-search.js');
const { Library } = (await import(dist('library/index/library.js'))) as LibraryModule;
const { LiveSearch } = (await import(dist('library/index/live-search.js'))) as LiveSearchModule;
const baselineRssMb = mb(process.memoryUsage().rss);

let started = performance.now();
const library = Library.open([input.library], { cacheDir: input.cache });
await library.update({ threads: 0 });
const listing = library.listing();
const rowsMs = performance.now() - started;

started = performance.now();
await library.search('zzzzzz', { limit: 1 });
const searchLoadMs = performance.now() - started;

for (const query of input.warmUp) await library.search(query, { limit: 20 });

const queryMs: number[] = [];
const hits: number[] = [];
for (const query of input.queries) {
	started = performance.now();
	const found = await library.search(query, { limit: 20 });
	queryMs.push(performance.now() - started);
	hits.push(found.length);
}

// Typing: one key every keyIntervalMs, the search run between keys as a screen would run it.
const histogram = monitorEventLoopDelay({ resolution: 1 });
let typingSearches = 0;
const live = new LiveSearch({
	search: (query, signal) => library.search(query, { limit: 50, signal }),
	onResult: () => typingSearches++,
});
histogram.enable();
for (const query of input.typed) {
	for (let length = 1; length <= query.length; length++) {
		live.type(query.slice(0, length));
		await new Promise((resolve) => setTimeout(resolve, input.keyIntervalMs));
	}
	await new Promise((resolve) => setTimeout(resolve, 400));
}
histogram.disable();
live.cancel();

const memory = process.memoryUsage();
const output: ProbeOutput = {
	baselineRssMb,
	rowsMs,
	rows: listing.articles.length,
	searchLoadMs,
	queryMs,
	hits,
	typingMaxDelayMs: histogram.max / 1e6,
	typingP99DelayMs: histogram.percentile(99) / 1e6,
	typingSearches,
	rssMb: mb(memory.rss),
	heapMb: mb(memory.heapUsed),
};
process.stdout.write(JSON.stringify(output));
