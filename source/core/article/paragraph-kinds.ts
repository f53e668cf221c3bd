import { isAbbreviation } from '../text/abbreviations.js';
import { codeUnitsAt, isLetterOrDigitAt } from '../text/characters.js';
import { splitSentences } from '../text/sentences.js';
import type { FrontMatter, Paragraph, ParagraphKind, RawParagraph } from './types.js';

export interface Classified {
	readonly title: string;
	readonly titleDerived: boolean;
	readonly dek: string | null;
	readonly byline: string | null;
	readonly source: string | null;
	readonly paragraphs: Paragraph[];
}

/** Patterns of text that is not the article: pleas, prompts, navigation, notices. Matched on one paragraph. */
const BOILERPLATE_PATTERNS: readonly RegExp[] = [
	/^(related|related (posts|articles|stories|coverage|content|reading|news|topics)|read (more|also|next)|see also|more (from|on) [\w\s]{1,40}|recommended( for you)?|most (read|popular)|trending( now)?|tags?|topics?|share( this( article| story)?)?|advertisement|sponsored( content)?|comments?)\s*:?\s*$/i,
	/^(read more|read also|see also|related|also read|recommended|watch)\s*:\s+\S/i,
	/\b(you could|you can|please|we (kindly )?ask you to|consider)\b[^.]{0,80}\b(join|support|donat\w*|subscribe|contribute|chip in|become a (member|patron|supporter))\b/i,
	/\b(become a patron|on patreon|make a donation|donate now|support (our|independent) (journalism|reporting|work)|buy me a coffee)\b/i,
	/\bwe are an (independent|non-?profit|reader-funded)\b/i,
	/\b(relies|rely) (solely |entirely )?on (advertising|reader|donations|our readers)\b/i,
	/\b(suggest a correction|report (an error|a typo)|spotted (a mistake|an error)|corrections? (here|or clarification)|suggestions or corrections)\b/i,
	/\b(highlight the text and press|press ctrl ?\+ ?enter)\b/i,
	/\b(ad ?-?blocker|disable your ad|whitelist (us|our site)|turn off your ad)\b/i,
	/\b(sign up for|subscribe to) (our|the) [\w\s]{0,30}newsletter\b/i,
	/^(sign up|subscribe)( now| today)?\b.{0,80}$/i,
	/^(follow us|like us|click here|share on|share this|tap here|download (our|the) app)\b/i,
	/^(©|\(c\)|copyright\b).{0,200}$/i,
	/\ball rights reserved\b/i,
	/^(this (article|story) (was|has been) (updated|corrected)|we use cookies|by continuing to (use|browse))\b/i,
	/^(story|article) continues (below|after)\b.{0,40}$/i,
	/^editor[’']?s note\s*:/i,
	/^need (help|support)\?\s/i,
	/^(listen|watch) to (the|our) (full|whole|entire) (interview|episode|conversation|podcast|programme|program)\b.{0,60}$/i,
	/\b(newsletter|briefing)\b.{0,80}\b(in|to) your inbox\b|\b(in|to) your inbox\b.{0,80}\b(newsletter|briefing|sign up|subscribe)\b|\b(sent|delivered)( straight| directly)? to your inbox\b/i,
	/\b(listen|subscribe|follow)\b.{0,80}\b(apple podcasts|spotify|wherever you (get|listen to) your podcasts)\b/i,
];

/** The patterns as one expression: a paragraph is scanned once, not once per pattern. */
const ANY_BOILERPLATE = new RegExp(BOILERPLATE_PATTERNS.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

const CAPTION_PATTERN =
	/(\b(photo|photograph|image|picture|illustration|video|credit|source: (getty|reuters|ap\b)|pictured)\s*:|\((photo|image|picture)( by| credit)?[^)]*\)|\b(getty images|shutterstock|depositphotos|afp via getty|reuters\/|ap photo|epa-efe|file photo)\b)/i;

const HEADLINE_MAX_LENGTH = 160;
const HEADLINE_MAX_WORDS_WITH_STOP = 20;
const DERIVED_TITLE_MAX_LENGTH = 120;

/**
 * `shown` gives a paragraph as the reader shows it (a Markdown heading without its `# `), for the title; the
 * kinds are judged on the text as it is.
 */
export function classifyParagraphs(
	text: string,
	raws: readonly RawParagraph[],
	meta: FrontMatter,
	shown: (start: number, end: number) => string = (start, end) => text.slice(start, end),
): Classified {
	const kinds: ParagraphKind[] = raws.map(() => 'body');
	const slice = (i: number) => text.slice(raws[i]!.start, raws[i]!.end);
	const first = raws.length > 0 ? shown(raws[0]!.start, raws[0]!.end) : '';

	const headlineIndex = raws.length > 1 && looksLikeHeadline(first) ? 0 : -1;
	if (headlineIndex === 0) kinds[0] = 'title';
	const title = meta.title ?? (headlineIndex === 0 ? withoutFinalStop(first) : deriveTitle(first));
	const titleDerived = meta.title === undefined && headlineIndex !== 0;
	const normalisedTitle = normaliseForComparison(title);
	// A repeated headline is about as long as the headline: longer paragraphs are not normalised to compare
	// (normalising every paragraph of an 11 MB article took most of a second).
	const mayRepeatTitle = (paragraph: string) => paragraph.length <= 2 * title.length + 16;

	const seenCaptions = new Set<string>();
	raws.forEach((_, i) => {
		if (kinds[i] === 'title') return;
		const paragraph = slice(i);
		// A repeated headline is boilerplate; the paragraph a derived title was taken from is not a repeat.
		if (mayRepeatTitle(paragraph) && normalisesTo(paragraph, normalisedTitle) && !(titleDerived && i === 0)) kinds[i] = 'boilerplate';
		else if (isCaption(paragraph)) {
			const normalised = normaliseForComparison(paragraph);
			kinds[i] = seenCaptions.has(normalised) ? 'boilerplate' : 'caption';
			seenCaptions.add(normalised);
		} else if (ANY_BOILERPLATE.test(paragraph)) kinds[i] = 'boilerplate';
		else if (i < 6 && /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin),?){0,8}(\s*[|,–—-].{0,60})?$/u.test(paragraph))
			kinds[i] = 'byline';
	});

	foldTrailingSiteLines(text, raws, kinds);

	let dek: string | null = null;
	if (headlineIndex === 0) {
		const next = raws.findIndex((_, i) => i > 0 && kinds[i] === 'body');
		if (next > 0 && next <= 2 && looksLikeDek(slice(next), raws[next]!, raws, kinds, next)) {
			kinds[next] = 'dek';
			dek = slice(next);
		}
	}

	const bylineIndex = kinds.indexOf('byline');
	const byline = bylineIndex >= 0 ? slice(bylineIndex).replace(/^by\s+/i, '').trim() : null;

	return {
		title,
		titleDerived,
		dek,
		byline,
		source: findCredit(text, raws, kinds),
		paragraphs: raws.map((raw, i) => ({ start: raw.start, end: raw.end, kind: kinds[i]! })),
	};
}

