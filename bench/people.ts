// Who said what at scale, on a generated library (10,000 articles by default): `speakers`, `quotes --speaker`,
// the people screen's counts and one person's quotes, search by:, each without and with the reader's
// corrections (quote corrections in many articles, merges and renames).
// Run: npm run bench:people   (builds first; `-- --articles N` for another size; prints figures and ratios,
// asserts nothing: the machines are shared and noisy)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Correction } from '../source/core/annotations/corrections.js';
import { correctSummaries, personQuotes } from '../source/core/library/corrected-library.js';
import { gatherPeople, type Person } from '../source/core/library/people.js';
import { Library } from '../source/library/index/library.js';
import { indexQuoteSource } from '../source/library/index/quote-source.js';
import { openStore } from '../source/store/index.js';
import { generateLibrary } from './library-generator.js';
import { reportTarget } from './lib/targets.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const argument = (name: string) => {
	const at = process.argv.indexOf(name);
	return at >= 0 ? process.argv[at + 1] : undefined;
};
const ARTICLES = Number(argument('--articles') ?? 10_000);
/** Quote corrections, one an article, and merges and renames: far more than a reader makes. */
const QUOTE_CORRECTIONS = 200;
const NAME_CORRECTIONS = 50;

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
const rows: [string, string, string][] = [];
const report = (what: string, figure: string, target = '') => {
	rows.push([what, figure, target]);
	console.log(`  ${what}: ${figure}${target ? `  (${target})` : ''}`);
	// "target < 1 s: ok" → one target line for npm run bench
	const goal = /^target (.+): (ok|MISSED)$/.exec(target);
	if (goal) reportTarget(what, figure, goal[1]!, goal[2] === 'ok');
};

