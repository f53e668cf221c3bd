import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitParagraphs, type RawParagraph } from '../../../source/core/article/article.js';
import { RUNS, hostileText } from '../../helpers/arbitraries.js';

/** The first implementation (regular expressions per character, lines listed first): the one-pass split must agree. */
function reference(text: string): RawParagraph[] {
	const lines: { start: number; end: number }[] = [];
	let lineStart = 0;
	for (let i = 0; i <= text.length; i++) {
		if (i === text.length || text[i] === '\n') {
			lines.push({ start: lineStart, end: i });
			lineStart = i + 1;
		}
	}
	const trim = (start: number, end: number) => {
		while (start < end && /\s/.test(text[start]!)) start++;
		while (end > start && /\s/.test(text[end - 1]!)) end--;
		return { start, end };
	};
	const blocks: { start: number; end: number }[][] = [];
	let current: { start: number; end: number }[] = [];
	for (const line of lines) {
		const trimmed = trim(line.start, line.end);
		if (trimmed.start === trimmed.end) {
			if (current.length > 0) blocks.push(current);
			current = [];
		} else current.push(trimmed);
	}
	if (current.length > 0) blocks.push(current);
	const hardWrapped = (block: { start: number; end: number }[]) => {
		if (block.length < 2) return false;
		const allButLast = block.slice(0, -1);
		const proseWidth = allButLast.filter((l) => l.end - l.start >= 50 && l.end - l.start <= 100).length;
		const midSentence = allButLast.filter((l) => !/[.!?:"”’)\]]$/.test(text.slice(l.start, l.end))).length;
		return proseWidth >= allButLast.length * 0.6 && midSentence >= allButLast.length * 0.5;
	};
	const paragraphs: RawParagraph[] = [];
	blocks.forEach((block, index) => {
		if (hardWrapped(block)) paragraphs.push({ start: block[0]!.start, end: block.at(-1)!.end, block: index, blockSize: 1 });
		else for (const line of block) paragraphs.push({ ...line, block: index, blockSize: block.length });
	});
	return paragraphs;
}

test('paragraphs: the one-pass split agrees with the first implementation on any text', () => {
	const prose = fc.array(fc.constantFrom('A line of prose that goes on for long enough to look hard-wrapped and', 'ends.', '\n', '\n\n', ' \u00a0\u2003', '\t', 'Short', '\u3000'), { maxLength: 30 }).map((parts) => parts.join(''));
	fc.assert(fc.property(fc.oneof(hostileText, prose), (text) => assert.deepEqual(splitParagraphs(text), reference(text))), RUNS);
	for (let code = 0; code < 0x10000; code++) {
		const char = String.fromCharCode(code);
		const text = `a${char}\n${char}b`;
		assert.deepEqual(splitParagraphs(text), reference(text), `U+${code.toString(16)}`);
	}
});
