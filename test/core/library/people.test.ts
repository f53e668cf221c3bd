import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countSpeakers, gatherPeople as gatherFromSpeakers, personKey, quotesOf, sortPeople, type ArticleQuotes, type LibraryQuote } from '../../../source/core/library/people.js';
import { filterPeople, findPerson } from '../../../source/core/library/people-filter.js';

let at = 0;
function quote(speaker: string | null, text: string, options: { sure?: boolean; kind?: string } = {}): LibraryQuote {
	at += 100;
	return { start: at, end: at + text.length, text, speaker, kind: options.kind ?? 'direct', sure: options.sure ?? true, corrected: false };
}

type WithAliases = ArticleQuotes & { speakers: { name: string; aliases: string[] }[] };

const LIBRARY: WithAliases[] = [
	{
		file: '/lib/a.txt',
		title: 'Talks stall',
		source: 'Daily',
		date: '2026-03-01',
		quotes: [quote('Sergei Lavrov', 'We see no room for compromise'), quote('Maria Zakharova', 'A direct clash'), quote(null, 'coalition of the willing', { kind: 'scare' })],
		speakers: [
			{ name: 'Sergei Lavrov', aliases: ['Lavrov'] },
			{ name: 'Maria Zakharova', aliases: ['Zakharova'] },
		],
	},
	{
		file: '/lib/b.txt',
		title: 'Troops',
		source: 'Weekly',
		date: '2026-04-02',
		quotes: [quote('Sergei Lavrov', 'No troops will be accepted', { sure: false }), quote('Ann Smith', 'We are ready'), quote('John Smith', 'We are not')],
		speakers: [
			{ name: 'Sergei Lavrov', aliases: ['Mr Lavrov'] },
			{ name: 'Ann Smith', aliases: ['Smith'] },
			{ name: 'John Smith', aliases: [] },
		],
	},
	{
		file: '/lib/c.txt',
		title: 'Old news',
		source: null,
		date: null,
		quotes: [quote('George W. Bush', 'Mission accomplished'), quote('George Bush', 'Read my lips'), quote('Donald Trump Jr', 'Fake news'), quote('Donald Trump', 'Sad')],
		speakers: [],
	},
];

/** The people of articles counted from their quotes, as the library's (corrected) summaries are. */
const gatherPeople = (articles: readonly WithAliases[]) =>
	gatherFromSpeakers(articles.map((article) => ({ ...article, speakers: countSpeakers(article.quotes, (name) => article.speakers.find((speaker) => speaker.name === name)?.aliases ?? []) })));

test('one row per person across articles: counts of quotes, unsure ones, articles, and the latest date', () => {
	const lavrov = gatherPeople(LIBRARY).find((person) => person.name === 'Sergei Lavrov');
	assert.deepEqual(lavrov, { key: 'sergei lavrov', name: 'Sergei Lavrov', aliases: ['Mr Lavrov', 'Lavrov'], names: ['Sergei Lavrov'], quotes: 2, unsure: 1, articles: 2, latest: '2026-04-02' });
});

test('people who share a surname stay apart; a middle initial does not split one; Jr is someone else', () => {
	const names = gatherPeople(LIBRARY).map((person) => person.name);
	assert.ok(names.includes('Ann Smith') && names.includes('John Smith'));
	assert.equal(personKey('George W. Bush'), personKey('George Bush'));
	assert.equal(names.filter((name) => name.startsWith('George')).length, 1);
	assert.ok(names.includes('Donald Trump') && names.includes('Donald Trump Jr'));
});

test('scare quotes and titles count for nobody', () => {
	assert.equal(gatherPeople(LIBRARY).reduce((sum, person) => sum + person.quotes, 0), 9);
});

test('sorted by quotes, by name, by latest', () => {
	const people = gatherPeople(LIBRARY);
	assert.deepEqual(
		sortPeople(people, 'quotes').slice(0, 3).map((person) => [person.name, person.quotes]),
		[
			['George W. Bush', 2],
			['Sergei Lavrov', 2],
			['Ann Smith', 1],
		],
	);
	assert.equal(sortPeople(people, 'name')[0]!.name, 'Ann Smith');
	assert.equal(sortPeople(people, 'latest')[0]!.latest, '2026-04-02');
});

test('the filter and the name lookup are fuzzy: a typo still finds the person', () => {
	const people = gatherPeople(LIBRARY);
	assert.equal(filterPeople(people, 'zakarova')[0]?.name, 'Maria Zakharova');
	assert.equal(findPerson(people, 'lavrow')?.name, 'Sergei Lavrov');
	assert.equal(findPerson(people, 'Mr Lavrov')?.name, 'Sergei Lavrov');
});

test("a person's quotes across the library, newest article first, each numbered as in its article", () => {
	const found = quotesOf(LIBRARY, 'sergei lavrov');
	assert.deepEqual(
		found.map((entry) => [entry.file, entry.quote.text, entry.n]),
		[
			['/lib/b.txt', 'No troops will be accepted', 1],
			['/lib/a.txt', 'We see no room for compromise', 1],
		],
	);
});
