// Throughput of the quote engine against compromise on the same ~5,000-word article.
// Run: npx tsx bench/quotes.ts   (prints figures; asserts nothing about timings)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { parseArticle, type Article } from '../source/core/article/article.js';
import { countWords } from '../source/core/text/article-text.js';
import { analyseQuotes } from '../source/core/quotes/index.js';

const TARGET_WORDS = 5_000;
const SEEDS = ['articles/russia-warns-peacekeepers-direct-confrontation.txt', 'articles/lavrov-no-compromise-on-peacekeepers.txt'];
/** Name swaps so the long article is not one text repeated: each round quotes different people. */
const CAST: readonly [string, string][] = [
	['Maria Zakharova', 'Sergey Lavrov'],
	['Helen Marsh', 'Paul Dreyer'],
	['Anna Becker', 'Tom Harris'],
	['Laura Grant', 'Ben Carter'],
	['Clara Mendes', 'Pierre Morel'],
];

function bodyParagraphs(path: string): string[] {
	const article = parseArticle(readFileSync(new URL(`../${path}`, import.meta.url)));
	return article.paragraphs.filter((paragraph) => paragraph.kind === 'body').map((paragraph) => article.text.slice(paragraph.start, paragraph.end));
}

function buildArticle(): Article {
	const [zakharova, lavrov] = SEEDS.map(bodyParagraphs) as [string[], string[]];
	const paragraphs: string[] = [];
	for (let round = 0; countWords(paragraphs.join('\n\n')) < TARGET_WORDS; round++) {
		const [woman, man] = CAST[round % CAST.length]!;
		const swap = (text: string) =>
			text
				.replaceAll('Maria Zakharova', woman)
				.replaceAll('Zakharova', woman.split(' ')[1]!)
				.replaceAll('Sergey Lavrov', man)
				.replaceAll('Lavrov', man.split(' ')[1]!);
		paragraphs.push(...(round % 2 === 0 ? [...zakharova, ...lavrov] : [...lavrov, ...zakharova]).map(swap));
	}
	return parseArticle(`Peacekeepers, ministers and the long road to a ceasefire\n\n${paragraphs.join('\n\n')}\n`);
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time(run: () => unknown, warmUps: number, iterations: number): number {
	for (let i = 0; i < warmUps; i++) run();
	const samples: number[] = [];
	for (let i = 0; i < iterations; i++) {
		const start = performance.now();
		run();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

const article = buildArticle();
const words = countWords(article.text);
const ours = time(() => analyseQuotes(article), 5, 30);
const theirs = time(() => {
	const doc = nlp(article.text);
	doc.quotations().out('array');
	doc.people().out('array');
}, 1, 5);

const perSecond = (ms: number) => Math.round((words / ms) * 1000);
const per5000 = (ms: number) => (ms * TARGET_WORDS) / words;
const analysis = analyseQuotes(article);
console.log(`article: ${words} words, ${analysis.quotes.length} quotes, ${analysis.speakers.length} speakers`);
console.log(`analyseQuotes:                  ${ours.toFixed(2)} ms median  ${perSecond(ours).toLocaleString('en')} words/s  ${per5000(ours).toFixed(2)} ms per 5,000 words`);
console.log(`compromise quotations+people:   ${theirs.toFixed(2)} ms median  ${perSecond(theirs).toLocaleString('en')} words/s  ${per5000(theirs).toFixed(2)} ms per 5,000 words`);
console.log(`ratio: ${(theirs / ours).toFixed(1)}x faster (target >= 10x)`);
