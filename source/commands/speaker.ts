import { parseArgs, type ParseArgsConfig } from 'node:util';
import { correctAnalysis, type CorrectedAnalysis } from '../core/annotations/corrected-analysis.js';
import type { Correction } from '../core/annotations/corrections.js';
import { analyseQuotes } from '../core/quotes/index.js';
import { sanitizeInline } from '../core/text/sanitize.js';
import { describeFsError, loadArticle, type LoadedArticle } from '../library/load.js';
import type { Store, StoredCorrection } from '../store/index.js';
import { CommandError, UsageError, oneArgument, givenPath, usageErrorFrom, toJson, type Command, type CommandIO } from './io.js';
import { asCommandError, openStoreForCommand } from './store.js';
import { USAGE } from './usage.js';

/** The `speaker corrections --json` shape (DESIGN.md, "Command-line contracts"). */
export interface CorrectionListEntry {
	id: string;
	kind: Correction['kind'];
	/** The article of a quote correction; null for a library-wide merge or rename. */
	file: string | null;
	/** The quote's number in `quotes --json FILE` as the article is now; null when library-wide or not found. */
	n: number | null;
	from: string | null;
	to: string | null;
	created: string;
}

const CONFIG_DIR_OPTION = { 'config-dir': { type: 'string' } } as const;

function parse<T extends ParseArgsConfig['options']>(argv: readonly string[], options: T) {
	try {
		return parseArgs({ args: [...argv], options: { ...CONFIG_DIR_OPTION, json: { type: 'boolean' }, ...options }, strict: true, allowPositionals: true });
	} catch (error) {
		throw usageErrorFrom(error);
	}
}

async function openArticle(given: string, io: CommandIO): Promise<LoadedArticle> {
	const path = givenPath(io.cwd, given);
	try {
		return await loadArticle(path);
	} catch (error) {
		throw new CommandError(`cannot open ${sanitizeInline(given)}: ${describeFsError(error)}`);
	}
}

function analyse(loaded: LoadedArticle, corrections: readonly Correction[]): CorrectedAnalysis {
	return correctAnalysis(loaded.article.text, analyseQuotes(loaded.article), corrections, loaded.path);
}

function quoteNumber(raw: string | undefined, count: number, file: string): number {
	const n = Number(raw);
	if (raw === undefined || !Number.isInteger(n) || n < 1) throw new UsageError('N is a quote number from 1, as `marginalia quotes FILE` prints it');
	if (n > count) throw new CommandError(`${sanitizeInline(file)} has ${count} quote${count === 1 ? '' : 's'}, not ${n}`);
	return n;
}

const say = (name: string | null) => (name === null ? 'nobody (not a quote)' : sanitizeInline(name));

function save<T>(change: () => T): T {
	try {
		return change();
	} catch (error) {
		throw asCommandError(error);
	}
}

function print(io: CommandIO, json: boolean | undefined, correction: StoredCorrection, line: string): void {
	io.stdout(json ? `${toJson(correction)}\n` : `${line}\n`);
}

async function set(argv: readonly string[], io: CommandIO): Promise<number> {
	const { values, positionals } = parse(argv, { nobody: { type: 'boolean' } });
	const [file, n, ...name] = positionals;
	if (file === undefined || (name.length === 0) === !values.nobody) throw new UsageError('usage: marginalia speaker set FILE N NAME (or --nobody: the marks hold nobody\'s words)');
	const loaded = await openArticle(file, io);
	const store = await openStoreForCommand(io, values['config-dir']);
	const before = analyse(loaded, store.corrections(loaded.path));
	const index = quoteNumber(n, before.quotes.length, file) - 1;
	const engine = analyseQuotes(loaded.article).quotes[index]!;
	const to = values.nobody ? null : name.join(' ').trim();
	if (to === '') throw new UsageError('the speaker name is empty');
	const correction = save(() =>
		store.addCorrection({ kind: 'set', file: loaded.path, text: loaded.article.text, fingerprint: loaded.article.fingerprint, start: engine.start, end: engine.end, from: engine.speaker, to }),
	);
	print(io, values.json, correction, `${correction.id}  quote ${index + 1}: ${say(before.quotes[index]!.speaker)} → ${say(to)}`);
	return 0;
}

