import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCliAsync } from '../helpers/cli.js';
import { hasTmux, ROOT, Terminal } from '../helpers/tmux.js';
import { temporaryFolder } from '../helpers/temp.js';

const terminal = new Terminal();
after(() => terminal.kill());

/** A saved page, and a shell command in a real terminal that pipes it into the built CLI, then reports the terminal's state. */
function pipeInto(command: string, dir: string): string {
	const env = `env -u CI MARGINALIA_CONFIG_DIR=${JSON.stringify(join(dir, 'config'))} MARGINALIA_CACHE_DIR=${JSON.stringify(join(dir, 'cache'))} MARGINALIA_DATA_DIR=${JSON.stringify(join(dir, 'data'))}`;
	// After the app: its exit status, and whether the terminal is back in cooked mode with echo (stty reads the pane's tty).
	return terminal.newSession(100, 30, `cd ${JSON.stringify(ROOT)} && ${command.replace('MARGINALIA', env)}; status=$?; echo "EXIT=$status TTY: $(stty -a | grep -Eo '(^| )-?(icanon|echo)( |$)' | tr -d ' ' | tr '\\n' ' ')"; sleep 60`);
}

test('cat saved.html | marginalia: the article in the reader, keys from the terminal, q quits and gives the terminal back', async () => {
	assert.ok(hasTmux(), 'tmux is required for this test (CI installs it)');
	const dir = temporaryFolder('marginalia-e2e-pipe-');
	const saved = join(dir, 'saved.html');
	copyFileSync(join(ROOT, 'test/fixtures/import/zakharova.html'), saved);
	pipeInto(`cat ${JSON.stringify(saved)} | MARGINALIA node dist/cli.js`, dir);
	let text = await terminal.waitFor((s) => /page 1\/\d/.test(s), 'the piped article in the reader');
	assert.match(text, /Euromaidan Press · Yuri Zoria · 6 Mar 2025, 14:02/);
	assert.match(text, /Russian Foreign Ministry spokeswoman Maria Zakharova/);
	terminal.keys('Space');
	text = await terminal.waitFor((s) => s.includes('page 2/'), 'Space pages: keys come from the terminal, not the pipe');
	terminal.keys('}', 'H');
	await terminal.waitFor((s) => s.includes('Highlights need a file'), 'H offers to save the article');
	terminal.keys('y');
	await terminal.waitFor((s) => s.includes('Saved to your library as'), 'saved');
	assert.deepEqual(readdirSync(join(dir, 'data', 'articles')), ['russia-warns-peacekeepers-in-ukraine-would-trigger-direct-confrontation.txt']);
	terminal.keys('q');
	text = await terminal.waitFor((s) => s.includes('EXIT='), 'q quits');
	assert.match(text, /EXIT=0/);
	assert.doesNotMatch(text, /page \d\/\d/, 'the alternate screen was left');
	assert.match(text, /EXIT=0 TTY: icanon echo$/m, `the terminal is back in cooked mode with echo:\n${text}`);
});

test('marginalia - reads text as it is; nothing piped in is one line and status 2', async () => {
	assert.ok(hasTmux(), 'tmux is required for this test (CI installs it)');
	const dir = temporaryFolder('marginalia-e2e-dash-');
	pipeInto(`printf 'Tide tables for the week\\n\\nHigh water at Arden is at 06:12 on Monday, the harbour master said.\\n' | MARGINALIA node dist/cli.js -`, dir);
	let text = await terminal.waitFor((s) => s.includes('page 1/1'), 'the piped text in the reader');
	assert.match(text, /Tide tables for the week/);
	terminal.keys('q');
	text = await terminal.waitFor((s) => s.includes('EXIT='), 'q quits');
	assert.match(text, /EXIT=0/);

	pipeInto('MARGINALIA node dist/cli.js - < /dev/null', dir);
	text = await terminal.waitFor((s) => s.includes('EXIT='), 'the end');
	assert.match(text, /marginalia: nothing was piped in for '-': try curl -s URL \| marginalia\nEXIT=2 /);
	assert.equal(existsSync(join(dir, 'data')), false, 'nothing written');
});

test('with no terminal at all, a pipe into marginalia is the usual one line and status 2', async () => {
	const config = temporaryFolder('marginalia-e2e-noterm-');
	for (const args of [[], ['-']]) {
		const result = await runCliAsync(config, args, { input: '<html><body><p>Some page</p></body></html>' });
		assert.equal(result.status, 2, result.stderr);
		assert.match(result.stderr, /^marginalia: the reader needs an interactive terminal; in scripts use 'marginalia list --json'/);
		assert.equal(result.stderr.split('\n').filter(Boolean).length, 1);
		assert.equal(result.stdout, '');
	}
});
