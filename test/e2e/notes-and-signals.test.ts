import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryFolder } from '../helpers/temp.js';
import { hasTmux, ROOT, Terminal } from '../helpers/tmux.js';

const terminal = new Terminal();
after(() => terminal.kill());

const drafts = (configDir: string): string[] => {
	try {
		const config = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')) as { drafts?: Record<string, { text: string }> };
		return Object.values(config.drafts ?? {}).map((draft) => draft.text);
	} catch {
		return [];
	}
};

async function writeNoteOnSecondSentence(text: string) {
	await terminal.waitFor((s) => s.includes('2 articles'), 'the library');
	terminal.keys('Enter');
	await terminal.waitFor((s) => s.includes('page 1/'), 'the reader');
	terminal.keys(')');
	await terminal.waitFor((s) => s.includes('▌ “We see no room for compromise.'), 'the second sentence focused');
	terminal.keys('a');
	await terminal.waitFor((s) => s.includes('Note on'), 'the editor');
	terminal.keys('-l', text);
	await terminal.waitFor((s) => s.includes(text), 'the note typed');
}

test('vq sent in one write cancels the selection and stays in the reader', async () => {
	assert.ok(hasTmux(), 'tmux is required for this test (CI installs it)');
	terminal.start(temporaryFolder('marginalia-e2e-'));
	await terminal.waitFor((s) => s.includes('2 articles'), 'the library');
	terminal.keys('Enter');
	await terminal.waitFor((s) => s.includes('page 1/'), 'the reader');
	terminal.keys('-l', 'vq');
	terminal.keys('G');
	const text = await terminal.waitFor((s) => s.includes('100%'), 'G read by the reader');
	assert.doesNotMatch(text, /Selecting|2 articles/);
	terminal.keys('C-c');
	await terminal.waitFor((s) => s.includes('EXIT=0'), 'Ctrl-C to quit');
});

for (const [how, stop, status] of [
	['SIGTERM', 'SIGTERM', 143],
	['SIGHUP', 'SIGHUP', 129],
	['Ctrl-C', 'C-c', 0],
	['kill -9', 'SIGKILL', 137],
] as const) {
	test(`a note being written survives ${how}, and is offered on the next a`, async () => {
		const configDir = temporaryFolder('marginalia-e2e-draft-');
		terminal.start(configDir);
		const text = `typed before ${how}`;
		await writeNoteOnSecondSentence(text);
		if (stop === 'SIGKILL') await new Promise((resolve) => setTimeout(resolve, 1100));
		if (stop === 'C-c') terminal.keys('C-c');
		else process.kill(terminal.appPid(), stop);
		await terminal.waitFor((s) => s.includes('EXIT='), 'the process to end');
		assert.match(terminal.screen(), new RegExp(`EXIT=${status}`));
		assert.deepEqual(drafts(configDir), [text], 'the draft is in the config file');
		if (stop !== 'SIGKILL') return;
		terminal.start(configDir);
		await terminal.waitFor((s) => s.includes('2 articles'), 'the library again');
		terminal.keys('Enter');
		await terminal.waitFor((s) => s.includes('page 1/'), 'the reader again');
		terminal.keys(')', 'a');
		const screen = await terminal.waitFor((s) => s.includes(text), 'the draft offered');
		assert.match(screen, /Your unsaved draft is back/);
		terminal.keys('C-c');
		await terminal.waitFor((s) => s.includes('EXIT=0'), 'Ctrl-C to quit');
	});
}

test('Ctrl-Z and fg keep the note being written, the focus and the undo of x', async () => {
	const configDir = temporaryFolder('marginalia-e2e-suspend-');
	terminal.newSession(100, 30, 'env -u CI bash --norc --noprofile');
	terminal.keys(`cd ${JSON.stringify(ROOT)} && MARGINALIA_CONFIG_DIR=${JSON.stringify(configDir)} MARGINALIA_CACHE_DIR=${JSON.stringify(join(configDir, 'cache'))} node dist/cli.js`, 'Enter');
	await terminal.waitFor((s) => s.includes('2 articles'), 'the library');
	terminal.keys('Enter');
	await terminal.waitFor((s) => s.includes('page 1/'), 'the reader');
	terminal.keys(')', 'H');
	await terminal.waitFor((s) => s.includes('Highlighted'), 'a highlight');
	terminal.keys('x');
	await terminal.waitFor((s) => s.includes('Highlight deleted · U undoes'), 'deleted');
	terminal.keys(')', 'a');
	await terminal.waitFor((s) => s.includes('Note on'), 'the editor');
	terminal.keys('-l', 'half written');
	await terminal.waitFor((s) => s.includes('half written'), 'typed');
	terminal.keys('C-z');
	let text = await terminal.waitFor((s) => /Stopped/.test(s), 'the shell to report the stopped job');
	assert.doesNotMatch(text, /half written/, 'the shell has its screen back');
	terminal.keys('fg', 'Enter');
	text = await terminal.waitFor((s) => s.includes('half written') && s.includes('Note on'), 'the editor back with its text after fg');
	terminal.keys('-l', ', and done');
	terminal.keys('Enter');
	text = await terminal.waitFor((s) => s.includes('Note saved'), 'the note saved');
	assert.match(text, /▌ openly hostile purpose/, 'the focus is where it was (a remount would put it on the first sentence)');
	terminal.keys('(', 'U');
	await terminal.waitFor((s) => s.includes('Highlight restored'), 'the undo of x survived the suspend');
	terminal.keys('q', 'q');
	await terminal.waitFor((s) => /[#$]$/.test(s.trimEnd()) && !s.includes('page '), 'the shell prompt after quitting');
	const config = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')) as { highlights: Record<string, { note: string }> };
	assert.deepEqual(Object.values(config.highlights).map((h) => h.note).sort(), ['', 'half written, and done']);
});
