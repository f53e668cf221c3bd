// Fetching a page or a feed with Node's fetch: http and https only, redirects followed, a time limit for the
// whole exchange, and a size limit enforced while the body streams in (a server's Content-Length is not trusted).

import { sizeLabel } from './size.js';

/** A failure the user can act on, said in one line: "the server answered 404 Not Found", "no answer within 20 s". */
export class FetchError extends Error {}

export interface FetchOptions extends FetchLimits {
	/** The Accept header: what we hope to get. */
	readonly accept: string;
	/** For a conditional GET: the validators of the copy we have. */
	readonly etag?: string | null;
	readonly lastModified?: string | null;
	/**
	 * Says why a response of this Content-Type is not wanted (null when it is), so that an mp3 or a video is
	 * refused from its headers instead of being downloaded up to the size limit.
	 */
	readonly refuse?: (contentType: string | null) => string | null;
}

export interface Fetched {
	readonly status: 'fetched';
	/** Where the content came from, after redirects. */
	readonly url: string;
	readonly contentType: string | null;
	readonly bytes: Uint8Array;
	readonly etag: string | null;
	readonly lastModified: string | null;
}

export interface NotModified {
	readonly status: 'not-modified';
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** The limits every fetch of an import runs under. */
export interface FetchLimits {
	readonly timeoutMs: number;
	readonly maxBytes: number;
	/** Injected for tests; Node's fetch otherwise. */
	readonly fetch?: typeof globalThis.fetch;
	/** Ends the fetch when the user cancels (Esc in the app): a FetchError saying so. */
	readonly signal?: AbortSignal;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: DEFAULT_TIMEOUT_MS, maxBytes: DEFAULT_MAX_BYTES };
const USER_AGENT = 'Marginalia/0.1 (terminal news reader)';

/** `value` as an http or https URL, or a FetchError saying why not. */
export function webAddress(value: string): URL {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new FetchError('not a web address');
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new FetchError(`only http and https addresses can be fetched, not ${url.protocol.replace(/:$/, '')}`);
	}
	return url;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

function networkReason(error: unknown, timeoutMs: number): string {
	const name = (error as Error | undefined)?.name;
	if (name === 'TimeoutError' || name === 'AbortError') return `no complete answer within ${seconds(timeoutMs)}`;
	const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
	switch (cause?.code) {
		case 'ECONNREFUSED':
			return 'the connection was refused';
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return 'no such host';
		case 'ECONNRESET':
		case 'UND_ERR_SOCKET':
			return 'the connection was cut';
		case 'UND_ERR_REDIRECT':
		case 'UND_ERR_MAX_REDIRECTIONS':
			return 'too many redirects';
		default: {
			const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
			// undici refuses to follow a redirect to ftp:, file: and the like.
			if (/scheme/i.test(message)) return 'redirected to an address that is not http or https';
			return message.split('\n')[0]!;
		}
	}
}

async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
	const reader = body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel().catch(() => {});
			throw new FetchError(`larger than the ${sizeLabel(maxBytes)} limit`);
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

/** GETs `address`; a 304 to a conditional request is `not-modified`, any other status but 2xx a FetchError. */
export async function fetchDocument(address: string, options: FetchOptions): Promise<Fetched | NotModified> {
	const url = webAddress(address);
	const headers: Record<string, string> = { accept: options.accept, 'user-agent': USER_AGENT };
	if (options.etag) headers['if-none-match'] = options.etag;
	if (options.lastModified) headers['if-modified-since'] = options.lastModified;
	const timeout = AbortSignal.timeout(options.timeoutMs);
	const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
	const doFetch = options.fetch ?? globalThis.fetch;
	try {
		const response = await doFetch(url, { headers, redirect: 'follow', signal });
		if (response.status === 304 && (options.etag || options.lastModified)) {
			await response.body?.cancel().catch(() => {});
			return { status: 'not-modified' };
		}
		if (!response.ok) {
			await response.body?.cancel().catch(() => {});
			throw new FetchError(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
		}
		webAddress(response.url || url.href);
		const refusal = options.refuse?.(response.headers.get('content-type')) ?? null;
		if (refusal !== null) {
			await response.body?.cancel().catch(() => {});
			throw new FetchError(refusal);
		}
		const declared = Number(response.headers.get('content-length'));
		if (Number.isFinite(declared) && declared > options.maxBytes) {
			await response.body?.cancel().catch(() => {});
			throw new FetchError(`larger than the ${sizeLabel(options.maxBytes)} limit (${sizeLabel(declared)})`);
		}
		const bytes = response.body ? await readLimited(response.body, options.maxBytes) : new Uint8Array();
		return {
			status: 'fetched',
			url: response.url || url.href,
			contentType: response.headers.get('content-type'),
			bytes,
			etag: response.headers.get('etag'),
			lastModified: response.headers.get('last-modified'),
		};
	} catch (error) {
		if (error instanceof FetchError) throw error;
		// The time limit covers the body too: an abort while reading lands here as well.
		if (options.signal?.aborted) throw new FetchError('cancelled');
		throw new FetchError(timeout.aborted ? `no complete answer within ${seconds(options.timeoutMs)}` : networkReason(error, options.timeoutMs));
	}
}
