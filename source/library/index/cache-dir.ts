import envPaths from 'env-paths';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/** The cache folder: MARGINALIA_CACHE_DIR, else env-paths' (~/.cache/marginalia on Linux). */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
	const given = env.MARGINALIA_CACHE_DIR || undefined;
	return given ? resolve(given) : envPaths('marginalia', { suffix: '' }).cache;
}

/** Where one library folder's index is kept: a folder named by a hash of the library folder's path. */
export function folderCacheDirectory(cacheDir: string, folder: string): string {
	return join(cacheDir, 'libraries', createHash('sha256').update(resolve(folder)).digest('hex').slice(0, 24));
}
