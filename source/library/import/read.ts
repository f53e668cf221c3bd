import { open } from 'node:fs/promises';
import { describeFsError } from '../load.js';
import { sizeLabel } from './size.js';

/** Something that cannot be read as an article source; the message is one line. */
export class ReadError extends Error {}


/**
 * A regular file's bytes, the size limit checked while reading (a file can grow after `stat`, and
 * `/dev/zero` says it is empty). FIFOs, devices and folders are refused.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
	let handle;
	try {
		handle = await open(path, 'r');
	} catch (error) {
		throw new ReadError(describeFsError(error));
	}
	try {
		const info = await handle.stat();
		if (info.isDirectory()) throw new ReadError('is a folder');
		if (!info.isFile()) throw new ReadError('not a regular file');
		const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 64 * 1024)));
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
			if (bytesRead === 0) break;
			total += bytesRead;
			if (total > maxBytes) throw new ReadError(`larger than the ${sizeLabel(maxBytes)} limit`);
			chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
		}
		return Buffer.concat(chunks, total);
	} catch (error) {
		throw error instanceof ReadError ? error : new ReadError(describeFsError(error));
	} finally {
		await handle.close();
	}
}

/** All of a stream (standard input), at most `maxBytes`. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of stream) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
		total += bytes.length;
		if (total > maxBytes) throw new ReadError(`larger than the ${sizeLabel(maxBytes)} limit`);
		chunks.push(bytes);
	}
	return Buffer.concat(chunks, total);
}
