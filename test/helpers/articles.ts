import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ARTICLES_DIR = fileURLToPath(new URL('../../articles', import.meta.url));
export const ZAKHAROVA_FILE = `${ARTICLES_DIR}/russia-warns-peacekeepers-direct-confrontation.txt`;
export const LAVROV_FILE = `${ARTICLES_DIR}/lavrov-no-compromise-on-peacekeepers.txt`;

export function readBundled(file: string): Buffer {
	return readFileSync(file);
}
