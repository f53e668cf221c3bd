import { randomUUID } from 'node:crypto';
import { sep } from 'node:path';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeEntry, encodeEntry, type IndexedArticle, type StoredEntry } from './entry.js';
import { INDEX_VERSION } from './version.js';
import { writeFileWhole } from './write-file.js';

/**
 * The library index file of one folder: a preamble (magic, header length), a JSON header with every
 * article's entry, then the articles' bodies one after another. Commands that list read the header alone;
 * bodies are read one at a time, by position, when an article is opened or searched.
 */
const MAGIC = 'MGLIB\u0000\u0000\u0001';
const PREAMBLE_BYTES = 12;

/** Not a whole index file of this version (damaged, cut short, old or newer): it is rebuilt. */
export class UnusableIndexError extends Error {}

interface Header {
	readonly version: string;
	readonly folder: string;
	readonly generation: string;
	/** `encodeEntry`'s arrays. */
	readonly entries: unknown[];
}

export class LibraryFile {
	private constructor(
		private readonly fd: number,
		readonly generation: string,
		readonly entries: readonly StoredEntry[],
		private readonly bodiesStart: number,
	) {}

	/** The index of `folder` at `path`; null if there is none; UnusableIndexError if it cannot be used. */
	static open(path: string, folder: string): LibraryFile | null {
		let fd: number;
		try {
			fd = openSync(path, 'r');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw new UnusableIndexError(`cannot open: ${(error as Error).message}`);
		}
		try {
			const size = fstatSync(fd).size;
			const preamble = readExactly(fd, 0, PREAMBLE_BYTES, size);
			if (new TextDecoder().decode(preamble.subarray(0, 8)) !== MAGIC) throw new UnusableIndexError('not an index file');
			const headerLength = new DataView(preamble.buffer, preamble.byteOffset).getUint32(8, true);
			const header = parseHeader(readExactly(fd, PREAMBLE_BYTES, headerLength, size));
			if (header.version !== INDEX_VERSION) throw new UnusableIndexError(`written by another version (${header.version})`);
			if (header.folder !== folder) throw new UnusableIndexError('the index of another folder');
			const bodiesStart = PREAMBLE_BYTES + headerLength;
			const entries: StoredEntry[] = [];
			const folderPrefix = folder.endsWith(sep) ? folder : folder + sep;
			for (const encoded of header.entries) {
				const entry = decodeEntry(encoded, folderPrefix);
				if (!entry || bodiesStart + entry.body[0] + entry.body[1] > size) throw new UnusableIndexError('an entry is damaged');
				entries.push(entry);
			}
			return new LibraryFile(fd, header.generation, entries, bodiesStart);
		} catch (error) {
			closeSync(fd);
			throw error instanceof UnusableIndexError ? error : new UnusableIndexError((error as Error).message);
		}
	}

	/** The stored bytes of an entry's body (JSON), as written. */
	bodyBytes(entry: StoredEntry): Uint8Array {
		return readExactly(this.fd, this.bodiesStart + entry.body[0], entry.body[1]);
	}

	close(): void {
		closeSync(this.fd);
	}
}

function readExactly(fd: number, position: number, length: number, size = Infinity): Uint8Array {
	if (position + length > size) throw new UnusableIndexError('cut short');
	const buffer = new Uint8Array(length);
	for (let done = 0; done < length; ) {
		const count = readSync(fd, buffer, done, length - done, position + done);
		if (count === 0) throw new UnusableIndexError('cut short');
		done += count;
	}
	return buffer;
}

function parseHeader(bytes: Uint8Array): Header {
	let header: unknown;
	try {
		header = JSON.parse(new TextDecoder().decode(bytes));
	} catch {
		throw new UnusableIndexError('the header is damaged');
	}
	const candidate = header as Partial<Header> | null;
	if (!candidate || typeof candidate.version !== 'string' || typeof candidate.folder !== 'string' || typeof candidate.generation !== 'string' || !Array.isArray(candidate.entries)) {
		throw new UnusableIndexError('the header is damaged');
	}
	return candidate as Header;
}

/** Writes the index of `folder` whole (see writeFileWhole); returns its new generation. */
export function writeLibraryFile(path: string, folder: string, articles: readonly { article: IndexedArticle; body: Uint8Array }[]): string {
	const generation = randomUUID();
	let offset = 0;
	const entries = articles.map(({ article, body }) => {
		const entry = { ...article, path: '', body: [offset, body.byteLength] as const };
		offset += body.byteLength;
		return entry;
	});
	const header = new TextEncoder().encode(JSON.stringify({ version: INDEX_VERSION, folder, generation, entries: entries.map(encodeEntry) } satisfies Header));
	const preamble = new Uint8Array(PREAMBLE_BYTES);
	preamble.set(new TextEncoder().encode(MAGIC));
	new DataView(preamble.buffer).setUint32(8, header.byteLength, true);
	writeFileWhole(path, [preamble, header, ...articles.map(({ body }) => body)]);
	return generation;
}
