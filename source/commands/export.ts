import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportJson, exportMarkdown, type ExportSource } from '../core/annotations/export.js';
import type { Article } from '../core/article.js';
import { sanitizeInline, sanitizeMultiline } from '../core/sanitize.js';
import { loadAnchoredHighlights } from '../library/anchoring.js';
import { describeFsError } from '../library/load.js';
import { libraryPathsOf, openStoreForCommand, reportRelocations } from './highlight.js';
import { CommandError, UsageError, toJson, type Command } from './io.js';


type SpeakerAt = (start: number, end: number) => string | null;

interface QuoteSpan {
	readonly start: number;
	readonly end: number;
	readonly speaker: string | null;
	readonly openStart?: number;
	readonly closeEnd?: number;
}

/**
 * SEAM for the quote engine (source/core/quotes/, written in parallel). When its module exists and exports
 * `analyseQuotes(article) => { quotes: QuoteSpan[] }`, highlights inside a quotation get its speaker;
 * until then (or if its shape differs) export goes on without speakers. Replace this with a static import
 * once the engine has landed.
 */
async function speakerFinder(): Promise<(article: Article) => SpeakerAt> {
	const none = () => () => null;
	const modulePath = '../core/quotes/index.js';
	try {
		// A variable specifier keeps the compiler from requiring a module that may not exist yet.
		const quotes = (await import(modulePath)) as { analyseQuotes?: unknown };
		const analyse = quotes.analyseQuotes;
		if (typeof analyse !== 'function') return none;
		return (article) => {
			let spans: readonly QuoteSpan[];
			try {
				const analysis = (analyse as (article: Article) => { quotes?: unknown }).call(undefined, article);
				spans = Array.isArray(analysis.quotes) ? (analysis.quotes as QuoteSpan[]) : [];
			} catch {
				spans = [];
			}
			return (start, end) => {
				const inside = spans.find((quote) => (quote.openStart ?? quote.start) <= start && end <= (quote.closeEnd ?? quote.end));
				return typeof inside?.speaker === 'string' ? inside.speaker : null;
			};
		};
	} catch {
		return none;
	}
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
	const speakersOf = await speakerFinder();
	const sources: ExportSource[] = files.map((file) => {
		const article = file.loaded?.article ?? null;
		const speakerAt = article && format === 'md' ? speakersOf(article) : () => null;
		return {
			file: file.file,
			article,
			highlights: file.highlights.map(({ highlight, state, start, end }) => ({
				highlight,
				state,
				speaker: state === 'orphaned' ? null : speakerAt(start, end),
			})),
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
