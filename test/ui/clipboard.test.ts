import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyToClipboard } from '../../source/ui/clipboard.js';

function fakeTerminal(isTTY: boolean) {
	const written: string[] = [];
	const stream = { isTTY, write: (chunk: string) => written.push(chunk) } as unknown as NodeJS.WriteStream;
	return { stream, written };
}

test('with no clipboard tool for the platform, the terminal is asked to copy (OSC 52)', { skip: process.platform === 'darwin' || process.platform === 'win32' }, () => {
	const { stream, written } = fakeTerminal(true);
	const result = copyToClipboard('“We see no room” — Sergey Lavrov', stream, {});
	assert.deepEqual(result, { via: 'the terminal (OSC 52)' });
	assert.deepEqual(written, [`\u001B]52;c;${Buffer.from('“We see no room” — Sergey Lavrov').toString('base64')}\u0007`]);
});

test('without a terminal either, copying fails with a reason and writes nothing', { skip: process.platform === 'darwin' || process.platform === 'win32' }, () => {
	const { stream, written } = fakeTerminal(false);
	assert.deepEqual(copyToClipboard('text', stream, {}), { error: 'no clipboard tool found and no terminal to ask' });
	assert.deepEqual(written, []);
});

test('what is copied is sanitised as it is drawn: no escape sequence reaches the clipboard or the OSC 52 payload', { skip: process.platform === 'darwin' || process.platform === 'win32' }, () => {
	const { stream, written } = fakeTerminal(true);
	copyToClipboard('“Calm\u001b]0;owned\u0007 down\u009b2J”\n— Lavrov', stream, {});
	const payload = Buffer.from(written[0]!.slice('\u001B]52;c;'.length, -1), 'base64').toString('utf8');
	assert.equal(payload, '“Calm␛]0;owned␇ down\uFFFD2J”\n— Lavrov');
});

test('a clipboard tool is given the sanitised text too', { skip: process.platform !== 'linux' }, (t) => {
	const bin = mkdtempSync(join(tmpdir(), 'marginalia-clip-'));
	t.after(() => rmSync(bin, { recursive: true, force: true }));
	const received = join(bin, 'received');
	writeFileSync(join(bin, 'xclip'), `#!/bin/sh\ncat > '${received}'\n`, { mode: 0o755 });
	const path = process.env.PATH;
	process.env.PATH = `${bin}:${path}`;
	try {
		const { stream } = fakeTerminal(false);
		assert.deepEqual(copyToClipboard('a\u001b[31mred\u001b[0m word', stream, { DISPLAY: ':0' }), { via: 'xclip' });
	} finally {
		process.env.PATH = path;
	}
	assert.equal(readFileSync(received, 'utf8'), 'a␛[31mred␛[0m word');
});
