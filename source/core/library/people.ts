import { nameKey } from '../annotations/corrections.js';

/** An article as people are gathered from it: who is quoted, how often, how many of those unsure. */
export interface ArticleSpeakers {
	readonly file: string;
	readonly title: string;
	readonly source: string | null;
	/** ISO 8601, the article's own date; null when it has none. */
	readonly date: string | null;
	/** Most quoted first. */
	readonly speakers: readonly ArticleSpeaker[];
}

/** A speaker of one article: the other forms of their name found in it, their speech quotes. */
export interface ArticleSpeaker {
	readonly name: string;
	readonly aliases: readonly string[];
	readonly quotes: number;
	readonly unsure: number;
}

/** One article's quotes, corrections applied: what a person's quotes are listed from. */
export interface ArticleQuotes {
	readonly file: string;
	readonly title: string;
	readonly source: string | null;
	readonly date: string | null;
	readonly quotes: readonly LibraryQuote[];
}

export interface LibraryQuote {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly speaker: string | null;
	readonly kind: string;
	readonly sure: boolean;
	readonly corrected: boolean;
}

/** A speaker across the library: one row per person. */
export interface Person {
	/** Identifies the person across articles (see `personKey`). */
	readonly key: string;
	readonly name: string;
	readonly aliases: readonly string[];
	/** Every spelling articles name them by as their speaker (`name` first): what a merge or rename of the person changes. */
	readonly names: readonly string[];
	/** Speech quotes attributed to them, unsure ones included. */
	readonly quotes: number;
	readonly unsure: number;
	readonly articles: number;
	/** The newest date of an article quoting them. */
	readonly latest: string | null;
}

export interface PersonQuote {
	readonly file: string;
	readonly title: string;
	readonly source: string | null;
	readonly date: string | null;
	readonly quote: LibraryQuote;
	/** Its number in the article (from 1, over every quote in text order, as `quotes --json` counts). */
	readonly n: number;
}

export type PeopleSort = 'quotes' | 'name' | 'latest';
export const PEOPLE_SORTS: readonly PeopleSort[] = ['quotes', 'name', 'latest'];

const isSpeech = (quote: Pick<LibraryQuote, 'kind'>) => quote.kind === 'direct' || quote.kind === 'partial';

/**
 * Who a name stands for across articles: the name as `nameKey` compares it, without middle initials
 * ("George W. Bush" is "George Bush"). Within an article the engine has already merged surnames and titles
 * into the full name, so two people who share a surname keep apart; "Donald Trump Jr" is not "Donald Trump".
 */
export function personKey(name: string): string {
	const words = nameKey(name).split(' ');
	return words.filter((word, index) => word.length > 1 || index === 0 || index === words.length - 1).join(' ');
}

/** `personKey` remembered per spelling: a library names the same few thousand people tens of thousands of times. */
export function personKeys(): (name: string) => string {
	const known = new Map<string, string>();
	return (name) => {
		let key = known.get(name);
		if (key === undefined) known.set(name, (key = personKey(name)));
		return key;
	};
}

/** Every speaker of the library, most quoted first. */
export function gatherPeople(articles: readonly ArticleSpeakers[]): Person[] {
	const keyOf = personKeys();
	const people = new Map<string, { spellings: Map<string, number>; aliases: Set<string>; quotes: number; unsure: number; files: Set<string>; latest: string | null }>();
	for (const article of articles) {
		for (const speaker of article.speakers) {
			if (speaker.quotes === 0) continue;
			const key = keyOf(speaker.name);
			let person = people.get(key);
			if (!person) people.set(key, (person = { spellings: new Map(), aliases: new Set(), quotes: 0, unsure: 0, files: new Set(), latest: null }));
			person.spellings.set(speaker.name, (person.spellings.get(speaker.name) ?? 0) + speaker.quotes);
			person.quotes += speaker.quotes;
			person.unsure += speaker.unsure;
			person.files.add(article.file);
			if (article.date && (person.latest === null || article.date > person.latest)) person.latest = article.date;
			for (const alias of speaker.aliases) person.aliases.add(alias);
		}
	}
	const rows = [...people.entries()].map(([key, person]): Person => {
		const names = [...person.spellings.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0])).map(([spelling]) => spelling);
		const name = names[0]!;
		const aliases = [...new Set([...names, ...person.aliases])].filter((alias) => alias !== name).sort((a, b) => b.length - a.length || a.localeCompare(b));
		return { key, name, aliases, names, quotes: person.quotes, unsure: person.unsure, articles: person.files.size, latest: person.latest };
	});
	return sortPeople(rows, 'quotes');
}

/** An article's speakers counted from its quotes (speech only), most quoted first, as first met on a tie. */
export function countSpeakers(quotes: readonly Pick<LibraryQuote, 'speaker' | 'kind' | 'sure'>[], aliasesOf: (name: string) => readonly string[]): ArticleSpeaker[] {
	const counts = new Map<string, { quotes: number; unsure: number }>();
	for (const quote of quotes) {
		if (quote.speaker === null || !isSpeech(quote)) continue;
		const count = counts.get(quote.speaker) ?? { quotes: 0, unsure: 0 };
		count.quotes++;
		if (!quote.sure) count.unsure++;
		counts.set(quote.speaker, count);
	}
	return [...counts.entries()].map(([name, count]) => ({ name, aliases: aliasesOf(name), ...count })).sort((a, b) => b.quotes - a.quotes);
}

// One collator for every comparison: localeCompare with options makes one per call (thousands of names: seconds).
const NAMES = new Intl.Collator(undefined, { sensitivity: 'base' });
const byName = (a: Person, b: Person) => NAMES.compare(a.name, b.name);

export function sortPeople(people: readonly Person[], sort: PeopleSort): Person[] {
	const compare: Record<PeopleSort, (a: Person, b: Person) => number> = {
		quotes: (a, b) => b.quotes - a.quotes || byName(a, b),
		name: byName,
		latest: (a, b) => (b.latest ?? '').localeCompare(a.latest ?? '') || b.quotes - a.quotes || byName(a, b),
	};
	return [...people].sort(compare[sort]);
}

export function nextPeopleSort(sort: PeopleSort): PeopleSort {
	return PEOPLE_SORTS[(PEOPLE_SORTS.indexOf(sort) + 1) % PEOPLE_SORTS.length]!;
}

/** Everything one person said across the library (the articles that quote them), newest article first, in text order within one. */
export function quotesOf(articles: readonly ArticleQuotes[], key: string): PersonQuote[] {
	const personKey = personKeys();
	const found: PersonQuote[] = [];
	for (const article of articles) {
		article.quotes.forEach((quote, index) => {
			if (quote.speaker === null || !isSpeech(quote) || personKey(quote.speaker) !== key) return;
			found.push({ file: article.file, title: article.title, source: article.source, date: article.date, quote, n: index + 1 });
		});
	}
	return found.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.file.localeCompare(b.file) || a.quote.start - b.quote.start);
}
