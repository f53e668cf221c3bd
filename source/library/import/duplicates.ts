import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../../core/article/article.js';
import { decodeArticleText, fingerprintOf } from '../../core/text/article-text.js';
import { isArticleFileName, MAX_ARTICLE_BYTES } from '../load.js';

/** An article already in the library that a new one would duplicate, and what they share. */
export interface ExistingArticle {
	readonly path: string;
	readonly by: 'url' | 'text';
}

export interface DuplicateCandidate {
	/** Every address the new article is known by (as given, after redirects, canonical). */
	readonly urls: readonly string[];
	/** The fingerprint its text will have (DESIGN: SHA-256 of the text without front matter). */
	readonly fingerprint: string;
}

/**
 * Finds an article the library already has. Today it reads the destination folder; the library index
 * (issue 9) can answer the same question without reading every file.
 */
export interface DuplicateIndex {
	find(candidate: DuplicateCandidate): ExistingArticle | null;
}

const TRACKING_PARAMETER = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|cmpid|ocid)$/i;

/** An address in one form for comparison: no fragment, no tracking parameters, no trailing slash. */
export function comparableUrl(value: string): string | null {
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		return null;
	}
	url.hash = '';
	for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMETER.test(key)) url.searchParams.delete(key);
	if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.slice(0, -1);
	return url.href;
}

interface FileFacts {
	readonly size: number;
	readonly mtimeMs: number;
	readonly url: string | null;
	readonly fingerprint: string;
}

/** A regular file's bytes, at most `limit` of them; null for anything else or anything larger. */
function readSmallRegularFile(path: string, limit: number): Uint8Array | null {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch {
		return null;
	}
	try {
		if (!fstatSync(fd).isFile()) return null;
		const buffer = Buffer.alloc(limit + 1);
		let length = 0;
		for (;;) {
			const read = readSync(fd, buffer, length, buffer.length - length, null);
			if (read === 0) break;
			length += read;
			if (length > limit) return null;
		}
		return buffer.subarray(0, length);
	} finally {
		closeSync(fd);
	}
}

/** Reads the folder's article files, each again only when its size or modification time changed. */
export function folderDuplicateIndex(dir: string): DuplicateIndex {
	const cache = new Map<string, FileFacts>();
	const factsOf = (path: string): FileFacts | null => {
		let info;
		try {
			info = statSync(path);
		} catch {
			return null;
		}
		const cached = cache.get(path);
		if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) return cached;
		const bytes = readSmallRegularFile(path, MAX_ARTICLE_BYTES);
		if (!bytes) return null;
		const { meta, body } = splitFrontMatter(decodeArticleText(bytes));
		const facts = { size: info.size, mtimeMs: info.mtimeMs, url: meta.url ? comparableUrl(meta.url) : null, fingerprint: fingerprintOf(body) };
		cache.set(path, facts);
		return facts;
	};
	return {
		find({ urls, fingerprint }) {
			const wanted = new Set(urls.map(comparableUrl).filter((url): url is string => url !== null));
			let names: string[];
			try {
				names = readdirSync(dir).filter(isArticleFileName).sort();
			} catch {
				return null;
			}
			let sameText: string | null = null;
			for (const name of names) {
				const path = join(dir, name);
				const facts = factsOf(path);
				if (!facts) continue;
				if (facts.url !== null && wanted.has(facts.url)) return { path, by: 'url' };
				if (sameText === null && facts.fingerprint === fingerprint) sameText = path;
			}
			return sameText === null ? null : { path: sameText, by: 'text' };
		},
	};
}
