import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { parseArticle } from '../../../source/core/article/article.js';
import { analyseQuotes } from '../../../source/core/quotes/index.js';
import { ImportError } from '../../../source/library/import/add.js';
import { readPipedArticle, type PipedInput } from '../../../source/library/import/piped.js';
import { fixture } from '../../helpers/news-server.js';

/** Standard input as a pipe delivers it: in chunks, with no isTTY. */
function pipe(content: string | Buffer, chunkSize = 1000): PipedInput {
	const bytes = Buffer.from(content);
	const chunks: Buffer[] = [];
	for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
	return Readable.from(chunks);
}

test('piped: HTML on standard input goes through the same conversion as add (metadata, quotes, speakers)', async () => {
	const piped = await readPipedArticle(pipe(fixture('zakharova.html')));
	assert.ok(piped);
	assert.equal(piped.article.meta.title, 'Russia warns peacekeepers in Ukraine would trigger direct confrontation with Moscow');
	assert.equal(piped.article.meta.source, 'Euromaidan Press');
	const article = parseArticle(piped.content);
	assert.equal(article.title, piped.article.meta.title);
	assert.deepEqual(analyseQuotes(article).speakers.map((speaker) => speaker.name), ['Maria Zakharova']);
});

test('piped: text is kept as it is', async () => {
	const text = 'Tide tables for the week\n\nHigh water at Arden is at 06:12, the harbour master said.\n';
	const piped = await readPipedArticle(pipe(text, 7));
	assert.deepEqual(piped?.article, { meta: {}, body: text });
	assert.equal(piped?.content, text);
});

test('piped: a terminal or an empty pipe is not an article (the reader starts as usual)', async () => {
	const terminal = Object.assign(pipe('ignored'), { isTTY: true });
	assert.equal(await readPipedArticle(terminal), null);
	assert.equal(await readPipedArticle(pipe('')), null);
	assert.equal(await readPipedArticle(pipe(' \n\t\n')), null);
});

test('piped: binary input, a feed and input over the size limit are one-line errors', async () => {
	const failure = async (input: PipedInput, options = {}) => {
		const error = await readPipedArticle(input, options).then(() => null, (caught: unknown) => caught);
		assert.ok(error instanceof ImportError, String(error));
		return error.message;
	};
	assert.equal(await failure(pipe(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100)]))), 'binary content, not a web page or text');
	assert.match(await failure(pipe(fixture('rss.xml'))), /it is a feed/);
	assert.equal(await failure(pipe('x'.repeat(5000)), { maxBytes: 4096 }), 'standard input: larger than the 4 KB limit');
});
