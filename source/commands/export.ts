import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportJson, exportMarkdown, type ExportSource } from '../core/annotations/export.js';
import type { Article } from '../core/article.js';
import { analyseQuotes } from '../core/quotes/index.js';
import { sanitizeInline, sanitizeMultiline } from '../core/sanitize.js';
import { loadAnchoredHighlights } from '../library/anchoring.js';
import { describeFsError } from '../library/load.js';
import { libraryPathsOf, openStoreForCommand, reportRelocations } from './store.js';
import { CommandError, UsageError, toJson, type Command } from './io.js';

/**
 * Who speaks the words at start..end: the speaker of the smallest attributed quotation around them, if any,
 * and whether that is only the engine's guess.
 */
export function speakerFinder(article: Article): (start: number, end: number) => { speaker: string; uncertain: boolean } | null {
	const { quotes } = analyseQuotes(article);
	return (start, end) => {
		let found: { speaker: string; uncertain: boolean; size: number } | null = null;
		for (const quote of quotes) {
			if (quote.speaker === null || quote.openStart > start || end > quote.closeEnd) continue;
			const size = quote.closeEnd - quote.openStart;
			if (!found || size < found.size) found = { speaker: quote.speaker, uncertain: !quote.sure, size };
		}
		return found === null ? null : { speaker: found.speaker, uncertain: found.uncertain };
	};
}

/** Writes beside the target and renames over it: a reader never sees half an export, and a failure leaves the old file. */
function writeFileAtomically(path: string, content: string): void {
	const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
	try {
		const descriptor = openSync(temporary, 'w', 0o644);
		try {
			writeSync(descriptor, content);
			fsyncSync(descriptor);
		} finally {
			closeSync(descriptor);
		}
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
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
		throw new UsageError((error as Error).message);
	}
	const { format, output } = parsed.values;
	if (format !== 'md' && format !== 'json') throw new UsageError(`--format is md or json, not ${sanitizeInline(format)}`);

	const store = await openStoreForCommand(io, parsed.values['config-dir']);
	const { files, relocations } = await loadAnchoredHighlights(store, { libraryPaths: libraryPathsOf(store) });
	reportRelocations(io, relocations);
	const sources: ExportSource[] = files.map((file) => {
		const article = file.loaded?.article ?? null;
		const speakerAt = article && format === 'md' ? speakerFinder(article) : () => null;
		return {
			file: file.file,
			article,
			highlights: file.highlights.map(({ highlight, state, start, end }) => {
				const spoken = state === 'orphaned' ? null : speakerAt(start, end);
				return { highlight, state, speaker: spoken?.speaker ?? null, uncertain: spoken?.uncertain ?? false };
			}),
		};
	});
	const content = format === 'json' ? `${toJson(exportJson(sources))}\n` : sanitizeMultiline(exportMarkdown(sources));

	if (output === undefined) {
		io.stdout(content);
		return 0;
	}
	const target = resolve(io.cwd, output);
	try {
		writeFileAtomically(target, content);
	} catch (error) {
		throw new CommandError(`cannot write ${sanitizeInline(target)}: ${describeFsError(error)}`);
	}
	const count = sources.reduce((sum, source) => sum + source.highlights.length, 0);
	io.stderr(`Exported ${count} highlight(s) from ${sources.length} article(s) to ${sanitizeInline(target)}\n`);
	return 0;
};

export default exportCommand;
