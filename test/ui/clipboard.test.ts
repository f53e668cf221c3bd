import { test } from 'node:test';
import assert from 'node:assert/strict';
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
