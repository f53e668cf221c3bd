import { parseArgs, type ParseArgsConfig } from 'node:util';
import { findAll } from '../core/annotations/find.js';
import { sanitizeInline } from '../core/text/sanitize.js';
import { loadAnchoredHighlights, type AnchoredHighlight } from '../library/anchoring.js';
import { describeFsError, loadArticle } from '../library/load.js';
import { libraryPathsOf, openStoreForCommand, reportRelocations, saveChange, unreadableFiles } from './store.js';
import { reportProblems } from './articles.js';
import { CommandError, UsageError, oneArgument, givenPath, usageErrorFrom, toJson, type Command, type CommandIO } from './io.js';
// The usage is written once, in the registry (which loads this module only when the command runs).
import { USAGE } from './usage.js';

/** The `highlight list --json` shape (DESIGN.md, "Command-line contracts"). */
export interface HighlightListEntry {
	id: string;
	file: string;
	exact: string;
	note: string;
	start: number;
	end: number;
	state: AnchoredHighlight['state'];
	created: string;
	updated: string;
}

function parse<T extends ParseArgsConfig['options']>(argv: readonly string[], options: T, allowPositionals = true) {
	try {
		return parseArgs({ args: [...argv], options, strict: true, allowPositionals });
	} catch (error) {
		throw usageErrorFrom(error);
	}
}

function listEntry({ highlight, state, start, end }: AnchoredHighlight): HighlightListEntry {
	return {
		id: highlight.id,
		file: highlight.file,
		exact: highlight.exact,
		note: highlight.note,
		start,
		end,
		state,
		created: highlight.created,
		updated: highlight.updated,
	};
}

function shorten(text: string, length: number): string {
	const flat = sanitizeInline(text.replace(/\s+/g, ' ').trim());
	return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

const CONFIG_DIR_OPTION = { 'config-dir': { type: 'string' } } as const;

async function add(argv: readonly string[], io: CommandIO): Promise<number> {
	const { values, positionals } = parse(argv, {
		...CONFIG_DIR_OPTION,
		text: { type: 'string' },
		note: { type: 'string' },
		occurrence: { type: 'string' },
		json: { type: 'boolean' },
	});
	if (positionals.length !== 1) throw new UsageError('highlight add takes one FILE');
	if (values.text === undefined || values.text.trim() === '') throw new UsageError('highlight add needs --text "the words to highlight"');
	const occurrence = values.occurrence === undefined ? null : Number(values.occurrence);
	if (occurrence !== null && (!Number.isInteger(occurrence) || occurrence < 1)) throw new UsageError('--occurrence takes a whole number from 1');

	const file = givenPath(io.cwd, positionals[0]!);
	let loaded;
	try {
		loaded = await loadArticle(file);
	} catch (error) {
		throw new CommandError(`cannot open ${sanitizeInline(file)}: ${describeFsError(error)}`);
	}
	const matches = findAll(loaded.article.text, values.text);
	const quoted = `"${shorten(values.text, 60)}"`;
	if (occurrence === null && matches.length > 1) {
		throw new CommandError(`${quoted} occurs ${matches.length} times in ${sanitizeInline(file)}; say which with --occurrence N (1–${matches.length})`);
	}
	const match = matches[(occurrence ?? 1) - 1];
	if (!match) {
		throw new CommandError(
			matches.length === 0
				? `${quoted} is not in ${sanitizeInline(file)}`
				: `${quoted} occurs ${matches.length} time(s) in ${sanitizeInline(file)}, not ${occurrence}`,
		);
	}

	const store = await openStoreForCommand(io, values['config-dir']);
	const highlight = await saveChange(store, () =>
		store.addHighlight({
			file: loaded.path,
			text: loaded.article.text,
			fingerprint: loaded.article.fingerprint,
			start: match.start,
			end: match.end,
			note: values.note ?? '',
		}),
	);
	io.stdout(
		values.json
			? `${toJson(listEntry({ highlight, state: 'anchored', start: highlight.start, end: highlight.end }))}\n`
			: `${highlight.id}\n`,
	);
	return 0;
}

async function list(argv: readonly string[], io: CommandIO): Promise<number> {
	const { values, positionals } = parse(argv, { ...CONFIG_DIR_OPTION, json: { type: 'boolean' } });
	const store = await openStoreForCommand(io, values['config-dir']);
	const files = positionals.length > 0 ? positionals.map((file) => givenPath(io.cwd, file)) : undefined;
	const { files: anchored, relocations } = await loadAnchoredHighlights(store, { files, libraryPaths: libraryPathsOf(store) });
	reportRelocations(io, relocations);
	const entries = anchored.flatMap((file) => file.highlights.map(listEntry));
	const problems = unreadableFiles(anchored);
	if (values.json) {
		io.stdout(`${toJson(entries)}\n`);
		return reportProblems(io, problems);
	}
	for (const group of anchored) {
		if (group.highlights.length === 0) continue;
		const title = group.loaded ? group.loaded.article.title : `(${group.problem ?? 'missing'})`;
		io.stdout(`${sanitizeInline(group.file)} — ${sanitizeInline(title)}\n`);
		for (const entry of group.highlights.map(listEntry)) {
			const state = entry.state === 'anchored' ? '' : ` [${entry.state}]`;
			io.stdout(`  ${entry.id}  ${entry.start}-${entry.end}${state}  "${shorten(entry.exact, 70)}"\n`);
			if (entry.note.trim() !== '') io.stdout(`      note: ${shorten(entry.note, 70)}\n`);
		}
	}
	return reportProblems(io, problems);
}

async function remove(argv: readonly string[], io: CommandIO): Promise<number> {
	const { values, positionals } = parse(argv, { ...CONFIG_DIR_OPTION, json: { type: 'boolean' } });
	const id = oneArgument(positionals, 'highlight rm takes one ID');
	const store = await openStoreForCommand(io, values['config-dir']);
	const removed = await saveChange(store, () => store.removeHighlight(id));
	if (!removed) throw new CommandError(`no highlight ${sanitizeInline(id)}`);
	io.stdout(values.json ? `${toJson(removed)}\n` : `${removed.id}\n`);
	return 0;
}

const SUBCOMMANDS: Readonly<Record<string, (argv: readonly string[], io: CommandIO) => Promise<number>>> = {
	add,
	list,
	rm: remove,
};

const highlight: Command = async (argv, io) => {
	const [name, ...rest] = argv;
	const run = name === undefined ? undefined : SUBCOMMANDS[name];
	if (!run) throw new UsageError(name === undefined ? `usage: marginalia ${USAGE.highlight.usage}` : `unknown highlight command: ${sanitizeInline(name)}`);
	return run(rest, io);
};

export default highlight;
