// What importing a web page costs, and why linkedom is the DOM under Readability rather than jsdom.
// Run: npm run bench:import   (prints figures and ratios; asserts nothing about timings)
// jsdom is not a dependency: to measure it beside linkedom, `npm install --no-save jsdom@29.1.1` first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToArticle } from '../source/core/import/html-article.js';
import { median } from './lib/timing.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * A page the size and shape of a real news page (~370 KB): the Euromaidan fixture with a mega-menu of 400
 * sections, 40 inline SVG icons, 30 related-story cards, 60 comments and a 190 KB JSON state blob.
 */
function realisticPage(): string {
	const base = readFileSync(join(ROOT, 'test/fixtures/import/zakharova.html'), 'utf8');
	const menu = Array.from({ length: 400 }, (_, i) => `<li class="menu-item"><a href="/section/${i}/">Section ${i}</a><ul class="sub"><li><a href="/section/${i}/a">Sub a</a></li><li><a href="/section/${i}/b">Sub b</a></li></ul></li>`).join('');
	const icons = Array.from({ length: 40 }, (_, i) => `<svg viewBox="0 0 24 24" class="icon icon-${i}"><path d="M${i} 2 L22 12 L2 22 Z M4 4 h16 v16 h-16 z"/><circle cx="12" cy="12" r="${i % 10}"/></svg>`).join('');
	const state = `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: Array.from({ length: 1500 }, (_, i) => ({ id: i, title: `Story number ${i} about things`, url: `/story/${i}`, tags: ['a', 'b', 'c'], body: 'lorem ipsum dolor sit amet '.repeat(3) })) })}</script>`;
	const comments = Array.from({ length: 60 }, (_, i) => `<div class="comment"><span class="author">Reader ${i}</span><p>I think comment number ${i} makes a fair point about the situation, and more should be said.</p><a href="#reply">Reply</a></div>`).join('');
	const cards = Array.from({ length: 30 }, (_, i) => `<div class="card"><a href="/r/${i}"><img src="/i/${i}.jpg" alt=""><h3>Related story ${i} headline goes here</h3></a><p>Teaser for story ${i}.</p></div>`).join('');
	return base
		.replace('<nav class="main-navigation" aria-label="Main menu">', `<nav class="main-navigation" aria-label="Main menu"><ul class="mega">${menu}</ul>${icons}`)
		.replace('</main>', `<section class="more">${cards}</section><section class="comments">${comments}</section></main>${state}`);
}

function folderBytes(dir: string, skip: readonly string[] = []): number {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (skip.includes(path)) continue;
		total += entry.isDirectory() ? folderBytes(path, skip) : statSync(path).size;
	}
	return total;
}

/** Where Node would find `name` from `from`: its own node_modules, then each parent's (packages need not export package.json). */
function packageFolder(name: string, from: string): string | null {
	for (let dir = from; ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', name);
		if (existsSync(join(candidate, 'package.json'))) return candidate;
		if (dirname(dir) === dir) return null;
	}
}

/** A package and everything it depends on, as installed: how many packages and how many bytes on disk. */
function installSize(name: string): { packages: number; bytes: number } {
	const seen = new Set<string>();
	const visit = (pkg: string, from: string) => {
		const folder = packageFolder(pkg, from);
		if (!folder || seen.has(folder)) return;
		seen.add(folder);
		const { dependencies = {} } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
		for (const dependency of Object.keys(dependencies)) visit(dependency, folder);
	};
	visit(name, ROOT);
	// A package's own node_modules is counted with its dependencies, not twice.
	const bytes = [...seen].reduce((sum, folder) => sum + folderBytes(folder, [...seen].filter((other) => other.startsWith(`${folder}/node_modules/`))), 0);
	return { packages: seen.size, bytes };
}

const html = realisticPage();
const iterations = 15;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`page: ${Math.round(html.length / 1024)} KB of HTML, ${iterations} runs each, median`);

const linkedomMs = median(() => new Readability(parseHTML(html).document).parse(), iterations);
const ours = median(() => htmlToArticle(html, { url: 'http://news.test/story' }), iterations);
const linkedomSize = installSize('linkedom');
const rows: string[][] = [['DOM', 'parse + Readability (ms)', 'install', 'packages']];
rows.push(['linkedom', linkedomMs.toFixed(1), megabytes(linkedomSize.bytes), String(linkedomSize.packages)]);

let jsdomMs: number | null = null;
try {
	const { JSDOM } = (await import('jsdom' as string)) as { JSDOM: new (html: string, options: object) => { window: { document: Document } } };
	jsdomMs = median(() => new Readability(new JSDOM(html, { url: 'http://news.test/story' }).window.document).parse(), iterations);
	const jsdomSize = installSize('jsdom');
	rows.push(['jsdom', jsdomMs.toFixed(1), megabytes(jsdomSize.bytes), String(jsdomSize.packages)]);
} catch {
	rows.push(['jsdom', 'not installed (npm install --no-save jsdom@29.1.1)', '', '']);
}
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(i === 0 ? 10 : 26)).join(''));
if (jsdomMs !== null) console.log(`jsdom / linkedom: ${(jsdomMs / linkedomMs).toFixed(1)}× the time`);
console.log(`the whole import of the page (furniture removed, Readability, metadata, paragraphs): ${ours.toFixed(1)} ms`);
