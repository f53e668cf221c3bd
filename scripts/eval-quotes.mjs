#!/usr/bin/env node
// Scores `marginalia quotes --json` against every gold file under test/fixtures/.
// usage: node scripts/eval-quotes.mjs [--min F1] [--min-speaker ACC] [--verbose]
// Needs a build (npm run build). Exits non-zero when any gold file scores below a threshold.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name) => {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : undefined;
};
const passThrough = [];
for (const name of ['--min', '--min-speaker']) if (option(name) !== undefined) passThrough.push(name, option(name));
if (args.includes('--verbose')) passThrough.push('--verbose');

const GOLD_SETS = [
	{ gold: 'test/fixtures/seeds-gold.json', articles: 'articles' },
	{ gold: 'test/fixtures/quotes/gold.json', articles: 'test/fixtures/quotes/articles' },
];

const scratch = mkdtempSync(join(tmpdir(), 'marginalia-eval-'));
let failed = false;
try {
	for (const { gold, articles } of GOLD_SETS) {
		if (!existsSync(join(root, gold)) || !existsSync(join(root, articles))) continue;
		const predicted = spawnSync(process.execPath, ['dist/cli.js', 'quotes', '--json', articles], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
		if (predicted.status !== 0) {
			console.error(`${gold}: marginalia quotes failed (status ${predicted.status}): ${predicted.stderr.trim()}`);
			failed = true;
			continue;
		}
		const predictions = join(scratch, `${gold.replace(/[^\w.-]+/g, '_')}.pred.json`);
		writeFileSync(predictions, predicted.stdout);
		const scored = spawnSync(process.execPath, ['scripts/score-quotes.mjs', gold, predictions, ...passThrough], { cwd: root, encoding: 'utf8' });
		const report = `${scored.stdout}${scored.stderr}`.trim();
		console.log(`${gold}:\n${report.split('\n').map((line) => `  ${line}`).join('\n')}`);
		if (scored.status !== 0) failed = true;
	}
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
