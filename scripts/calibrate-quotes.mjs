#!/usr/bin/env node
// How often each rule names the right speaker, by how its subject was resolved and how contested it was:
// the table the confidences in source/core/quotes/attribution/confidence.ts are drawn from.
// usage: node scripts/calibrate-quotes.mjs GOLD.json PRED.json   (PRED from `quotes --json --explain`)
// Matching as scripts/score-quotes.mjs matches (scripts/lib/quote-matching.mjs); only quotes whose speaker gold
// names are counted.
import { readFileSync } from 'node:fs';
import { matchArticle, namesSpeaker, rightSpeaker } from './lib/quote-matching.mjs';

const [goldPath, predPath] = process.argv.slice(2);
if (!goldPath || !predPath) {
	console.error('usage: calibrate-quotes.mjs GOLD.json PRED.json');
	process.exit(2);
}
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const predicted = JSON.parse(readFileSync(predPath, 'utf8'));

const buckets = new Map();
const byConfidence = [];
for (const article of gold) {
	for (const { gold: q, predicted: p } of matchArticle(article, predicted).pairs) {
		if (!p || !namesSpeaker(q)) continue;
		const right = rightSpeaker(q, p.speaker);
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
