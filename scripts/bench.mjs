// Runs every benchmark under bench/ one after another and prints their figures, then the lines that hold a
// ratio or a target together at the end. Run: npm run bench   (needs a built dist/ and tmux for startup)
// Usage: node scripts/bench.mjs [name filter...]
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);
const benches = readdirSync(join(root, 'bench'))
  .filter((name) => name.endsWith('.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();
const summary = [];
let failed = false;
for (const name of benches) {
  console.log(`\n== bench/${name}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('bench', name)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(result.stdout);
  if (result.status !== 0) {
    failed = true;
    summary.push(`bench/${name}: failed (status ${result.status})`);
    continue;
  }
  for (const line of result.stdout.split('\n')) if (/×|target/.test(line)) summary.push(`bench/${name}: ${line.trim()}`);
}
console.log('\n== ratios and targets');
for (const line of summary) console.log(line);
process.exit(failed ? 1 : 0);
