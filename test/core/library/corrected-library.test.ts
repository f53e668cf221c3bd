import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '../../../source/core/article/article.js';
import { selectorsFor } from '../../../source/core/annotations/selectors.js';
import type { Correction } from '../../../source/core/annotations/corrections.js';
import { changedSummaries, correctSummaries, personQuotes, type ArticleSummary, type QuoteSource, type StoredQuote } from '../../../source/core/library/corrected-library.js';
import { countSpeakers, gatherPeople, personKey } from '../../../source/core/library/people.js';
import { analyseQuotes } from '../../../source/core/quotes/index.js';

const HARBOUR = [
	'Harbour plan splits the council',
	'',
	'“We will not pay for a harbour nobody uses,” said councillor Ann Price on Monday.',
	'',
	'“The harbour will pay for itself within ten years,” said Mayor Tom Baird.',
	'',
	'“Nobody asked the fishermen,” Price added.',
].join('\n');
const BRIDGE = ['Bridge reopens', '', '“It is safe again,” said Mayor Tom Baird.', '', '“We checked every bolt,” said engineer Ravi Shah.'].join('\n');

/** Two articles as the library index has them: the engine's quotes and speaker counts. */
function source(): QuoteSource & { reads: string[] } {
	const reads: string[] = [];
	const articles = [
		{ file: '/lib/harbour.txt', text: HARBOUR, date: '2026-03-01' },
		{ file: '/lib/bridge.txt', text: BRIDGE, date: '2026-04-01' },
	].map(({ file, text, date }) => {
		const article = parseArticle(text);
		const analysis = analyseQuotes(article);
		const quotes: StoredQuote[] = analysis.quotes.map(({ start, end, speaker, kind }) => ({ start, end, speaker, kind, sure: true }));
		const aliases = new Map(analysis.speakers.map((speaker) => [speaker.name, speaker.aliases]));
		const speakers = countSpeakers(quotes, (name) => aliases.get(name) ?? []);
		const summary: ArticleSummary = { file, title: article.title, source: null, date, quotes: quotes.filter((quote) => quote.kind === 'direct').length, speakers };
		return { summary, text: article.text, quotes };
	});
	return {
		reads,
		articles: () => articles.map((article) => article.summary),
		quotesIn(file) {
			reads.push(file);
			const article = articles.find((candidate) => candidate.summary.file === file);
			return article ? { text: article.text, quotes: article.quotes } : null;
		},
	};
}

const at = (offset: number) => `2026-05-0${offset}T00:00:00.000Z`;

function setQuote(words: string, to: string | null, created = at(1)): Correction {
	const start = HARBOUR.indexOf(words);
	return { id: `set-${words}`, kind: 'set', file: '/lib/harbour.txt', fingerprint: '', ...selectorsFor(HARBOUR, start, start + words.length), from: null, to, created };
}

const speakersOf = (summaries: readonly ArticleSummary[], file: string) => summaries.find((summary) => summary.file === file)!.speakers.map((speaker) => [speaker.name, speaker.quotes]);

test('without corrections the index is taken as it is, and no article text is read', () => {
	const quotes = source();
	const summaries = correctSummaries(quotes, []);
	assert.deepEqual(speakersOf(summaries, '/lib/harbour.txt'), [['Ann Price', 2], ['Tom Baird', 1]]);
	assert.deepEqual(quotes.reads, []);
});

test('a rename and a merge are applied to the counts alone: no article is read', () => {
	const quotes = source();
	const corrections: Correction[] = [
		{ id: 'r', kind: 'rename', from: 'Tom Baird', to: 'Thomas Baird', created: at(1) },
		{ id: 'm', kind: 'merge', from: 'Ravi Shah', to: 'Thomas Baird', created: at(2) },
	];
	const summaries = correctSummaries(quotes, corrections);
	assert.deepEqual(speakersOf(summaries, '/lib/bridge.txt'), [['Thomas Baird', 2]]);
	assert.deepEqual(quotes.reads, []);
	const baird = gatherPeople(summaries).find((person) => person.name === 'Thomas Baird');
	assert.equal(baird?.quotes, 3);
	assert.deepEqual(baird?.names, ['Thomas Baird']);
	assert.ok(baird?.aliases.includes('Tom Baird') && baird.aliases.includes('Ravi Shah'), 'the old spellings stay findable');
});

test("a quote correction recounts that article from its stored quotes, and the person's quotes say it was corrected", () => {
	const quotes = source();
	const corrections = [setQuote('Nobody asked the fishermen', 'Tom Baird')];
	const summaries = correctSummaries(quotes, corrections);
	assert.deepEqual(speakersOf(summaries, '/lib/harbour.txt'), [['Tom Baird', 2], ['Ann Price', 1]]);
	assert.deepEqual(quotes.reads, ['/lib/harbour.txt'], 'only the corrected article is read');
	const baird = personQuotes(quotes, summaries, personKey('Tom Baird'), corrections);
	assert.deepEqual(
		baird.map((entry) => [entry.file, entry.quote.text, entry.quote.corrected, entry.n]),
		[
			['/lib/bridge.txt', 'It is safe again,', false, 1],
			['/lib/harbour.txt', 'The harbour will pay for itself within ten years,', false, 2],
			['/lib/harbour.txt', 'Nobody asked the fishermen,', true, 3],
		],
		'newest article first, in text order within one, numbered as quotes --json numbers them',
	);
});

test('"nobody" takes a quote from the counts; only the articles a correction changes are reported as changed', () => {
	const quotes = source();
	const changed = changedSummaries(quotes, [setQuote('Nobody asked the fishermen', null)]);
	assert.deepEqual([...changed.keys()], ['/lib/harbour.txt']);
	assert.equal(changed.get('/lib/harbour.txt')!.quotes, 2);
	assert.deepEqual(changed.get('/lib/harbour.txt')!.speakers.map((speaker) => [speaker.name, speaker.quotes]), [['Ann Price', 1], ['Tom Baird', 1]]);
	assert.equal(changedSummaries(quotes, []).size, 0);
});
