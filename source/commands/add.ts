import { parseArgs } from 'node:util';
import { sanitizeInline } from '../core/text/sanitize.js';
import { addToLibrary, ImportError, parseImportInput, type Added } from '../library/import/add.js';
import { folderDuplicateIndex } from '../library/import/duplicates.js';
import { adoptLibraryAndSay, fetchLimits, IMPORT_OPTIONS, libraryTarget, markNewArticles } from './library-destination.js';
import { UsageError, usageErrorFrom, toJson, type Command, type CommandIO } from './io.js';

/** One entry of `add --json`. */
export interface AddJsonEntry {
	input: string;
	status: 'added' | 'duplicate' | 'failed';
	file: string | null;
	title: string | null;
	source: string | null;
	date: string | null;
	byline: string | null;
	url: string | null;
	/** For a duplicate: what it shares with the article already there. */
	same: 'url' | 'text' | null;
	error: string | null;
}

function entryOf(input: string, added: Added): AddJsonEntry {
	const { meta } = added.article;
	return {
		input,
		status: added.status,
		file: added.path,
		title: added.title,
		source: meta.source ?? null,
		date: meta.date ?? null,
		byline: meta.byline ?? null,
		url: meta.url ?? null,
		same: added.status === 'duplicate' ? added.by : null,
		error: null,
	};
}

function describe(entry: AddJsonEntry): string {
	const details = [entry.source, entry.date?.slice(0, 10)].filter(Boolean).join(', ');
	const title = sanitizeInline(`${entry.title ?? ''}${details ? ` (${details})` : ''}`);
	if (entry.status === 'added') return `Added: ${title}\n  ${sanitizeInline(entry.file ?? '')}\n`;
	const same = entry.same === 'url' ? 'the same address' : 'the same text';
	return `Already in the library (${same}): ${title}\n  ${sanitizeInline(entry.file ?? '')}\n`;
}

const add: Command = async (argv, io: CommandIO) => {
	let parsed;
	try {
		parsed = parseArgs({ args: [...argv], options: IMPORT_OPTIONS, strict: true, allowPositionals: true });
	} catch (error) {
		throw usageErrorFrom(error);
	}
	const { values, positionals } = parsed;
	// An empty one ('' from a script's unset variable) would be the current folder.
	if (positionals.length === 0 || positionals.some((input) => input.trim() === '')) throw new UsageError('add takes a URL, a FILE or - (standard input)');
	if (positionals.filter((input) => input === '-').length > 1) throw new UsageError('standard input (-) can be added once');
	if (positionals.includes('-') && io.stdin?.isTTY === true) throw new UsageError("nothing is piped in for '-': try curl -s URL | marginalia add -");
	const limits = fetchLimits(values.timeout);
	const target = await libraryTarget(io, { to: values.to, configDir: values['config-dir'] });
	const index = folderDuplicateIndex(target.dir);

	const entries: AddJsonEntry[] = [];
	for (const input of positionals) {
		const label = input === '-' ? 'standard input' : input;
		try {
			const added = await addToLibrary(parseImportInput(input), { ...limits, dir: target.dir, cwd: io.cwd, index, ...(io.stdin ? { stdin: io.stdin } : {}) });
			const entry = entryOf(input, added);
			entries.push(entry);
			if (!values.json) io.stdout(describe(entry));
		} catch (error) {
			if (!(error instanceof ImportError)) throw error;
			entries.push({ input, status: 'failed', file: null, title: null, source: null, date: null, byline: null, url: null, same: null, error: error.message });
			io.stderr(`marginalia: cannot add ${sanitizeInline(label)}: ${sanitizeInline(error.message)}\n`);
		}
	}
	if (entries.some((entry) => entry.status === 'added')) adoptLibraryAndSay(io, target);
	markNewArticles(io, target, entries.flatMap((entry) => (entry.status === 'added' && entry.file ? [entry.file] : [])));
	if (values.json) io.stdout(`${toJson(entries)}\n`);
	return entries.some((entry) => entry.status === 'failed') ? 1 : 0;
};

export default add;
