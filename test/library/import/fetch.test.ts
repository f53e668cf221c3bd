import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { FetchError, fetchDocument, type FetchOptions } from '../../../source/library/import/fetch.js';
import { ETAG, startNewsServer } from '../../helpers/news-server.js';

/** A loopback port nobody listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}

const LIMITS: FetchOptions = { timeoutMs: 5000, maxBytes: 5 * 1024 * 1024, accept: 'text/html' };

test('fetch: a page, through a redirect: the bytes, the media type and where they came from', async (t) => {
	const server = await startNewsServer(t);
	const fetched = await fetchDocument(`${server.origin}/redirect`, LIMITS);
	assert.equal(fetched.status, 'fetched');
	if (fetched.status !== 'fetched') return;
	assert.equal(fetched.url, `${server.origin}/news/storm`);
	assert.equal(fetched.contentType, 'text/html; charset=utf-8');
	assert.match(Buffer.from(fetched.bytes).toString('utf8'), /Storm closes the coast road/);
	assert.equal(server.requests[0]!.headers.accept, 'text/html');
	assert.match(String(server.requests[0]!.headers['user-agent']), /^Marginalia\//);
});

test('fetch: each failure is a FetchError with one line a person can act on', async (t) => {
	const server = await startNewsServer(t);
	const failure = async (path: string, options = LIMITS) => {
		const error = await fetchDocument(path.includes(':') ? path : `${server.origin}${path}`, options).then(
			() => assert.fail(`${path} should fail`),
			(caught: unknown) => caught,
		);
		assert.ok(error instanceof FetchError, `${path}: ${String(error)}`);
		assert.ok(!error.message.includes('\n'));
		return error.message;
	};
	assert.equal(await failure('/missing'), 'the server answered 404 Not Found');
	assert.equal(await failure('/slow', { ...LIMITS, timeoutMs: 300 }), 'no complete answer within 0.3 s');
	assert.equal(await failure('/slow-body', { ...LIMITS, timeoutMs: 300 }), 'no complete answer within 0.3 s', 'the limit covers the body');
	assert.equal(await failure('/huge'), 'larger than the 5 MB limit');
	assert.equal(await failure('/huge-declared'), 'larger than the 5 MB limit (8 MB)');
	assert.equal(await failure('/to-ftp'), 'redirected to an address that is not http or https');
	assert.equal(await failure('ftp://127.0.0.1/story.txt'), 'only http and https addresses can be fetched, not ftp');
	assert.equal(await failure('file:///etc/passwd'), 'only http and https addresses can be fetched, not file');
	assert.equal(await failure('not a url'), 'not a web address');
	assert.equal(await failure('/episode.mp3', { ...LIMITS, refuse: (type) => (type === 'audio/mpeg' ? 'not wanted' : null) }), 'not wanted', 'refused from its headers');
	assert.equal(await failure(`http://127.0.0.1:${await closedPort()}/news`), 'the connection was refused');
});

test('fetch: a conditional GET sends the validators and a 304 is not-modified', async (t) => {
	const server = await startNewsServer(t);
	const first = await fetchDocument(`${server.origin}/feeds/etag.xml`, LIMITS);
	assert.equal(first.status, 'fetched');
	if (first.status !== 'fetched') return;
	assert.equal(first.etag, ETAG);
	assert.equal(first.lastModified, 'Thu, 06 Mar 2025 12:00:00 GMT');
	const second = await fetchDocument(`${server.origin}/feeds/etag.xml`, { ...LIMITS, etag: first.etag, lastModified: first.lastModified });
	assert.deepEqual(second, { status: 'not-modified' });
	assert.equal(server.requests[1]!.headers['if-none-match'], ETAG);
	assert.equal(server.requests[1]!.headers['if-modified-since'], 'Thu, 06 Mar 2025 12:00:00 GMT');
	assert.equal(server.requests[0]!.headers['if-none-match'], undefined);
});
