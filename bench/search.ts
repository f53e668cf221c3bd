// Search and the library index at scale, on a generated library (10,000 articles of ~700 words by default).
// Run: npm run bench:search   (builds first; `-- --articles N` for another size; prints figures and ratios,
// asserts nothing: the machines are shared and noisy)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateLibrary, seededRandom, type GeneratedLibrary } from './library-generator.js';
import type { ProbeInput, ProbeOutput } from './search-probe.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const BUNDLED = join(ROOT, 'articles');
const argument = (name: string) => {
	const at = process.argv.indexOf(name);
	return at >= 0 ? process.argv[at + 1] : undefined;
};
const ARTICLES = Number(argument('--articles') ?? 10_000);
const TMUX_SERVER = `mg-bench-search-${process.pid}`;

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

// ---- the library and the queries ------------------------------------------------------------------------

function paragraphsOf(text: string): string[] {
	return text
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

const typo = {
	drop: (word: string) => word.slice(0, 2) + word.slice(3),
	swap: (word: string) => word.slice(0, 2) + word[3] + word[2] + word.slice(4),
	change: (word: string) => word.slice(0, 3) + (word[3] === 'a' ? 'e' : 'a') + word.slice(4),
};

/** Twenty queries of every kind, with typos, each made from words that are in the library. */
function makeQueries(library: GeneratedLibrary, seed = 7): string[] {
	const random = seededRandom(seed);
	const { lexicon } = library;
	const article = () => library.articles[Math.floor(random() * library.articles.length)]!;
	const bodyWords = () => {
		const paragraphs = paragraphsOf(article().text).slice(1);
		const words = paragraphs[Math.floor(random() * paragraphs.length)]!.toLowerCase().match(/\p{L}+/gu)!.filter((word) => word.length > 5);
		return words;
	};
	const surname = () => library.speakers[Math.floor(random() * library.speakers.length)]!.split(' ')[1]!;
	const pair = () => {
		const words = bodyWords();
		const at = Math.floor(random() * (words.length - 1));
		return [words[at]!, words[at + 1]!];
	};
	const phrase = () => {
		const paragraph = paragraphsOf(article().text)[2]!.toLowerCase().replace(/[^\p{L}\s]/gu, '').split(' ');
		const at = Math.floor(random() * (paragraph.length - 2));
		return `"${paragraph.slice(at, at + 2).join(' ')}"`;
	};
	return [
		lexicon[40]!,
		lexicon[400]!,
		lexicon[4_000]!,
		lexicon[Math.min(lexicon.length - 1, 30_000)]!,
		typo.drop(lexicon[300]!),
		typo.swap(lexicon[2_000]!),
		typo.change(lexicon[900]!),
		pair().join(' '),
		pair().join(' '),
		(() => {
			const [a, b] = pair();
			return `${typo.drop(a!)} ${b}`;
		})(),
		bodyWords().slice(0, 3).join(' '),
		phrase(),
		phrase(),
		`by:${surname().toLowerCase()}`,
		`by:${typo.swap(surname().toLowerCase())} ${lexicon[60]}`,
		surname().toLowerCase(),
		typo.change(surname().toLowerCase()),
		`${lexicon[80]} -${lexicon[10]}`,
		lexicon[700]!.slice(0, 5),
		`${pair()[0]} the`,
	];
}

/** The same query in fzf's syntax: 'exact terms, escaped spaces, !exclusions; by: is just the name. */
function toFzf(query: string): string {
	return query
		.replace(/"([^"]*)"/g, (_, phrase: string) => `'${phrase.replace(/ /g, '\\ ')}`)
		.replace(/by:/g, '')
		.replace(/(^|\s)-(\S)/g, '$1!$2');
}

// ---- measuring ---------------------------------------------------------------------------------------------

/** CPU time (user + system, ms) of the children waited for so far: /proc's cutime and cstime, in ticks of 10 ms. */
function childrenCpuMs(): number {
	const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
	return (Number(fields[13]) + Number(fields[14])) * 10;
}

const hasProc = existsSync('/proc/self/stat');

/** Wall time and, where /proc tells, the CPU time the child processes used. */
function timed(run: () => void): { wall: number; cpu: number } {
	const cpuBefore = hasProc ? childrenCpuMs() : 0;
	const started = performance.now();
	run();
	return { wall: performance.now() - started, cpu: hasProc ? childrenCpuMs() - cpuBefore : NaN };
}

