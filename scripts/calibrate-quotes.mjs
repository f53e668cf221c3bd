#!/usr/bin/env node
// How often each rule names the right speaker, by how its subject was resolved and how contested it was:
// the table the confidences in source/core/quotes/attribution/confidence.ts are drawn from.
// usage: node scripts/calibrate-quotes.mjs GOLD.json PRED.json   (PRED from `quotes --json --explain`)
// Matching as in scripts/score-quotes.mjs; only quotes whose speaker gold names are counted.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [goldPath, predPath] = process.argv.slice(2);
if (!goldPath || !predPath) {
	console.error('usage: calibrate-quotes.mjs GOLD.json PRED.json');
	process.exit(2);
}
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const predicted = JSON.parse(readFileSync(predPath, 'utf8'));

const norm = (s) => s.normalize('NFKC').replace(/[“”„‟"«»]/g, '').replace(/[‘’‚‛]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
const words = (s) => norm(s).split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
const STOP = new Set(['mr', 'mrs', 'ms', 'dr', 'the', 'a', 'an', 'of', 'and', 'sen', 'rep', 'gov', 'president', 'former', 'spokesman', 'spokeswoman']);
const nameTokens = (s) => (s.match(/\p{Lu}[\p{L}'’-]+/gu) || []).map((t) => t.toLowerCase().replace(/[’']s$/, '')).filter((t) => !STOP.has(t));
function speakerMatch(g, p) {
	if (!p) return false;
	const gn = norm(g), pn = norm(p);
	if (!gn || !pn) return false;
	if (gn.includes(pn) || pn.includes(gn)) return true;
	const gt = new Set(nameTokens(g));
	return nameTokens(p).some((t) => gt.has(t));
}
function quoteMatch(g, p) {
	const a = norm(g), b = norm(p);
	if (!a || !b) return false;
	const [s, l] = a.length <= b.length ? [a, b] : [b, a];
	return l.includes(s) && words(s).length >= 0.6 * words(l).length;
}

const buckets = new Map();
const byConfidence = [];
for (const article of gold) {
	const entry = predicted.find((x) => basename(x.file ?? '') === article.file);
	if (!entry) continue;
	const scare = (article.scare_quotes ?? []).map((t) => (typeof t === 'string' ? t : t.text));
	const quotes = entry.quotes.filter((q) => words(q.text).length >= 4 && q.kind !== 'scare' && q.kind !== 'title' && !scare.some((t) => quoteMatch(t, q.text) && words(q.text).length <= words(t).length));
	const used = new Set();
	for (const q of article.quotes.filter((x) => words(x.text).length >= 4)) {
		const i = quotes.findIndex((x, k) => !used.has(k) && quoteMatch(q.text, x.text));
		if (i < 0) continue;
		used.add(i);
		if (!q.speaker || q.pronoun || q.unnamed) continue;
		const p = quotes[i];
		const right = [q.speaker, ...(q.speaker_candidates ?? [])].some((g) => speakerMatch(g, p.speaker));
		const evidence = p.evidence ?? { resolution: null, distance: 0, rivals: 0 };
		const key = [p.rule ?? 'none', evidence.resolution ?? '-', `d${Math.min(evidence.distance, 2)}`, `r${Math.min(evidence.rivals, 2)}`].join(' ');
		const bucket = buckets.get(key) ?? { n: 0, right: 0 };
		bucket.n++;
		if (right) bucket.right++;
		buckets.set(key, bucket);
		byConfidence.push([p.confidence, right]);
	}
}
console.log('rule resolution distance rivals: quotes, right');
for (const [key, { n, right }] of [...buckets].sort((a, b) => b[1].n - a[1].n)) {
	console.log(`${key.padEnd(48)} ${String(n).padStart(5)}  ${(right / n).toFixed(3)}`);
}
console.log('\nconfidence threshold: share of quotes at or above it, and how many of those are right');
for (const threshold of [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5]) {
	const sure = byConfidence.filter(([c]) => c >= threshold);
	console.log(`>= ${threshold.toFixed(2)}: covering ${(sure.length / byConfidence.length).toFixed(3)}, right ${(sure.filter(([, r]) => r).length / Math.max(1, sure.length)).toFixed(3)}`);
}
