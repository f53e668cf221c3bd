import { spawnSync } from 'node:child_process';
import { sanitizeMultiline } from '../core/text/sanitize.js';

export type CopyResult = { readonly via: string } | { readonly error: string };

interface ClipboardTool {
	readonly command: string;
	readonly args: readonly string[];
	readonly when: (env: NodeJS.ProcessEnv) => boolean;
}

const TOOLS: readonly ClipboardTool[] = [
	{ command: 'pbcopy', args: [], when: () => process.platform === 'darwin' },
	{ command: 'wl-copy', args: [], when: (env) => Boolean(env['WAYLAND_DISPLAY']) },
	{ command: 'xclip', args: ['-selection', 'clipboard'], when: (env) => Boolean(env['DISPLAY']) },
	{ command: 'xsel', args: ['--clipboard', '--input'], when: (env) => Boolean(env['DISPLAY']) },
	{ command: 'clip.exe', args: [], when: (env) => process.platform === 'win32' || Boolean(env['WSL_DISTRO_NAME']) },
];

/**
 * Copies to the system clipboard with the platform's tool where there is one; otherwise asks the terminal
 * to do it with OSC 52 (works over SSH in most modern terminals; tmux needs `set -g set-clipboard on`).
 */
export function copyToClipboard(text: string, stdout: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): CopyResult {
	// Copied as it is drawn: an escape sequence in the article would otherwise run when pasted into a terminal.
	const safe = sanitizeMultiline(text);
	for (const tool of TOOLS) {
		if (!tool.when(env)) continue;
		const result = spawnSync(tool.command, tool.args, { input: safe, timeout: 2000, stdio: ['pipe', 'ignore', 'ignore'] });
		if (result.status === 0) return { via: tool.command };
	}
	if (!stdout.isTTY) return { error: 'no clipboard tool found and no terminal to ask' };
	stdout.write(`\u001B]52;c;${Buffer.from(safe, 'utf8').toString('base64')}\u0007`);
	return { via: 'the terminal (OSC 52)' };
}

/** Opens a URL in the desktop's browser, without waiting for it. */
export function openUrl(url: string): CopyResult {
	const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
	const result = spawnSync(command, [url], { timeout: 3000, stdio: 'ignore' });
	return result.status === 0 ? { via: command } : { error: `could not run ${command}` };
}
