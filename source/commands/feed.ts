import { parseArgs, type ParseArgsConfig } from 'node:util';
import { sanitizeInline } from '../core/text/sanitize.js';
import { FetchError, webAddress } from '../library/import/fetch.js';
import type { StoredFeed } from '../store/index.js';
import { fetchLimits } from './library-destination.js';
import { asCommandError, openStoreForCommand } from './store.js';
import { CommandError, UsageError, oneArgument, usageErrorFrom, toJson, type Command, type CommandIO } from './io.js';
import { USAGE } from './usage.js';

/** The `feed list --json` shape (DESIGN.md, "Command-line contracts"). */
export interface FeedListEntry {
	url: string;
	title: string | null;
	/** Items the feed held when last fetched. */
	items: number;
	lastFetched: string | null;
	error: string | null;
}

function parse<T extends ParseArgsConfig['options']>(argv: readonly string[], options: T) {
	try {
		return parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
	} catch (error) {
		throw usageErrorFrom(error);
	}
}

const COMMON = { 'config-dir': { type: 'string' } } as const;

function oneAddress(positionals: readonly string[], what: string): string {
	const given = oneArgument(positionals, `feed ${what} takes one URL`);
	try {
		return webAddress(given).href;
	} catch (error) {
		if (error instanceof FetchError) throw new CommandError(`${sanitizeInline(given)}: ${error.message}`);
		throw error;
	}
}

async function subscribe(argv: readonly string[], io: CommandIO): Promise<number> {
	const { values, positionals } = parse(argv, { ...COMMON, timeout: { type: 'string' } });
	const address = oneAddress(positionals, 'add');
	const limits = fetchLimits(values.timeout);
	// Feed parsing and the HTML tools load only here: `feed list` and `feed rm` start without them.
	const { FeedError, findFeed } = await import('../library/import/feeds.js');
	let found;
	try {
		found = await findFeed(address, limits);
	} catch (error) {
		if (error instanceof FeedError) throw new CommandError(`cannot subscribe to ${sanitizeInline(address)}: ${error.message}`);
		throw error;
	}
	const store = await openStoreForCommand(io, values['config-dir']);
	let result;
	try {
		result = store.addFeed({ url: found.url, title: found.title });
	} catch (error) {
		throw asCommandError(error);
	}
	const name = sanitizeInline(found.title ?? found.url);
	if (found.foundOn) io.stdout(`The page names a feed: ${sanitizeInline(found.url)}\n`);
	io.stdout(
		result.added
			? `Subscribed to ${name} (${found.items} items): ${sanitizeInline(found.url)}\nRun 'marginalia refresh' to add its articles to your library.\n`
			: `Already subscribed to ${name}: ${sanitizeInline(found.url)}\n`,
	);
	return 0;
}

function listEntry(feed: StoredFeed): FeedListEntry {
	return { url: feed.url, title: feed.title, items: feed.items, lastFetched: feed.lastFetched, error: feed.error };
}

async function list(argv: readonly string[], io: CommandIO): Promise<number> {
	const { values, positionals } = parse(argv, { ...COMMON, json: { type: 'boolean', default: false } });
	if (positionals.length > 0) throw new UsageError('feed list takes no arguments');
	const store = await openStoreForCommand(io, values['config-dir']);
	const entries = store.feeds().map(listEntry);
	if (values.json) {
		io.stdout(`${toJson(entries)}\n`);
		return 0;
	}
	if (entries.length === 0) {
		io.stdout("No feeds yet. Subscribe with 'marginalia feed add URL'.\n");
		return 0;
	}
	for (const entry of entries) {
		const fetched = entry.lastFetched ? `${entry.items} items · fetched ${entry.lastFetched.slice(0, 16).replace('T', ' ')}` : 'not refreshed yet';
		const error = entry.error ? ` · last refresh failed: ${entry.error}` : '';
		io.stdout(`${sanitizeInline(entry.title ?? '(untitled)')}\n  ${sanitizeInline(`${entry.url} · ${fetched}${error}`)}\n`);
	}
	return 0;
}

async function remove(argv: readonly string[], io: CommandIO): Promise<number> {
	const { values, positionals } = parse(argv, COMMON);
	const given = oneArgument(positionals, 'feed rm takes one URL');
	const store = await openStoreForCommand(io, values['config-dir']);
	let normalised = given;
	try {
		normalised = webAddress(given).href;
	} catch {
		// Not a web address: it can still be removed if it is stored as written.
	}
	let removed;
	try {
		removed = store.removeFeed(normalised) ?? store.removeFeed(given);
	} catch (error) {
		throw asCommandError(error);
	}
	if (!removed) throw new CommandError(`not subscribed to ${sanitizeInline(given)}`);
	io.stdout(`Unsubscribed from ${sanitizeInline(removed.title ?? removed.url)}; its articles stay in the library.\n`);
	return 0;
}

const SUBCOMMANDS: Readonly<Record<string, (argv: readonly string[], io: CommandIO) => Promise<number>>> = { add: subscribe, list, rm: remove };

const feed: Command = async (argv, io) => {
	const [name, ...rest] = argv;
	const run = name === undefined ? undefined : SUBCOMMANDS[name];
	if (!run) throw new UsageError(name === undefined ? `usage: marginalia ${USAGE.feed.usage}` : `unknown feed command: ${sanitizeInline(name)}`);
	return run(rest, io);
};

export default feed;