/** CPU time (user + system, ms) of the children waited for so far: /proc's cutime and cstime, in ticks of 10 ms. */
function childrenCpuMs(): number {
	if (!existsSync('/proc/self/stat')) return NaN;
	const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
	return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** The CPU time of each CLI run, beside its wall time: on a shared machine the wall time waits for the CPU. */
const cpuOfRuns: number[] = [];

function cli(env: NodeJS.ProcessEnv, args: string[]): number {
	const cpuBefore = childrenCpuMs();
	const started = performance.now();
	const result = spawnSync(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
	if (result.status !== 0 && !(args[0] === 'search' && result.status === 1)) throw new Error(`marginalia ${args.join(' ')}: ${result.stderr}`);
	cpuOfRuns.push(childrenCpuMs() - cpuBefore);
	return performance.now() - started;
}

/** Median wall time of `runs` CLI runs, and the median CPU time they used. */
function cliMedian(runs: number, env: NodeJS.ProcessEnv, args: string[]): { wall: number; cpu: number } {
	cpuOfRuns.length = 0;
	const wall = medianOf(runs, () => cli(env, args));
	return { wall, cpu: median(cpuOfRuns) };
}

const medianOf = (runs: number, run: () => number) => median(Array.from({ length: runs }, run));
const timedMs = <T>(run: () => T): [T, number] => {
	const started = performance.now();
	const value = run();
	return [value, performance.now() - started];
};

const work = mkdtempSync(join(tmpdir(), 'marginalia-bench-people-'));
const libraryDir = join(work, 'library');
const env: NodeJS.ProcessEnv = { ...process.env, MARGINALIA_CACHE_DIR: join(work, 'cache'), MARGINALIA_CONFIG_DIR: join(work, 'config') };
delete env.CI;

try {
	console.log(`Generating ${ARTICLES.toLocaleString('en-US')} articles…  (load average ${loadavg().map((load) => load.toFixed(1)).join(', ')})`);
	mkdirSync(libraryDir);
	for (const article of generateLibrary(ARTICLES).articles) writeFileSync(join(libraryDir, article.name), article.text);
	const { store } = await openStore({ configDir: env.MARGINALIA_CONFIG_DIR! });
	store.setSetting('library', libraryDir);
	console.log('Building the library index (`list`, cold)…');
	report('library index build (every file read and analysed)', ms(cli(env, ['list', '--json'])));

	const library = Library.open([libraryDir], { cacheDir: env.MARGINALIA_CACHE_DIR! });
	await library.update();
	const source = indexQuoteSource(library);
	const [top, second] = gatherPeople(correctSummaries(source, [])) as [Person, Person];
	console.log(`  most quoted: ${top.name}, ${top.quotes} quotes in ${top.articles} articles`);

	const measure = (label: string, corrections: readonly Correction[]) => {
		console.log(`${label}:`);
		// `list` reads the same index and is measured by bench:search: the ratio says what speakers adds, whatever the load.
		const list = cliMedian(5, env, ['list', '--json']);
		const speakers = cliMedian(5, env, ['speakers', '--json']);
		const speakersMs = speakers.wall;
		report(`${label}: list --json (the index alone), warm cache, median of 5 (CPU)`, `${ms(list.wall)} (${ms(list.cpu)})`);
		report(
			`${label}: speakers --json over ${ARTICLES.toLocaleString('en-US')} articles, warm cache, median of 5 (CPU)`,
			`${ms(speakers.wall)} (${ms(speakers.cpu)}); ${(speakers.wall / list.wall).toFixed(2)}× list`,
			`target < 1 s: ${verdict(speakers.wall < 1_000)}`,
		);
		const bySpeaker = cliMedian(3, env, ['quotes', '--json', '--speaker', top.name.split(' ')[1]!.toLowerCase()]);
		report(`${label}: quotes --speaker (the most quoted, by surname), median of 3 (CPU)`, `${ms(bySpeaker.wall)} (${ms(bySpeaker.cpu)})`, `target < 1 s: ${verdict(bySpeaker.wall < 1_000)}`);
		const people = gatherPeople(correctSummaries(source, corrections));
		const peopleMs = medianOf(5, () => timedMs(() => gatherPeople(correctSummaries(source, corrections)))[1]);
		report(`${label}: the people screen's list (every speaker counted, in process), median of 5`, `${ms(peopleMs)} for ${people.length.toLocaleString('en-US')} people`);
		const summaries = correctSummaries(source, corrections);
		const quotes = personQuotes(source, summaries, top.key, corrections);
		const quotesOfMs = medianOf(5, () => timedMs(() => personQuotes(source, summaries, top.key, corrections))[1]);
		report(`${label}: Enter on the most quoted (their quotes read from the index), median of 5`, `${ms(quotesOfMs)} for ${quotes.length} quotes`);
		return { speakersMs, peopleMs };
	};

	const plain = measure('no corrections', []);
	const byMs = async (corrections: readonly Correction[]) => {
		await library.search(`by:${top.name.split(' ')[1]!.toLowerCase()}`, { limit: 20, corrections });
		const runs: number[] = [];
		for (let run = 0; run < 5; run++) {
			const started = performance.now();
			await library.search(`by:${top.name.split(' ')[1]!.toLowerCase()}`, { limit: 20, corrections });
			runs.push(performance.now() - started);
		}
		return median(runs);
	};
	const byPlain = await byMs([]);
	report('no corrections: search by:surname in process, median of 5', ms(byPlain));

	console.log(`Adding ${QUOTE_CORRECTIONS} quote corrections (one an article) and ${NAME_CORRECTIONS} merges and renames…`);
	const rowsNow = library.rows();
	for (let index = 0, at = 0; index < QUOTE_CORRECTIONS && at < rowsNow.length; index++) {
		let row = rowsNow[at]!;
		let stored = library.quotesIn(row.path)!;
		while (!stored.quotes.some((candidate) => candidate.kind === 'direct')) {
			row = rowsNow[++at]!;
			stored = library.quotesIn(row.path)!;
		}
		at += Math.max(1, Math.floor(rowsNow.length / QUOTE_CORRECTIONS));
		const quote = stored.quotes.find((candidate) => candidate.kind === 'direct')!;
		store.addCorrection({ kind: 'set', file: row.path, text: stored.text, fingerprint: '', start: quote.start, end: quote.end, from: quote.speaker, to: index % 2 ? second.name : 'Somebody Else' });
	}
	// Merged into the second most quoted and renamed: the most quoted, measured, is one the corrections leave alone.
	const names = gatherPeople(correctSummaries(source, [])).slice(2, 2 + NAME_CORRECTIONS);
	names.forEach((person, index) => store.addCorrection(index % 2 ? { kind: 'merge', from: person.name, to: second.name } : { kind: 'rename', from: person.name, to: `${person.name} Jr` }));
	const corrections = store.corrections();
	const corrected = measure('with corrections', corrections);
	const byCorrected = await byMs(corrections);
	report('with corrections: search by:surname in process, median of 5', ms(byCorrected));
	report('speakers --json with corrections / without', `${(corrected.speakersMs / plain.speakersMs).toFixed(2)}×`);
	report('people list with corrections / without', `${(corrected.peopleMs / plain.peopleMs).toFixed(2)}×`);
	report('search by: with corrections / without', `${(byCorrected / byPlain).toFixed(2)}×`);
	report('load average at the end (1, 5, 15 min)', loadavg().map((load) => load.toFixed(1)).join(', '));
} finally {
	rmSync(work, { recursive: true, force: true });
}

console.log(`\n| figure | value | target |\n| --- | --- | --- |\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}`);
