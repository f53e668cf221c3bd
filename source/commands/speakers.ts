import { parseArgs } from 'node:util';
import { correctSummaries } from '../core/library/corrected-library.js';
import { gatherPeople, type Person } from '../core/library/people.js';
import { fit } from '../core/text/fit.js';
import { sanitizeInline } from '../core/text/sanitize.js';
import { indexQuoteSource } from '../library/index/quote-source.js';
import { openIndexedLibrary } from './library.js';
import { usageErrorFrom, toJson, type Command } from './io.js';
import { storeSnapshot } from './store.js';

/** The `speakers --json` shape (DESIGN.md, "Command-line contracts"). */
export interface SpeakersJsonEntry {
	name: string;
	aliases: string[];
	/** Speech quotes attributed to them, corrections applied, unsure ones included. */
	quotes: number;
	unsure: number;
	articles: number;
	/** The newest date of an article quoting them (ISO 8601), null when none has a date. */
	latest: string | null;
}

export function toSpeakersEntry(person: Person): SpeakersJsonEntry {
	return { name: person.name, aliases: [...person.aliases], quotes: person.quotes, unsure: person.unsure, articles: person.articles, latest: person.latest };
}

function formatText(people: readonly SpeakersJsonEntry[]): string {
	if (people.length === 0) return 'Nobody is quoted.\n';
	const width = Math.min(40, Math.max(...people.map((person) => person.name.length)));
	const lines = people.map((person) => {
		const unsure = person.unsure > 0 ? ` (${person.unsure} unsure)` : '';
		const articles = `${person.articles} ${person.articles === 1 ? 'article' : 'articles'}`;
		return `${fit(sanitizeInline(person.name), width)}  ${`${person.quotes}`.padStart(5)} ${person.quotes === 1 ? 'quote ' : 'quotes'}${unsure} · ${articles}${person.latest ? ` · latest ${person.latest.slice(0, 10)}` : ''}`;
	});
	return `${lines.join('\n')}\n`;
}

/** Everyone quoted in the library, most quoted first: from the library index, with the reader's corrections applied. */
const speakers: Command = async (argv, io) => {
	let parsed;
	try {
		parsed = parseArgs({ args: [...argv], options: { json: { type: 'boolean', default: false } }, strict: true, allowPositionals: true });
	} catch (error) {
		throw usageErrorFrom(error);
	}
	const store = await storeSnapshot(io);
	const { library, failed } = await openIndexedLibrary(parsed.positionals.length > 0 ? parsed.positionals : store.libraryPaths, io);
	const people = gatherPeople(correctSummaries(indexQuoteSource(library), store.corrections)).map(toSpeakersEntry);
	io.stdout(parsed.values.json ? `${toJson(people)}\n` : formatText(people));
	return failed ? 1 : 0;
};

export default speakers;
