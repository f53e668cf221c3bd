// A news site on 127.0.0.1 for the import and feed tests: pages and feeds written for the tests, and the
// failures a reader meets (404, a slow page, a binary file, a redirect, an oversized page, a 304). It
// listens on an ephemeral port and is closed after the test; no test reaches any other address.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

export const fixture = (name: string): Buffer => readFileSync(`${FIXTURES}${name}`);

export interface RecordedRequest {
	readonly path: string;
	readonly headers: IncomingMessage['headers'];
}

export interface NewsServer {
	readonly origin: string;
	readonly requests: RecordedRequest[];
	/** The most requests the server was answering at once. */
	readonly mostAtOnce: () => number;
	/** Replaces or adds a route for the rest of the test. */
	route(path: string, handler: Handler): void;
}

type Handler = (request: IncomingMessage, response: ServerResponse, origin: string) => void;

const html = (name: string, type = 'text/html; charset=utf-8'): Handler => (_request, response) => {
	response.writeHead(200, { 'content-type': type });
	response.end(fixture(name));
};

/** A fixture with `{{origin}}` replaced by the server's address, as a real feed names its own site. */
const withOrigin = (name: string, type: string, extra: Record<string, string> = {}): Handler => (_request, response, origin) => {
	response.writeHead(200, { 'content-type': type, ...extra });
	response.end(fixture(name).toString('utf8').replaceAll('{{origin}}', origin));
};

export const ETAG = '"rss-v1"';

function routes(): Map<string, Handler> {
	return new Map<string, Handler>([
		['/news/zakharova', html('zakharova.html')],
		['/news/lavrov', html('lavrov.html')],
		['/news/storm', html('og-only.html')],
		// No charset in the header: the page's own <meta charset="windows-1252"> says how to read it.
		['/news/harbour', html('harbour.html', 'text/html')],
		['/news/world', html('section-front.html')],
		['/news/plain', (_request, response) => {
			response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
			response.end('Tide tables for the week\n\nHigh water at Arden is at 06:12 and 18:40 on Monday, and about forty minutes later each day after that, the harbour master said.\n');
		}],
		['/image.png', (_request, response) => {
			response.writeHead(200, { 'content-type': 'image/png' });
			response.end(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(2000, 7)]));
		}],
		['/download', (_request, response) => {
			// A binary file that claims to be a web page.
			response.writeHead(200, { 'content-type': 'text/html' });
			response.end(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0)]));
		}],
		['/redirect', (_request, response) => {
			response.writeHead(302, { location: '/news/storm' });
			response.end();
		}],
		['/to-ftp', (_request, response) => {
			response.writeHead(302, { location: 'ftp://127.0.0.1/story.txt' });
			response.end();
		}],
		['/slow', () => {
			// Never answers: the client's time limit must end it (the socket is destroyed when the server closes).
		}],
		['/slow-body', (_request, response) => {
			response.writeHead(200, { 'content-type': 'text/html' });
			response.write('<!doctype html><html><body><p>The start of a page that never ends');
		}],
		['/huge', (_request, response) => {
			// 6 MB, sent in pieces with no Content-Length: only counting while reading can stop it.
			response.writeHead(200, { 'content-type': 'text/html' });
			const piece = `<p>${'All work and no play. '.repeat(2900)}</p>\n`;
			let sent = 0;
			const more = () => {
				while (sent < 6 * 1024 * 1024) {
					sent += piece.length;
					if (!response.write(piece)) return void response.once('drain', more);
				}
				response.end();
			};
			more();
		}],
		['/episode.mp3', (_request, response) => {
			// A podcast episode: 6 MB that should never be downloaded to find it is not an article.
			response.writeHead(200, { 'content-type': 'audio/mpeg' });
			let sent = 0;
			const chunk = Buffer.alloc(64 * 1024, 0xff);
			const more = () => {
				while (sent < 6 * 1024 * 1024 && !response.destroyed) {
					sent += chunk.length;
					if (!response.write(chunk)) return void response.once('drain', more);
				}
				response.end();
			};
			more();
		}],
		['/huge-declared', (_request, response) => {
			response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(8 * 1024 * 1024) });
			response.write('<p>');
		}],
		['/feeds/rss.xml', withOrigin('rss.xml', 'application/rss+xml; charset=utf-8')],
		['/feeds/atom.xml', withOrigin('atom.xml', 'application/atom+xml')],
		['/feeds/feed.json', withOrigin('feed.json', 'application/feed+json')],
		['/feeds/broken.xml', withOrigin('broken.xml', 'application/rss+xml')],
		['/feeds/etag.xml', (request, response, origin) => {
			if (request.headers['if-none-match'] === ETAG) {
				response.writeHead(304, { etag: ETAG });
				return void response.end();
			}
			withOrigin('rss.xml', 'application/rss+xml', { etag: ETAG, 'last-modified': 'Thu, 06 Mar 2025 12:00:00 GMT' })(request, response, origin);
		}],
		['/feeds/page', (_request, response) => {
			response.writeHead(200, { 'content-type': 'text/html' });
			response.end('<!doctype html><html><head><title>The Ledger</title><link rel="alternate" type="application/rss+xml" href="/feeds/rss.xml"></head><body><p>Home</p></body></html>');
		}],
	]);
}

/** Starts the site; it is closed (open connections too) when the test ends. */
export async function startNewsServer(t: TestContext): Promise<NewsServer> {
	const table = routes();
	const requests: RecordedRequest[] = [];
	const sockets = new Set<Socket>();
	let atOnce = 0;
	let most = 0;
	let origin = '';
	const server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', origin).pathname;
		requests.push({ path, headers: request.headers });
		most = Math.max(most, ++atOnce);
		response.on('close', () => atOnce--);
		const handler = table.get(path);
		if (handler) return handler(request, response, origin);
		response.writeHead(404, { 'content-type': 'text/html' });
		response.end('<!doctype html><html><body><h1>Page not found</h1></body></html>');
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	t.after(async () => {
		for (const socket of sockets) socket.destroy();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	});
	return { origin, requests, mostAtOnce: () => most, route: (path, handler) => void table.set(path, handler) };
}
