// Runs every benchmark under bench/ one after another and prints their figures, then each target's figure and
// whether it is met, gathered from the benchmarks' `target: ` lines (bench/lib/targets.ts), and the load of the
// machine (a shared machine inflates every figure). Benchmarks assert nothing: the exit status is 1 only when
// one of them failed to run. Run: npm run bench   (needs a built dist/ and tmux for the terminal figures)
// Usage: node scripts/bench.mjs [name filter...]
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const TARGET_PREFIX = 'target: ';
const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);
// Modules that other benchmarks import, not benchmarks themselves.
const HELPERS = new Set(['library-generator.ts', 'search-probe.ts', 'paste.ts']);
// compromise-process.mjs is run by quotes-process.ts; only .ts files are benchmarks.
const benches = readdirSync(join(root, 'bench'))
  .filter((name) => name.endsWith('.ts') && !HELPERS.has(name))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();
const targets = [];
const failures = [];
const load = () => loadavg().map((value) => value.toFixed(1)).join(', ');
const loadBefore = load();
for (const name of benches) {
  console.log(`\n== bench/${name}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('bench', name)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(result.stdout);
  if (result.status !== 0) failures.push(`bench/${name}: failed (status ${result.status})`);
  for (const line of result.stdout.split('\n')) if (line.startsWith(TARGET_PREFIX)) targets.push({ bench: name, line: line.slice(TARGET_PREFIX.length) });
}
console.log('\n== targets');
for (const { bench, line } of targets) console.log(`${line.endsWith('NOT MET') ? '✗' : '✓'} bench/${bench}: ${line}`);
for (const failure of failures) console.log(`✗ ${failure}`);
const met = targets.filter(({ line }) => !line.endsWith('NOT MET')).length;
console.log(`${met} of ${targets.length} targets met${failures.length > 0 ? `; ${failures.length} benchmark(s) failed to run` : ''}. Load average before: ${loadBefore}; after: ${load()} (1, 5, 15 min).`);
process.exit(failures.length > 0 ? 1 : 0);
