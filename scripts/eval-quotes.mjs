#!/usr/bin/env node
// Scores `marginalia quotes --json` against every gold file under test/fixtures/, and the real news in
// ../shared/realnews/ when it is there: dev always, train with --train.
// usage: node scripts/eval-quotes.mjs [--min F1] [--min-speaker ACC] [--train] [--verbose]
// Needs a build (npm run build). Exits non-zero when any gold file scores below a threshold.
// Each set prints quote F1 and speaker accuracy, then the accuracy of the sure attributions and their share.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

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
// Real news (never copied into the repository): beside the checkout (../shared) or, from a worktree, one
// level further up; MARGINALIA_REALNEWS names it anywhere else. Its targets: quote F1 0.975, speaker
// accuracy 0.93, sure attributions 0.97 right covering 85% of scored quotes.
const REAL_NEWS_TARGETS = ['--min', '0.975', '--min-speaker', '0.93', '--min-sure', '0.97', '--min-coverage', '0.85'];
const realNews = [process.env.MARGINALIA_REALNEWS, '../shared/realnews', '../../shared/realnews']
	.filter((candidate) => candidate !== undefined && candidate !== '')
	.map((candidate) => resolve(root, candidate))
	.find((candidate) => existsSync(join(candidate, 'dev', 'gold.json')));
const realNewsSets = realNews === undefined ? [] : (args.includes('--train') ? ['dev', 'train'] : ['dev']).map((set) => ({
	gold: relative(root, join(realNews, set, 'gold.json')),
	articles: relative(root, join(realNews, set, 'articles')),
	thresholds: set === 'dev' ? REAL_NEWS_TARGETS : undefined,
}));

const GOLD_SETS = [
	{ gold: 'test/fixtures/seeds-gold.json', articles: 'articles' },
	{ gold: 'test/fixtures/quotes/gold.json', articles: 'test/fixtures/quotes/articles' },
	{ gold: 'test/fixtures/quotes-dev/gold.json', articles: 'test/fixtures/quotes-dev/articles' },
	{ gold: 'test/fixtures/quotes-dev2/gold.json', articles: 'test/fixtures/quotes-dev2/articles' },
	{ gold: 'test/fixtures/quotes-hidden/gold.json', articles: 'test/fixtures/quotes-hidden/articles', thresholds: UNSEEN_TARGETS },
	...realNewsSets,
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
		// The train set is for tuning: it prints its figures and holds no thresholds of its own.
		const verbose = passThrough.filter((arg) => arg === '--verbose');
		const options = thresholds !== undefined ? [...thresholds, ...verbose] : gold.includes('realnews') ? verbose : passThrough;
		const scored = spawnSync(process.execPath, ['scripts/score-quotes.mjs', gold, predictions, ...options], { cwd: root, encoding: 'utf8' });
		const report = `${scored.stdout}${scored.stderr}`.trim();
		console.log(`${gold}:\n${report.split('\n').map((line) => `  ${line}`).join('\n')}`);
		if (scored.status !== 0) failed = true;
	}
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
