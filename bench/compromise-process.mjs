#!/usr/bin/env node
// compromise's whole process on a folder of articles, for bench/quotes-process.ts to time: load the library,
// read every file, run quotations() and people() on each, print one JSON array (as `quotes --json` does).
// usage: node bench/compromise-process.mjs FOLDER
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const folder = process.argv[2];
if (!folder) {
	console.error('usage: compromise-process.mjs FOLDER');
	process.exit(2);
}
const results = readdirSync(folder)
	.filter((name) => name.endsWith('.txt'))
	.sort()
	.map((name) => {
		const doc = nlp(readFileSync(join(folder, name), 'utf8'));
		return { file: name, quotes: doc.quotations().out('array'), people: doc.people().out('array') };
	});
process.stdout.write(`${JSON.stringify(results)}\n`);
