import { ABBREVIATIONS, NUMBER_ABBREVIATIONS } from '../../text/abbreviations.js';
import { codeUnitsAt, endsWithPossessive, isLetterOrDigitAt, isWhiteSpace, startsUpperCase, startsWithDigit, wordEnd } from '../../text/characters.js';
import type { QuoteSpan, SpeechParagraph } from './marks.js';

export type TokenKind = 'word' | 'punct' | 'quote';

/**
 * A word, a punctuation mark, or a whole top-level quotation. Folding each quotation into one token keeps
 * the words inside it out of speaker attribution: a name inside a quote is never its speaker.
 */
export interface Token {
	readonly kind: TokenKind;
	readonly text: string;
	readonly lower: string;
	/** `lower` and `text` without a possessive ’s. */
	readonly base: string;
	readonly bare: string;
	readonly start: number;
	readonly end: number;
	/** Index into `Article.paragraphs`. */
	readonly paragraph: number;
	/** Position among the speech paragraphs: consecutive speech paragraphs differ by one. */
	readonly order: number;
	/** For a quote token, the index of its span in the top-level span list; -1 otherwise. */
	readonly quote: number;
	readonly capitalised: boolean;
	sentence: number;
}

/** `don’t`, `U.S`, `AT&T`, `well-known`: a token's word runs on through one apostrophe, stop, hyphen or ampersand. */
const joinsTokenWords = (code: number) => code === 0x2019 || code === 0x27 || code === 0x2d || code === 0x2e || code === 0x26;

export function tokenise(
	text: string,
	paragraphs: readonly SpeechParagraph[],
	topLevelQuotes: readonly QuoteSpan[],
): Token[] {
	const tokens: Token[] = [];
	let nextQuote = 0;
	let resumeAt = 0;
	paragraphs.forEach((paragraph, order) => {
		let at = Math.max(paragraph.start, resumeAt);
		while (at < paragraph.end) {
			while (nextQuote < topLevelQuotes.length && topLevelQuotes[nextQuote]!.openStart < at) nextQuote++;
			const quote = topLevelQuotes[nextQuote];
			if (quote && quote.openStart === at) {
				tokens.push(makeToken('quote', text, quote.openStart, quote.closeEnd, paragraph.index, order, nextQuote));
				at = quote.closeEnd;
				resumeAt = quote.closeEnd;
				nextQuote++;
				continue;
			}
			const limit = quote && quote.openStart < paragraph.end ? quote.openStart : paragraph.end;
			let start = at;
			while (start < limit && isWhiteSpace(text.charCodeAt(start))) start++;
			if (start >= limit) {
				at = limit;
				continue;
			}
			// A word never runs into a quote; a mark is a whole code point (an emoji is two code units).
			const isWord = isLetterOrDigitAt(text, start);
			const end = isWord ? Math.min(wordEnd(text, start, text.length, joinsTokenWords), limit) : start + codeUnitsAt(text, start);
			tokens.push(makeToken(isWord ? 'word' : 'punct', text, start, end, paragraph.index, order, -1));
			at = end;
		}
	});
	assignSentences(text, tokens, topLevelQuotes);
	return tokens;
}

function makeToken(
	kind: TokenKind,
	text: string,
	start: number,
	end: number,
	paragraph: number,
	order: number,
	quote: number,
): Token {
	const value = kind === 'quote' ? '' : text.slice(start, end);
	const lower = value.toLowerCase();
	const possessive = endsWithPossessive(lower);
	return {
		kind,
		text: value,
		lower,
		base: possessive ? lower.slice(0, -2) : lower,
		bare: possessive ? value.slice(0, -2) : value,
		start,
		end,
		paragraph,
		order,
		quote,
		capitalised: kind === 'word' && startsUpperCase(value),
		sentence: 0,
	};
}

/** Sentence numbers: a new one at each paragraph and after . ! ? (or a quote ending in one) before a capital. */
function assignSentences(text: string, tokens: Token[], quotes: readonly QuoteSpan[]): void {
	let sentence = 0;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		const previous = tokens[i - 1];
		if (previous && (previous.order !== token.order || endsSentence(text, tokens, i - 1, quotes))) sentence++;
		token.sentence = sentence;
	}
}

/** `No.`, `Inc.`, `Jr.`: the full stop of an abbreviation (or an initial), which closes neither a sentence nor a phrase. */
export function isAbbreviationStop(tokens: readonly Token[], i: number): boolean {
	const stop = tokens[i];
	const before = tokens[i - 1];
	if (stop?.text !== '.' || !before || before.kind !== 'word' || before.end !== stop.start) return false;
	// The one list of abbreviations the reader's sentence splitter uses too (core/text/abbreviations.ts).
	if (ABBREVIATIONS.has(before.lower)) return true;
	if (NUMBER_ABBREVIATIONS.has(before.lower) && /^\p{N}/u.test(tokens[i + 1]?.text ?? '')) return true;
	// `J. Smith`, but not `posted on X.` or `vitamin D.`: a lone capital after a lower-case word ends a sentence.
	const previous = tokens[i - 2];
	return /^\p{Lu}$/u.test(before.text) && !(previous && previous.kind === 'word' && !previous.capitalised && previous.order === before.order);
}

/** Whether text[start, end) ends in . ! ? or …, read without slicing it out. */
export function endsWithStop(text: string, start: number, end: number): boolean {
	if (end <= start) return false;
	const last = text.charCodeAt(end - 1);
	return last === 0x2e || last === 0x21 || last === 0x3f || last === 0x2026;
}

function endsSentence(text: string, tokens: readonly Token[], i: number, quotes: readonly QuoteSpan[]): boolean {
	const token = tokens[i]!;
	const next = tokens[i + 1];
	if (!next || !(next.capitalised || next.kind === 'quote' || startsWithDigit(next.text))) return false;
	if (token.kind === 'quote') {
		const span = quotes[token.quote]!;
		return endsWithStop(text, span.start, span.end);
	}
	if (token.text !== '.' && token.text !== '!' && token.text !== '?') return false;
	return token.text !== '.' || !isAbbreviationStop(tokens, i);
}

