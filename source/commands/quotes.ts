import { parseArgs } from 'node:util';
import { storeSnapshot } from './store.js';
import { listArticleFiles, loadArticles, reportProblems } from './articles.js';
import { UsageError, usageErrorFrom, toJson, type Command } from './io.js';
import { analyserFor, jsonEntries, type AnalysedFile, type AnalyseOptions } from './quotes-json.js';
import { formatExplanation, formatText } from './quotes-format.js';
import { optimiseOnlyWhatStaysHot } from './tiering.js';

export type { QuoteJson, QuotesJsonEntry } from './quotes-json.js';

function parse(argv: readonly string[]) {
	try {
		return parseArgs({
			args: [...argv],
			options: { json: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false }, speaker: { type: 'string' } },
			strict: true,
			allowPositionals: true,
		});
	} catch (error) {
		throw usageErrorFrom(error);
	}
}

const quotes: Command = async (argv, io) => {
	const { values, positionals } = parse(argv);
	if (values.speaker !== undefined && values.speaker.trim() === '') throw new UsageError('--speaker needs a name: marginalia quotes --speaker NAME');
	optimiseOnlyWhatStaysHot();
	const store = await storeSnapshot(io);
	const paths = positionals.length > 0 ? positionals : store.libraryPaths;
	const options: AnalyseOptions = { explain: values.explain, corrections: store.corrections };
	if (values.speaker !== undefined) {
		// Only here: the library index, and fuzzy matching of the name.
		const { quotesBySpeaker } = await import('./quotes-speaker.js');
		return quotesBySpeaker(paths, values.speaker, { json: values.json, options }, io);
	}
	if (values.json) {
		const listed = await listArticleFiles(paths, io);
		const { entries, problems } = await jsonEntries(listed.files, options);
		io.stdout(`${toJson(entries)}\n`);
		return reportProblems(io, [...listed.problems, ...problems]);
	}
	const [{ articles, problems }, analyse] = await Promise.all([loadArticles(paths, io), analyserFor(options)]);
	const analysed = articles.map(({ file, loaded }): AnalysedFile => ({ file, article: loaded.article, analysis: analyse(loaded.path, loaded.article) }));
	if (analysed.length > 0) io.stdout(values.explain ? formatExplanation(analysed) : formatText(analysed));
	return reportProblems(io, problems);
};

export default quotes;
