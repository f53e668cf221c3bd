import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const TERMINAL = fileURLToPath(new URL('../../source/ui/terminal.ts', import.meta.url));

test('terminal session: a crash saves, gives the terminal back, and says what it was in one sanitised line', () => {
	const result = spawnSync(
		process.execPath,
		[
			'--import',
			'tsx',
			'-e',
			`
			import { TerminalSession } from ${JSON.stringify(TERMINAL)};
			const session = new TerminalSession({ stdin: process.stdin, stdout: process.stdout });
			session.installGuards();
			session.beforeExit(() => process.stdout.write('saved;'));
			session.enter();
			setTimeout(() => { throw new Error('bad \\u001b]0;retitled\\u0007 title\\nsecond line'); }, 0);
			`,
		],
		{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
	);
	assert.equal(result.status, 1);
	assert.equal(result.stderr, 'marginalia: unexpected error: bad ␛]0;retitled␇ title\n');
	assert.ok(result.stdout.includes('saved;'), 'the exit hooks ran');
	assert.ok(result.stdout.endsWith('\u001B[?1049l'), 'the alternate screen was left last');
});

test('terminal session: the terminal is raw from the moment the app takes it, before Ink draws its first frame', async () => {
	const { TerminalSession } = await import('../../source/ui/terminal.js');
	const events: string[] = [];
	const stdin = { isTTY: true, setRawMode: (raw: boolean) => events.push(`raw ${raw}`) } as unknown as NodeJS.ReadStream;
	const stdout = { write: (data: string) => events.push(data.includes('\u001B[?1049h') ? 'alternate screen' : 'write') } as unknown as NodeJS.WriteStream;
	const session = new TerminalSession({ stdin, stdout });
	session.enter();
	// Before: raw only once Ink's effects ran, after its first frame: a key typed as the library appeared met the
	// terminal's line mode, and its Enter arrived as a newline, which is no key of the app's.
	assert.deepEqual(events, ['raw true', 'alternate screen']);
	session.restore();
	assert.deepEqual(events.slice(2), ['raw false', 'write']);
});
