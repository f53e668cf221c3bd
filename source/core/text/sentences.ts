import type { TextRange } from './range.js';

/** Words that end in a full stop without ending the sentence. Compared without the stop, lower case. */
const ABBREVIATIONS = new Set([
	'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'cmdr', 'maj',
	'cpl', 'pvt', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'det', 'cllr', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'bros',
	'vs', 'v', 'etc', 'e.g', 'i.e', 'cf', 'al', 'approx', 'dept', 'est',
	'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
	'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m',
	'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'n.y', 'l.a', 'calif', 'mass', 'penn', 'wash', 'ariz', 'fla', 'ill', 'mich',
]);

/** Abbreviations only before a number: "No. 10", "Vol. 2", "p. 14"; elsewhere "No." ends a sentence. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'fig', 'pp', 'p', 'art', 'sec']);

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
	const bare = word.toLowerCase().replace(/^\.+/, '');
	if (ABBREVIATIONS.has(bare)) return false;
	if (NUMBER_ABBREVIATIONS.has(bare) && /\p{N}/u.test(next)) return false;
	// Initials ("J. K. Rowling", "U.S.") and single letters.
	if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return false;
	return true;
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
		if (!/\s/.test(text[close]!)) continue;
		let next = close;
		while (next < end && /\s/.test(text[next]!)) next++;
		if (next >= end || !/[\p{Lu}\p{N}“"‘'«„(\[]/u.test(text[next]!)) continue;
		if (!stopEndsSentence(text, i, sentenceStart, text[next]!)) continue;
		sentences.push({ start: sentenceStart, end: close });
		sentenceStart = next;
		i = next - 1;
	}
	if (sentenceStart < end) sentences.push({ start: sentenceStart, end });
	return sentences;
}
