import type { RefreshEvent } from '../../../library/import/feeds.js';
import { editQuery, type FilterKey } from '../../components/FilterLine.js';

/** What the library is fetching: one article (A), or every feed (r) with its count so far. */
export type ImportJob =
	| { readonly kind: 'add'; readonly input: string }
	| { readonly kind: 'refresh'; readonly feeds: number; readonly feedsDone: number; readonly added: number; readonly failures: readonly string[] };

export interface ImportMessage {
	readonly text: string;
	readonly tone: 'done' | 'problem';
}

/**
 * The library's imports: the prompt `A` opens (what is typed, null when closed), the job running, and the
 * one line that says how the last one went. Keys typed right after `A` land in `prompt` through the
 * synchronous reducer, so nothing typed fast is lost.
 */
export interface ImportState {
	readonly prompt: string | null;
	readonly job: ImportJob | null;
	readonly message: ImportMessage | null;
}

export type ImportAction =
	| { readonly type: 'prompt-open' }
	| { readonly type: 'prompt-type'; readonly input: string; readonly key: FilterKey }
	| { readonly type: 'prompt-paste'; readonly text: string }
	| { readonly type: 'prompt-clear' }
	| { readonly type: 'prompt-close' }
	| { readonly type: 'start'; readonly job: ImportJob }
	| { readonly type: 'refresh-event'; readonly event: RefreshEvent }
	| { readonly type: 'finish'; readonly message: ImportMessage | null }
	| { readonly type: 'message'; readonly message: ImportMessage | null };

export const NO_IMPORT: ImportState = { prompt: null, job: null, message: null };

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The line under the list while a job runs (after the spinner). */
export function jobLine(job: ImportJob): string {
	if (job.kind === 'add') return `Adding ${job.input}…`;
	return `Refreshing ${plural(job.feeds, 'feed')}: ${job.feedsDone} read · ${plural(job.added, 'new article')}`;
}

/** How a refresh went, in one line. */
export function refreshMessage(added: number, feeds: number, failures: readonly string[]): ImportMessage {
	const count = added === 0 ? 'No new articles' : `${plural(added, 'new article')}`;
	if (failures.length === 0) return { text: `${count} from ${plural(feeds, 'feed')}`, tone: 'done' };
	const more = failures.length > 1 ? ` (and ${failures.length - 1} more: marginalia feed list)` : '';
	return { text: `${count}; ${failures[0]}${more}`, tone: 'problem' };
}

function countEvent(job: Extract<ImportJob, { kind: 'refresh' }>, event: RefreshEvent): ImportJob {
	const feedName = event.feed.title ?? event.feed.url;
	switch (event.type) {
		case 'feed-unchanged':
		case 'feed-read':
			return { ...job, feedsDone: job.feedsDone + 1 };
		case 'feed-failed':
			return { ...job, feedsDone: job.feedsDone + 1, failures: [...job.failures, `feed ${feedName}: ${event.reason}`] };
		case 'item-added':
			return { ...job, added: job.added + 1 };
		default:
			return job;
	}
}

export function importReducer(state: ImportState, action: ImportAction): ImportState {
	switch (action.type) {
		case 'prompt-open':
			return { ...state, prompt: '', message: null };
		case 'prompt-type':
			return state.prompt === null ? state : { ...state, prompt: editQuery(state.prompt, action.input, action.key) };
		case 'prompt-paste':
			// A pasted address or path is one line: line breaks (a trailing newline, most often) are dropped.
			return state.prompt === null ? state : { ...state, prompt: state.prompt + action.text.replace(/[\r\n]+/g, '') };
		case 'prompt-clear':
			return state.prompt === null ? state : { ...state, prompt: '' };
		case 'prompt-close':
			return { ...state, prompt: null };
		case 'start':
			return { prompt: null, job: action.job, message: null };
		case 'refresh-event':
			return state.job?.kind === 'refresh' ? { ...state, job: countEvent(state.job, action.event) } : state;
		case 'finish':
			return { ...state, job: null, message: action.message };
		case 'message':
			return { ...state, message: action.message };
	}
}