function cli(env: NodeJS.ProcessEnv, args: string[]): { wall: number; cpu: number } {
	return timed(() => {
		const result = spawnSync(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
		if (result.status !== 0 && !(args[0] === 'search' && result.status === 1)) throw new Error(`marginalia ${args.join(' ')}: ${result.stderr}`);
	});
}

const wallAndCpu = (runs: readonly { wall: number; cpu: number }[]) =>
	`${ms(median(runs.map((run) => run.wall)))} (CPU ${hasProc ? ms(median(runs.map((run) => run.cpu))) : 'n/a'})`;

function hasCommand(name: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function tmux(...args: string[]): string {
	return execFileSync('tmux', ['-L', TMUX_SERVER, ...args], { encoding: 'utf8' });
}

let sessions = 0;
/** Milliseconds from starting the reader on `library` until its rows are on the screen. */
async function firstFrame(env: NodeJS.ProcessEnv, library: string, count: number): Promise<number> {
	const session = `frame-${++sessions}`;
	const variables = ['MARGINALIA_CACHE_DIR', 'MARGINALIA_CONFIG_DIR'].map((name) => `${name}=${JSON.stringify(env[name])}`).join(' ');
	const started = performance.now();
	tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', `env -u CI ${variables} ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${JSON.stringify(library)}`);
	const wanted = `${count} articles`;
	for (;;) {
		const screen = tmux('capture-pane', '-p', '-t', session);
		if (screen.includes(wanted)) break;
		if (performance.now() - started > 60_000) throw new Error(`no rows after a minute:\n${screen}`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
	const elapsed = performance.now() - started;
	tmux('send-keys', '-t', session, 'q');
	await new Promise((resolve) => setTimeout(resolve, 200));
	spawnSync('tmux', ['-L', TMUX_SERVER, 'kill-session', '-t', session], { stdio: 'ignore' });
	return elapsed;
}

// ---- the run -------------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'marginalia-bench-search-'));
const libraryDir = join(work, 'library');
const env: NodeJS.ProcessEnv = { ...process.env, MARGINALIA_CACHE_DIR: join(work, 'cache'), MARGINALIA_CONFIG_DIR: join(work, 'config') };
delete env.CI;
const rows: [string, string, string][] = [];
const report = (what: string, figure: string, target = '') => {
	rows.push([what, figure, target]);
	console.log(`  ${what}: ${figure}${target ? `  (${target})` : ''}`);
};

try {
	console.log(`Generating ${ARTICLES.toLocaleString('en-US')} articles…`);
	console.log(`  load average before: ${loadavg().map((load) => load.toFixed(1)).join(', ')} on this machine (a shared one inflates every figure)`);
	const generated = generateLibrary(ARTICLES);
	mkdirSync(libraryDir);
	for (const article of generated.articles) writeFileSync(join(libraryDir, article.name), article.text);
	const paragraphs = generated.articles.flatMap((article) => paragraphsOf(article.text));
	const paragraphFile = join(work, 'paragraphs.txt');
	writeFileSync(paragraphFile, `${paragraphs.join('\n')}\n`);
	const words = generated.articles.reduce((sum, article) => sum + article.text.split(/\s+/).length, 0);
	console.log(`  ${paragraphs.length.toLocaleString('en-US')} paragraphs, ${Math.round(words / ARTICLES)} words an article`);
	const queries = makeQueries(generated);

	console.log('Index build (cold cache, the built CLI):');
	const build = cli(env, ['list', libraryDir, '--json']);
	report('library index build (every file read and analysed; `list`)', `${seconds(build.wall)} (CPU ${seconds(build.cpu)}, worker threads included)`);
	const searchBuild = cli(env, ['search', queries[0]!, libraryDir, '--json']);
	report('search index build (first `search`, one query included)', `${seconds(searchBuild.wall)} (CPU ${seconds(searchBuild.cpu)})`);

	console.log('`list` with a warm cache:');
	const lists = Array.from({ length: 5 }, () => cli(env, ['list', libraryDir, '--json']));
	const listWall = median(lists.map((run) => run.wall));
	report(`list --json over ${ARTICLES.toLocaleString('en-US')} articles, median of 5 (CPU)`, wallAndCpu(lists), `target < 1 s: ${verdict(listWall < 1_000)}`);

	console.log('In process (warm cache):');
	const warmUp = makeQueries(generated, 99).slice(0, 10);
	const probeInput: ProbeInput = { root: ROOT, library: libraryDir, cache: env.MARGINALIA_CACHE_DIR!, queries, warmUp, typed: [queries[7]!, queries[10]!, queries[14]!], keyIntervalMs: 80 };
	const probeRun = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/search-probe.ts'), JSON.stringify(probeInput)], { cwd: ROOT, env, encoding: 'utf8' });
	if (probeRun.status !== 0) throw new Error(`probe failed: ${probeRun.stderr}`);
	const probe = JSON.parse(probeRun.stdout) as ProbeOutput;
	report('cached load: rows of every article (open + check every file + listing)', ms(probe.rowsMs));
	report('cached load: search index (read and ready for a first query)', ms(probe.searchLoadMs));
	report(
		`per query, ${queries.length} queries (typos, phrases, by:, -word), after ${warmUp.length} others: median / worst`,
		`${ms(median(probe.queryMs))} / ${ms(Math.max(...probe.queryMs))}`,
		`target < 50 ms: ${verdict(Math.max(...probe.queryMs) < 50)}`,
	);
	for (const [index, query] of queries.entries()) console.log(`    ${ms(probe.queryMs[index]!).padStart(8)}  ${String(probe.hits[index]).padStart(2)} hits  ${query}`);
	report(
		`longest event-loop delay while typing ${probeInput.typed.length} queries key by key (${probeInput.keyIntervalMs} ms a key; p99)`,
		`${ms(probe.typingMaxDelayMs)} (${ms(probe.typingP99DelayMs)}), ${probe.typingSearches} searches run`,
		`target < 50 ms: ${verdict(probe.typingMaxDelayMs < 50)}`,
	);
	report(
		'memory with the rows and the search index loaded (RSS; heap)',
		`${probe.rssMb} MB (${probe.heapMb} MB heap; ${probe.baselineRssMb} MB before opening the library, tsx included)`,
		`target < 300 MB: ${verdict(probe.rssMb < 300)}`,
	);

	console.log('Whole process, warm cache, beside fzf --filter on the same paragraphs and queries:');
	const searchTimes = queries.map((query) => cli(env, ['search', query, libraryDir, '--json', '--limit', '20']));
	report('marginalia search, median of the 20 queries (CPU)', wallAndCpu(searchTimes));
	if (hasCommand('fzf')) {
		const fzfTimes = queries.map((query) =>
			timed(() => spawnSync('sh', ['-c', 'fzf --filter "$QUERY" < "$INPUT" > /dev/null'], { env: { ...process.env, QUERY: toFzf(query), INPUT: paragraphFile }, stdio: 'ignore' })),
		);
		const ratio = median(searchTimes.map((run) => run.wall)) / median(fzfTimes.map((run) => run.wall));
		report('fzf --filter, median of the same queries (CPU)', wallAndCpu(fzfTimes));
		report('marginalia search / fzf (wall time)', `${ratio.toFixed(2)}×`, `target ≤ 0.5×: ${verdict(ratio <= 0.5)}`);
	} else {
		report('fzf --filter', 'skipped: fzf is not installed (apt-get install fzf)');
	}

	if (hasCommand('tmux')) {
		console.log('First frame with rows (tmux, warm cache, median of 3):');
		cli(env, ['list', BUNDLED, '--json']);
		const bundled = median([await firstFrame(env, BUNDLED, 2), await firstFrame(env, BUNDLED, 2), await firstFrame(env, BUNDLED, 2)]);
		const large = median([await firstFrame(env, libraryDir, ARTICLES), await firstFrame(env, libraryDir, ARTICLES), await firstFrame(env, libraryDir, ARTICLES)]);
		report('bundled library (2 articles)', ms(bundled));
		report(`${ARTICLES.toLocaleString('en-US')} articles`, ms(large));
		report('first frame ratio', `${(large / bundled).toFixed(2)}×`, `target ≤ 1.5×: ${verdict(large / bundled <= 1.5)}`);
	} else {
		report('first frame', 'skipped: tmux is not installed');
	}
	report('load average at the end (1, 5, 15 min)', loadavg().map((load) => load.toFixed(1)).join(', '));
} finally {
	spawnSync('tmux', ['-L', TMUX_SERVER, 'kill-server'], { stdio: 'ignore' });
	rmSync(work, { recursive: true, force: true });
}

console.log(`\n| figure | value | target |\n| --- | --- | --- |\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}`);
