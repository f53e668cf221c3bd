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

// The sets the engine was tuned on must meet the thresholds given. The hidden set (written by a session
// that never saw the engine, and never tuned on) stands for news we do not have: it must meet the targets
// set for unseen articles, quote F1 0.95 and speaker accuracy 0.90.
const UNSEEN_TARGETS = ['--min', '0.95', '--min-speaker', '0.90'];
const GOLD_SETS = [
	{ gold: 'test/fixtures/seeds-gold.json', articles: 'articles' },
	{ gold: 'test/fixtures/quotes/gold.json', articles: 'test/fixtures/quotes/articles' },
	{ gold: 'test/fixtures/quotes-dev/gold.json', articles: 'test/fixtures/quotes-dev/articles' },
	{ gold: 'test/fixtures/quotes-dev2/gold.json', articles: 'test/fixtures/quotes-dev2/articles' },
	{ gold: 'test/fixtures/quotes-hidden/gold.json', articles: 'test/fixtures/quotes-hidden/articles', thresholds: UNSEEN_TARGETS },
];

const scratch = mkdtempSync(join(tmpdir(), 'marginalia-eval-'));
let failed = false;
try {
	for (const { gold, articles, thresholds } of GOLD_SETS) {
		if (!existsSync(join(root, gold)) || !existsSync(join(root, articles))) continue;
		const predicted = spawnSync(process.execPath, ['dist/cli.js', 'quotes', '--json', articles], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
		if (predicted.status !== 0) {
			console.error(`${gold}: marginalia quotes failed (status ${predicted.status}): ${predicted.stderr.trim()}`);
			failed = true;
			continue;
		}
		const predictions = join(scratch, `${gold.replace(/[^\w.-]+/g, '_')}.pred.json`);
		writeFileSync(predictions, predicted.stdout);
		const options = thresholds === undefined ? passThrough : [...thresholds, ...passThrough.filter((arg) => arg === '--verbose')];
		const scored = spawnSync(process.execPath, ['scripts/score-quotes.mjs', gold, predictions, ...options], { cwd: root, encoding: 'utf8' });
		const report = `${scored.stdout}${scored.stderr}`.trim();
		console.log(`${gold}:\n${report.split('\n').map((line) => `  ${line}`).join('\n')}`);
		if (scored.status !== 0) failed = true;
	}
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
