import Fuse from 'fuse.js';
import { correctSummaries } from '../core/library/corrected-library.js';
import { personKeys } from '../core/library/people.js';
import { indexQuoteSource } from '../library/index/quote-source.js';
import { loadArticles, reportProblems, type NamedArticle } from './articles.js';
import { toJson, type CommandIO } from './io.js';
import { openIndexedLibrary } from './library.js';
import { formatExplanation, formatText, oneLine } from './quotes-format.js';
import { analyserFor, filtered, jsonEntries, type AnalysedFile, type AnalyseOptions, type QuotesJsonEntry } from './quotes-json.js';

// `quotes --speaker NAME`: the library index says which articles quote that person, and only those are read.

/**
 * The speakers called `wanted`: by name or alias exactly (any case), else fuzzily ("zakharva", "lavrof"); and
 * whoever is the same person under another spelling of the name (a middle initial, across articles).
 */
function speakersCalled(speakers: readonly { readonly name: string; readonly aliases: readonly string[] }[], wanted: string): Set<string> {
	const needle = wanted.trim().toLowerCase();
	// A library names the same people in many articles: each name is matched once, with every alias it has
	// anywhere (a fuzzy search over 10,000 articles' speakers took 230 ms; a name matches if any of its
	// articles' forms does, so the names found are the same).
	const aliasesOf = new Map<string, Set<string>>();
	for (const { name, aliases } of speakers) {
		const known = aliasesOf.get(name) ?? new Set<string>();
		for (const alias of aliases) known.add(alias);
		aliasesOf.set(name, known);
	}
	const named = [...aliasesOf].map(([name, aliases]) => ({ name, aliases: [...aliases] }));
	const exact = named.filter((speaker) => [speaker.name, ...speaker.aliases].some((form) => form.toLowerCase() === needle));
	const found = exact.length > 0 ? exact : new Fuse(named, { keys: ['name', 'aliases'], ignoreLocation: true, threshold: 0.3 }).search(needle).map((result) => result.item);
	const keyOf = personKeys();
	const people = new Set(found.map((speaker) => keyOf(speaker.name)));
	return new Set(named.filter((speaker) => people.has(keyOf(speaker.name))).map((speaker) => speaker.name));
}

/**
 * The library's articles (corrections applied to the index's counts), the names `speaker` matched, and the
 * articles that quote them: only those are read and analysed; the others are listed with no quotes, as the
 * analysis would have found.
 */
async function speakerSelection(paths: readonly string[], speaker: string, options: AnalyseOptions, io: CommandIO) {
	const indexed = await openIndexedLibrary(paths, io);
	const articles = correctSummaries(indexQuoteSource(indexed.library), options.corrections);
	// The same matching as each article's analysis gets, over every speaker the index knows.
	const names = speakersCalled(articles.flatMap((article) => article.speakers), speaker);
	const quoted = articles.filter((article) => article.speakers.some((s) => names.has(s.name)));
	return { articles, names, quoted, shownAs: indexed.shownAs, failed: indexed.failed };
}

const NO_QUOTES: AnalysedFile['analysis'] = { quotes: [], speakers: [] };

export async function quotesBySpeaker(paths: readonly string[], speaker: string, { json, options }: { json: boolean; options: AnalyseOptions }, io: CommandIO): Promise<number> {
	const { articles, names, quoted, shownAs, failed } = await speakerSelection(paths, speaker, options, io);
	// Some file could not be read and was reported already (by the library index).
	const failedStatus = failed ? 1 : 0;
	if (json) {
		const files = quoted.map((article) => ({ file: shownAs(article.file), path: article.file }));
		const { entries, problems } = await jsonEntries(files, { ...options, speakers: [...names] });
		const byFile = new Map(entries.map((entry) => [entry.file, entry]));
		const all = articles.map((article): QuotesJsonEntry => byFile.get(shownAs(article.file)) ?? { file: shownAs(article.file), title: article.title, quotes: [], speakers: [] });
		io.stdout(`${toJson(all)}\n`);
		return Math.max(reportProblems(io, problems), failedStatus);
	}
	const [{ articles: read, problems }, analyse] = await Promise.all([loadArticles(quoted.map((article) => shownAs(article.file)), io), analyserFor(options)]);
	const loaded = new Map<string, NamedArticle>(read.map((named) => [named.loaded.path, named]));
	const analysed = articles.map((article): AnalysedFile => {
		const named = loaded.get(article.file);
		if (!named) return { file: shownAs(article.file), article: { title: article.title }, analysis: NO_QUOTES };
		return { file: named.file, article: named.loaded.article, analysis: filtered(analyse(named.loaded.path, named.loaded.article), names) };
	});
	const shown = analysed.filter((entry) => entry.analysis.quotes.length > 0);
	if (shown.length > 0) io.stdout(options.explain ? formatExplanation(shown) : formatText(shown));
	const status = Math.max(reportProblems(io, problems), failedStatus);
	if (shown.length === 0) {
		io.stderr(`marginalia: nobody called ${oneLine(speaker)} is quoted\n`);
		return 1;
	}
	return status;
}
