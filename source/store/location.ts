import { resolve } from 'node:path';
import envPaths from 'env-paths';

/** Where the config file lives: the given folder, else MARGINALIA_CONFIG_DIR, else the platform's (~/.config/marginalia). */
export function configDirectory(options: { configDir?: string; env?: NodeJS.ProcessEnv } = {}): string {
	const env = options.env ?? process.env;
	const given = options.configDir ?? (env.MARGINALIA_CONFIG_DIR || undefined);
	return given ? resolve(given) : envPaths('marginalia', { suffix: '' }).config;
}