export function normaliseForComparison(value: string): string {
	return value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether normaliseForComparison(value) is `normalised`, compared while it is worked out: most paragraphs
 * differ from the title at their first letter, and building each one's normal form cost more than the rest
 * of their classification.
 */
export function normalisesTo(value: string, normalised: string): boolean {
	const folded = value.normalize('NFKC').toLowerCase();
	let matched = 0;
	let spaceBefore = false;
	for (let at = 0; at < folded.length; ) {
		const units = codeUnitsAt(folded, at);
		if (!isLetterOrDigitAt(folded, at)) {
			spaceBefore = matched > 0;
		} else {
			if (spaceBefore && normalised.charCodeAt(matched++) !== 0x20) return false;
			spaceBefore = false;
			for (let unit = 0; unit < units; unit++) if (normalised.charCodeAt(matched++) !== folded.charCodeAt(at + unit)) return false;
		}
		at += units;
	}
	return matched === normalised.length;
}

/** A headline: one line, not too long, not a finished sentence of reported speech, and not a quote. */
export function looksLikeHeadline(line: string): boolean {
	if (line.length > HEADLINE_MAX_LENGTH || line.includes('\n')) return false;
	const words = line.split(/\s+/).length;
	if (words < 2 || words > 25) return false;
	// A headline may open with a quote (‘We were never told’: tenants speak out); a line that is one whole quoted
	// sentence ending in a full stop inside the marks is speech, not a headline.
	if (/^[“"‘«„]/.test(line) && /[.,][”"’»]$/.test(line)) return false;
	// Ending in a full stop, it is a headline when it is one short sentence ("Sen. Warren visits the U.S.");
	// a line of several sentences is a lede.
	if (/[.]$/.test(line)) return words <= HEADLINE_MAX_WORDS_WITH_STOP && splitSentences(line, 0, line.length).length === 1 && !/[“"]/.test(line);
	return true;
}

/** A title keeps the stop of an abbreviation ("…in Washington, D.C.") and drops a sentence's own. */
function withoutFinalStop(sentence: string): string {
	if (!sentence.endsWith('.') || sentence.endsWith('...')) return sentence;
	const lastWord = /(\S+)\.$/.exec(sentence)?.[1] ?? '';
	return isAbbreviation(lastWord.replace(/^[^\p{L}]+/u, ''), '') ? sentence : sentence.slice(0, -1);
}

/** A title for text with no headline line: the first sentence, its trailing attribution dropped, cut at a word. */
export function deriveTitle(firstParagraph: string): string {
	// The one sentence splitter: "Sen. Warren" and "the U.S. said" do not end the first sentence.
	const first = splitSentences(firstParagraph, 0, firstParagraph.length)[0];
	const sentence = (first ? firstParagraph.slice(first.start, first.end) : firstParagraph).replace(/\s+/g, ' ').trim();
	const withoutAttribution = withoutFinalStop(sentence.replace(/,\s+(?:[^,]{0,80}\s)?(?:said|says|told|stated|announced|reported|according to)\b[^,]*[.!?]?$/u, ''))
		.replace(/[!?]$/, '')
		.trim();
	const candidate = withoutAttribution.length >= 12 ? withoutAttribution : withoutFinalStop(sentence);
	if (candidate.length <= DERIVED_TITLE_MAX_LENGTH) return candidate || 'Untitled';
	const cut = candidate.slice(0, DERIVED_TITLE_MAX_LENGTH);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:–—-]+$/, '')}…`;
}

function isCaption(paragraph: string): boolean {
	return paragraph.length <= 300 && CAPTION_PATTERN.test(paragraph);
}

/**
 * A dek (standfirst) follows the headline: a single sentence-like line that is not reported speech.
 * Scraped pages put it in the same block as the captions and the repeated title; otherwise it must be
 * followed by a byline or be clearly shorter than a lede.
 */
function looksLikeDek(
	paragraph: string,
	raw: RawParagraph,
	raws: readonly RawParagraph[],
	kinds: readonly ParagraphKind[],
	index: number,
): boolean {
	if (paragraph.length < 30 || paragraph.length > 320 || /^[“"‘«„]/.test(paragraph)) return false;
	if (raw.blockSize > 1) return true;
	const next = raws[index + 1];
	if (next && kinds[index + 1] === 'byline') return true;
	return false;
}

/**
 * Site-name lines at the end ("Euromaidan Press"): short lines without sentence punctuation that come after
 * the last body paragraph, once boilerplate has begun.
 */
function foldTrailingSiteLines(text: string, raws: readonly RawParagraph[], kinds: ParagraphKind[]): void {
	let lastProse = -1;
	kinds.forEach((kind, i) => {
		if (kind === 'body' && !isShortLabel(text, raws, i)) lastProse = i;
	});
	if (!kinds.slice(lastProse + 1).includes('boilerplate')) return;
	for (let i = lastProse + 1; i < raws.length; i++) {
		if (kinds[i] === 'body') kinds[i] = 'boilerplate';
	}
}

function isShortLabel(text: string, raws: readonly RawParagraph[], i: number): boolean {
	const value = text.slice(raws[i]!.start, raws[i]!.end);
	// The cheap tests first: most paragraphs end in a full stop, and splitting each one was costly.
	return !/[.!?:;,"”]$/.test(value) && /^\p{Lu}/u.test(value) && value.split(/\s+/).length <= 5;
}

/** A wire credit closing the last body paragraph, such as "(RIA/NAN)" or "— Reuters". */
function findCredit(text: string, raws: readonly RawParagraph[], kinds: readonly ParagraphKind[]): string | null {
	for (let i = raws.length - 1; i >= 0; i--) {
		if (kinds[i] !== 'body') continue;
		const paragraph = text.slice(raws[i]!.start, raws[i]!.end);
		const parenthesised = /\(\s*([A-Z][A-Za-z&.-]*(?:\s*[/,]\s*[A-Z][A-Za-z&.-]*)*)\s*\)\s*$/.exec(paragraph);
		if (parenthesised && parenthesised[1]!.length <= 40) return parenthesised[1]!;
		const dashed = /[—–-]\s*((?:Reuters|AP|AFP|Bloomberg|dpa|Xinhua|TASS|Interfax|PA|ANI|UNI|IANS|NAN)(?:\s*\/\s*\w+)?)\s*$/.exec(paragraph);
		if (dashed) return dashed[1]!;
		break;
	}
	const siteLine = raws.findIndex((_, i) => kinds[i] === 'boilerplate' && isShortLabel(text, raws, i) && i > raws.length / 2 && !/^related/i.test(text.slice(raws[i]!.start, raws[i]!.end)));
	return siteLine >= 0 ? text.slice(raws[siteLine]!.start, raws[siteLine]!.end) : null;
}
