import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryFolder } from '../helpers/temp.js';
import { ROOT, Terminal } from '../helpers/tmux.js';

const terminal = new Terminal();
const configDir = temporaryFolder('marginalia-e2e-');
const tmux = (...args: string[]) => terminal.tmux(...args);
const keys = (...names: string[]) => terminal.keys(...names);
const waitForScreen = (predicate: (text: string) => boolean, what: string) => terminal.waitFor(predicate, what);
const newSession = (width: number, height: number, command: string) => terminal.newSession(width, height, command);
const start = (width: number, height: number) => terminal.start(configDir, width, height);
const session = () => terminal.session;

after(() => terminal.kill());

const pageOf = (text: string) => /page (\d+)\/(\d+)/.exec(text)?.slice(1).map(Number) ?? [];

test('a reader session in a real terminal: page, resize, quit, and the place is found again', async () => {
	assert.equal(spawnSync('tmux', ['-V']).status, 0, 'tmux is required for this test (CI installs it)');

	start(100, 30);
	await waitForScreen((s) => s.includes('2 articles'), 'the library');
	keys('j', 'Enter');
	let text = await waitForScreen((s) => s.includes('page 1/'), 'the reader');
	assert.ok(text.includes('Russian Foreign Ministry spokeswoman Maria Zakharova'));
	const lines = text.split('\n');
	assert.ok(lines.filter((line) => line.trim() !== '').length < 30, 'the frame leaves the last row free');
	assert.ok(Math.max(...lines.map((line) => line.trimEnd().length)) <= 90, 'a column at most 80 wide, centred');

	keys('Space');
	text = await waitForScreen((s) => pageOf(s)[0] === 2, 'page 2');
	const firstLine = text.split('\n')[3]!.replace('▌', '').trim();
	const firstWords = firstLine.split(/\s+/).slice(0, 3).join(' ');

	tmux('resize-window', '-t', session(), '-x', '60', '-y', '20');
	text = await waitForScreen((s) => Math.max(...s.split('\n').map((l) => l.trimEnd().length)) <= 60 && s.includes('page '), 'a reflow to 60 columns');
	assert.ok(text.replace(/\s+/g, ' ').includes(firstWords), `after the resize "${firstWords}" is still on screen:\n${text}`);

	tmux('resize-window', '-t', session(), '-x', '100', '-y', '30');
	text = await waitForScreen((s) => Math.max(...s.split('\n').map((l) => l.trimEnd().length)) > 60, 'a reflow back to 100 columns');
	assert.ok(text.replace(/\s+/g, ' ').includes(firstWords));

	keys('?');
	await waitForScreen((s) => s.includes('Reader keys'), 'the help overlay');
	keys('Escape');
	await waitForScreen((s) => s.includes('page '), 'the reader again');
	keys('q');
	text = await waitForScreen((s) => s.includes('2 articles'), 'the library again');
	assert.match(text, /Euromaidan Press\s+344\s+1 min\s+4\s+(\d+%|done)/);
	keys('q');
	text = await waitForScreen((s) => s.includes('EXIT='), 'the process to end');
	assert.match(text, /EXIT=0/);
	assert.doesNotMatch(text, /2 articles/, 'the alternate screen was left: the library is gone from the terminal');
	const saved = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')) as { positions: Record<string, { offset: number }> };
	assert.ok(Object.keys(saved.positions).some((file) => file.endsWith('russia-warns-peacekeepers-direct-confrontation.txt')));

	start(100, 30);
	await waitForScreen((s) => s.includes('2 articles'), 'the library on the next start');
	keys('j', 'Enter');
	text = await waitForScreen((s) => s.includes('page '), 'the reader on the next start');
	assert.ok(text.replace(/\s+/g, ' ').includes(firstWords), 'the reader opens where it was left');

	keys('C-c');
	text = await waitForScreen((s) => s.includes('EXIT='), 'Ctrl-C to quit');
	assert.match(text, /EXIT=0/);
});

