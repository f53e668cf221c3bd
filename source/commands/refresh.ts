import { parseArgs } from 'node:util';
import { sanitizeInline } from '../core/text/sanitize.js';
import { refreshFeeds, type RefreshEvent } from '../library/import/feeds.js';
import { webAddress } from '../library/import/fetch.js';
import { adoptLibraryAndSay, fetchLimits, IMPORT_OPTIONS, libraryTarget, markNewArticles } from './library-destination.js';
import { asCommandError } from './store.js';
import { CommandError, usageErrorFrom, toJson, type Command, type CommandIO } from './io.js';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** One line of progress on stderr per thing that happens. */
function progressLine(event: RefreshEvent): string {
	const feedName = sanitizeInline(event.feed.title ?? event.feed.url);
	switch (event.type) {
		case 'feed-unchanged':
			return `${feedName}: nothing new (not modified)\n`;
		case 'feed-failed':
			return `marginalia: feed ${sanitizeInline(event.feed.url)}: ${sanitizeInline(event.reason)}\n`;
		case 'feed-read': {
			const waiting = event.waiting > 0 ? `; ${event.waiting} more next time` : '';
			return `${sanitizeInline(event.title ?? event.feed.url)}: ${event.newItems === 0 ? 'nothing new' : plural(event.newItems, 'new item')}${waiting}\n`;
		}
		// Feeds are read side by side, so each item line names its feed.
		case 'item-added': {
			const kept = event.pageProblem ? ` (its page failed: ${sanitizeInline(event.pageProblem)}; kept the feed's text)` : '';
			return `  + ${feedName}: ${sanitizeInline(event.title)}${kept}\n`;
		}
		case 'item-known':
			return `  = ${feedName}: ${sanitizeInline(event.item.title ?? event.item.key)} is already in the library (${event.by === 'url' ? 'same address' : 'same text'})\n`;
		case 'item-failed':
			return `  ! ${feedName}: ${sanitizeInline(event.item.title ?? event.item.key)}: ${sanitizeInline(event.reason)}\n`;
	}
}

const refresh: Command = async (argv, io: CommandIO) => {
	let parsed;
	try {
		parsed = parseArgs({ args: [...argv], options: IMPORT_OPTIONS, strict: true, allowPositionals: true });
	} catch (error) {
		throw usageErrorFrom(error);
	}
	const { values, positionals } = parsed;
	const limits = fetchLimits(values.timeout);
	const target = await libraryTarget(io, { to: values.to, configDir: values['config-dir'], needStore: true });
	const store = target.store!;
	const feeds = store.feeds();
	const only = positionals.map((given) => {
		const url = feeds.find((feed) => feed.url === given)?.url ?? feeds.find((feed) => feed.url === safeHref(given))?.url;
		if (!url) throw new CommandError(`not subscribed to ${sanitizeInline(given)}`);
		return url;
	});
	if (feeds.length === 0) {
		io.stderr("marginalia: no feeds to refresh; subscribe with 'marginalia feed add URL'\n");
		if (values.json) io.stdout(`${toJson({ feeds: [], added: [] })}\n`);
		return 0;
	}

	const count = only.length > 0 ? only.length : feeds.length;
	io.stderr(`Refreshing ${plural(count, 'feed')} into ${sanitizeInline(target.dir)}…\n`);
	let summary;
	try {
		summary = await refreshFeeds(store, { ...limits, dir: target.dir, cwd: io.cwd, onEvent: (event) => io.stderr(progressLine(event)) }, only.length > 0 ? only : undefined);
	} catch (error) {
		throw asCommandError(error);
	}
	if (summary.added.length > 0) adoptLibraryAndSay(io, target);
	markNewArticles(io, target, summary.added.map((added) => added.file));

	const failed = summary.feeds.filter((feed) => feed.status === 'failed').length;
	io.stderr(`${plural(summary.added.length, 'new article')}${failed > 0 ? `; ${plural(failed, 'feed')} failed` : ''}.\n`);
	if (values.json) io.stdout(`${toJson(summary)}\n`);
	else for (const added of summary.added) io.stdout(`${sanitizeInline(added.file)}\n`);
	return failed > 0 ? 1 : 0;
};

function safeHref(value: string): string | null {
	try {
		return webAddress(value).href;
	} catch {
		return null;
	}
}

export default refresh;