async function unset(argv: readonly string[], io: CommandIO): Promise<number> {
	const { values, positionals } = parse(argv, {});
	const [file, n] = positionals;
	if (file === undefined || positionals.length !== 2) throw new UsageError('usage: marginalia speaker unset FILE N');
	const loaded = await openArticle(file, io);
	const store = await openStoreForCommand(io, values['config-dir']);
	const analysis = analyse(loaded, store.corrections(loaded.path));
	const index = quoteNumber(n, analysis.quotes.length, file) - 1;
	const own = analysis.corrections.filter((anchored) => anchored.quote === index);
	if (own.length === 0) throw new CommandError(`quote ${index + 1} of ${sanitizeInline(file)} has no correction of its own (merges and renames: speaker corrections, speaker rm ID)`);
	const removed = own.map(({ correction }) => save(() => store.removeCorrection(correction.id))).filter((correction) => correction !== undefined);
	io.stdout(values.json ? `${toJson(removed)}\n` : `quote ${index + 1}: back to the engine's speaker, ${say(analyseQuotes(loaded.article).quotes[index]!.speaker)}\n`);
	return 0;
}

function libraryWide(kind: 'merge' | 'rename') {
	return async (argv: readonly string[], io: CommandIO): Promise<number> => {
		const { values, positionals } = parse(argv, {});
		const [from, to] = positionals;
		if (positionals.length !== 2 || from!.trim() === '' || to!.trim() === '') throw new UsageError(`usage: marginalia speaker ${kind} ${kind === 'merge' ? 'FROM INTO' : 'OLD NEW'} (quote names with spaces)`);
		const store = await openStoreForCommand(io, values['config-dir']);
		const correction = save(() => store.addCorrection({ kind, from: from!, to: to! }));
		print(io, values.json, correction, `${correction.id}  ${kind === 'merge' ? 'merged' : 'renamed'} ${say(from!)} → ${say(to!)}`);
		return 0;
	};
}

/** Each correction with the number its quote has now (the file read again and its quotes found). */
async function listEntries(store: Store): Promise<CorrectionListEntry[]> {
	const all = store.corrections();
	const numbers = new Map<string, number | null>();
	for (const file of new Set(all.flatMap((correction) => (correction.kind === 'set' ? [correction.file] : [])))) {
		let analysis: CorrectedAnalysis | null = null;
		try {
			analysis = analyse(await loadArticle(file), store.corrections(file));
		} catch {
			// A missing or unreadable file: its corrections are listed without a number.
		}
		for (const anchored of analysis?.corrections ?? []) numbers.set(anchored.correction.id, anchored.quote >= 0 ? anchored.quote + 1 : null);
	}
	return all.map((correction) => ({
		id: correction.id,
		kind: correction.kind,
		file: correction.kind === 'set' ? correction.file : null,
		n: numbers.get(correction.id) ?? null,
		from: correction.from,
		to: correction.to,
		created: correction.created,
	}));
}

async function list(argv: readonly string[], io: CommandIO): Promise<number> {
	const { values, positionals } = parse(argv, {});
	if (positionals.length > 0) throw new UsageError('speaker corrections takes no arguments');
	const store = await openStoreForCommand(io, values['config-dir']);
	const entries = await listEntries(store);
	if (values.json) {
		io.stdout(`${toJson(entries)}\n`);
		return 0;
	}
	if (entries.length === 0) io.stdout('No corrections.\n');
	for (const entry of entries) {
		const where = entry.kind === 'set' ? `${sanitizeInline(entry.file ?? '')} quote ${entry.n ?? '(not found in the text)'}` : entry.kind;
		io.stdout(`${entry.id}  ${where}: ${say(entry.from)} → ${say(entry.to)}\n`);
	}
	return 0;
}

async function remove(argv: readonly string[], io: CommandIO): Promise<number> {
	const { values, positionals } = parse(argv, {});
	const id = oneArgument(positionals, 'speaker rm takes one ID (speaker corrections lists them)');
	const store = await openStoreForCommand(io, values['config-dir']);
	const removed = save(() => store.removeCorrection(id));
	if (!removed) throw new CommandError(`no correction ${sanitizeInline(id)}`);
	print(io, values.json, removed, `${removed.id}  removed`);
	return 0;
}

const SUBCOMMANDS: Readonly<Record<string, (argv: readonly string[], io: CommandIO) => Promise<number>>> = {
	set,
	unset,
	merge: libraryWide('merge'),
	rename: libraryWide('rename'),
	corrections: list,
	rm: remove,
};

const speaker: Command = async (argv, io) => {
	const [name, ...rest] = argv;
	const run = name === undefined ? undefined : SUBCOMMANDS[name];
	if (!run) throw new UsageError(name === undefined ? `usage: marginalia ${USAGE.speaker.usage}` : `unknown speaker command: ${sanitizeInline(name)}`);
	return run(rest, io);
};

export default speaker;
