import { isAbbreviation } from './abbreviations.js';
import type { TextRange } from './range.js';
import { isWhiteSpace } from './characters.js';

const CLOSERS = new Set(['"', '”', '’', "'", '»', '“', ')', ']']);

function wordBefore(text: string, stop: number, floor: number): string {
	let begin = stop;
	while (begin > floor && /[\p{L}\p{N}.]/u.test(text[begin - 1]!)) begin--;
	return text.slice(begin, stop);
}

/** Whether the full stop at `index` ends a sentence, judged by the word it closes. */
function stopEndsSentence(text: string, index: number, floor: number, next: string): boolean {
	if (text[index] !== '.') return true;
	const word = wordBefore(text, index, floor);
	if (word === '') return true;
	return !isAbbreviation(word, next);
}

/**
 * The sentences of `text[start, end)`: each ends at ., ! or ? (with any closing quotes and brackets) that is
 * followed by white space and a capital, a digit or an opening mark. A range with no such end is one sentence.
 */
export function splitSentences(text: string, start: number, end: number): TextRange[] {
	const sentences: TextRange[] = [];
	let sentenceStart = start;
	for (let i = start; i < end; i++) {
		const char = text[i]!;
		if (char !== '.' && char !== '!' && char !== '?' && char !== '…') continue;
		let close = i + 1;
		while (close < end && (text[close] === '.' || text[close] === '!' || text[close] === '?')) close++;
		while (close < end && CLOSERS.has(text[close]!)) close++;
		if (close >= end) break;
		if (!isWhiteSpace(text.charCodeAt(close))) continue;
		let next = close;
		while (next < end && isWhiteSpace(text.charCodeAt(next))) next++;
		if (next >= end || !/[\p{Lu}\p{N}“"‘'«„(\[]/u.test(text[next]!)) continue;
		if (!stopEndsSentence(text, i, sentenceStart, text[next]!)) continue;
		sentences.push({ start: sentenceStart, end: close });
		sentenceStart = next;
		i = next - 1;
	}
	if (sentenceStart < end) sentences.push({ start: sentenceStart, end });
	return sentences;
}
