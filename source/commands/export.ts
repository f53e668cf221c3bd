import { parseArgs } from 'node:util';
import { exportJson, exportMarkdown, type ExportSource } from '../core/annotations/export.js';
import type { Article } from '../core/article/article.js';
import { analyseQuotes } from '../core/quotes/index.js';
import { correctAnalysis } from '../core/annotations/corrected-analysis.js';
import type { Correction } from '../core/annotations/corrections.js';
import { sanitizeInline, sanitizeMultiline } from '../core/text/sanitize.js';
import { loadAnchoredHighlights } from '../library/anchoring.js';
import { describeFsError } from '../library/load.js';
import { writeOutputFile } from '../store/write-file.js';
import { libraryPathsOf, openStoreForCommand, reportRelocations, unreadableFiles } from './store.js';
import { reportProblems } from './articles.js';
import { CommandError, UsageError, givenPath, usageErrorFrom, toJson, type Command } from './io.js';

/**
 * Who speaks the words at start..end: the speaker of the smallest attributed quotation around them, if any,
 * as the reader's corrections have it, and whether that is only the engine's guess (a corrected speaker is sure).
 */
export function speakerFinder(article: Article, corrections: readonly Correction[] = [], file?: string): (start: number, end: number) => { speaker: string; uncertain: boolean } | null {
	const { quotes } = correctAnalysis(article.text, analyseQuotes(article), corrections, file);
	return (start, end) => {
		let found: { speaker: string; uncertain: boolean; size: number } | null = null;
		for (const quote of quotes) {
			if (quote.speaker === null || quote.openStart > start || end > quote.closeEnd) continue;
			const size = quote.closeEnd - quote.openStart;
			if (!found || size < found.size) found = { speaker: quote.speaker, uncertain: !quote.sure && !quote.corrected, size };
		}
		return found === null ? null : { speaker: found.speaker, uncertain: found.uncertain };
	};
}

const exportCommand: Command = async (argv, io) => {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			options: {
				format: { type: 'string', default: 'md' },
				output: { type: 'string', short: 'o' },
				'config-dir': { type: 'string' },
			},
			strict: true,
			allowPositionals: false,
		});
	} catch (error) {
		throw usageErrorFrom(error);
	}
	const { format, output } = parsed.values;
	if (format !== 'md' && format !== 'json') throw new UsageError(`--format is md or json, not ${sanitizeInline(format)}`);

	const store = await openStoreForCommand(io, parsed.values['config-dir']);
	const { files, relocations } = await loadAnchoredHighlights(store, { libraryPaths: libraryPathsOf(store) });
	reportRelocations(io, relocations);
	const sources: ExportSource[] = files.map((file) => {
		const article = file.loaded?.article ?? null;
		const speakerAt = article && format === 'md' ? speakerFinder(article, store.corrections(file.file), file.file) : () => null;
		return {
			file: file.file,
			article,
			highlights: file.highlights.map(({ highlight, state, start, end }) => {
				const spoken = state === 'orphaned' ? null : speakerAt(start, end);
				return { highlight, state, start, end, speaker: spoken?.speaker ?? null, uncertain: spoken?.uncertain ?? false };
			}),
		};
	});
	const content = format === 'json' ? `${toJson(exportJson(sources, new Date(), store.corrections()))}\n` : sanitizeMultiline(exportMarkdown(sources));

	const problems = unreadableFiles(files);
	if (output === undefined) {
		io.stdout(content);
		return reportProblems(io, problems);
	}
	const target = givenPath(io.cwd, output);
	try {
		// A regular file is replaced whole or not at all; /dev/stdout or a pipe is written through, never replaced.
		writeOutputFile(target, content);
	} catch (error) {
		throw new CommandError(`cannot write ${sanitizeInline(target)}: ${describeFsError(error)}`);
	}
	const count = sources.reduce((sum, source) => sum + source.highlights.length, 0);
	io.stderr(`Exported ${count} highlight(s) from ${sources.length} article(s) to ${sanitizeInline(target)}\n`);
	return reportProblems(io, problems);
};

export default exportCommand;