test('SIGTERM restores the terminal and saves the place', async () => {
	start(100, 30);
	await waitForScreen((s) => s.includes('2 articles'), 'the library');
	// The library opens on the article read last; g goes to the top of the list, the Lavrov article.
	keys('g', 'Enter');
	await waitForScreen((s) => s.includes('page 1/'), 'the reader');
	keys('G');
	await waitForScreen((s) => s.includes('100%'), 'the end of the article');
	process.kill(terminal.appPid(), 'SIGTERM');
	const text = await waitForScreen((s) => s.includes('EXIT='), 'the process to end');
	assert.match(text, /EXIT=143/);
	assert.doesNotMatch(text, /page \d+\//, 'the alternate screen was left');
	const saved = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')) as { positions: Record<string, { progress: number }> };
	const lavrov = Object.entries(saved.positions).find(([file]) => file.endsWith('lavrov-no-compromise-on-peacekeepers.txt'));
	assert.equal(lavrov?.[1].progress, 1);
});

test('kill -INT restores the terminal: the alternate screen is left and raw mode is off', async () => {
	// After the reader ends, stty says whether the terminal is back in canonical (line) mode.
	const command = `cd ${JSON.stringify(ROOT)} && env -u CI MARGINALIA_CONFIG_DIR=${JSON.stringify(configDir)} MARGINALIA_CACHE_DIR=${JSON.stringify(join(configDir, 'cache'))} node dist/cli.js; echo "EXIT=$?"; stty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon; sleep 60`;
	newSession(100, 30, command);
	await waitForScreen((s) => s.includes('2 articles'), 'the library');
	keys('g', 'Enter');
	await waitForScreen((s) => s.includes('page '), 'the reader');
	process.kill(terminal.appPid(), 'SIGINT');
	const text = await waitForScreen((s) => /^-?icanon$/m.test(s), 'the process to end and stty to answer');
	assert.match(text, /EXIT=130/);
	assert.match(text, /^icanon$/m, 'raw mode is off');
	assert.doesNotMatch(text, /page \d+\//, 'the alternate screen was left');
});

test('Ctrl-Z suspends to the shell and fg redraws the reader', async () => {
	newSession(100, 30, 'env -u CI bash --norc --noprofile');
	keys(`cd ${JSON.stringify(ROOT)} && MARGINALIA_CONFIG_DIR=${JSON.stringify(configDir)} MARGINALIA_CACHE_DIR=${JSON.stringify(join(configDir, 'cache'))} node dist/cli.js`, 'Enter');
	await waitForScreen((s) => s.includes('2 articles'), 'the library');
	keys('g', 'Enter');
	await waitForScreen((s) => s.includes('page '), 'the reader');
	keys('C-z');
	let text = await waitForScreen((s) => /Stopped/.test(s), 'the shell to report the stopped job');
	assert.doesNotMatch(text, /page \d+\//, 'the shell has its screen back');
	keys('fg', 'Enter');
	text = await waitForScreen((s) => s.includes('page ') && s.includes('RIA/NAN'), 'the reader redrawn in full after fg');
	keys('q');
	await waitForScreen((s) => s.includes('2 articles'), 'keys work after fg');
	keys('q');
	await waitForScreen((s) => /[#$]$/.test(s.trimEnd()) && s.trimEnd().split('\n').length > 5, 'the shell prompt after quitting');
});

test('a key sent on its own right after the Enter that opens the reader is read by the reader', async () => {
	terminal.start(temporaryFolder('marginalia-e2e-keys-'));
	await waitForScreen((s) => s.includes('2 articles'), 'the library');
	// Two writes to the terminal, no wait between them: the reader is drawn before React subscribes its keys.
	keys('Enter');
	keys('G');
	// Before: G came in that moment, found nobody and was lost: the reader stayed on its first page.
	const text = await waitForScreen((s) => /page (\d+)\/\1 · 100%/.test(s), 'G read by the reader: its last page');
	assert.doesNotMatch(text, /2 articles/);
	keys('q', 'q');
	await waitForScreen((s) => s.includes('EXIT=0'), 'the app to quit');
});

test('two copies open at once: both highlights and both notes are kept', async () => {
	const shared = temporaryFolder('marginalia-e2e-two-');
	const command = `cd ${JSON.stringify(ROOT)} && env -u CI MARGINALIA_CONFIG_DIR=${JSON.stringify(shared)} MARGINALIA_CACHE_DIR=${JSON.stringify(join(shared, 'cache'))} node dist/cli.js; echo "EXIT=$?"; sleep 60`;
	newSession(100, 30, command);
	const first = session();
	newSession(100, 30, command);
	const second = session();
	const on = async (name: string, run: () => Promise<void>) => {
		terminal.session = name;
		await run();
	};
	for (const name of [first, second]) {
		await on(name, async () => {
			await waitForScreen((s) => s.includes('2 articles'), `the library in ${name}`);
			keys('Enter');
			await waitForScreen((s) => s.includes('page '), `the reader in ${name}`);
		});
	}
	await on(first, async () => {
		keys('}', 'H');
		await waitForScreen((s) => s.includes('Highlighted'), 'the first highlight');
		keys('a');
		await waitForScreen((s) => s.includes('Note on'), 'the editor in the first copy');
		keys('-l', 'from the first window');
		keys('Enter');
		await waitForScreen((s) => s.includes('Note saved'), 'the first note');
	});
	await on(second, async () => {
		keys(')', ')', ')', 'H');
		await waitForScreen((s) => s.includes('Highlighted'), 'the second highlight');
		keys('a');
		await waitForScreen((s) => s.includes('Note on'), 'the editor in the second copy');
		keys('-l', 'from the second window');
		keys('Enter');
		await waitForScreen((s) => s.includes('Note saved'), 'the second note');
		keys('q', 'q');
		await waitForScreen((s) => s.includes('EXIT=0'), 'the second copy to quit');
	});
	await on(first, async () => {
		keys('q', 'q');
		await waitForScreen((s) => s.includes('EXIT=0'), 'the first copy to quit');
	});
	const saved = JSON.parse(readFileSync(join(shared, 'config.json'), 'utf8')) as { highlights: Record<string, { note: string }> };
	assert.deepEqual(Object.values(saved.highlights).map((h) => h.note).sort(), ['from the first window', 'from the second window']);
});
