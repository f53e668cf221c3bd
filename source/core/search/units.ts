import type { Article } from '../article/article.js';
import type { QuoteAnalysis } from '../quotes/index.js';
import type { TextRange } from '../text/range.js';
import type { HitKind } from './candidate-index.js';
import { termsOf } from './fold.js';

/**
 * One searchable stretch of an article: its title, a paragraph, a quote, a speaker's name. `start`/`end`
 * are article offsets (a title taken from front matter is not in the text: 0, 0); a quote names its
 * speaker by index into the article's speakers.
 */
export interface SearchUnit extends TextRange {
	readonly kind: Exclude<HitKind, 'note'>;
	readonly speaker: number | null;
}

export interface SearchSpeaker {
	readonly name: string;
	readonly aliases: readonly string[];
}

/** What search keeps of an article besides its text. */
export interface ArticleSearchData {
	readonly units: readonly SearchUnit[];
	readonly speakers: readonly SearchSpeaker[];
}

/** Paragraph kinds worth finding: boilerplate and captions are folded away, and the title is its own unit. */
const SEARCHED_PARAGRAPHS = new Set(['body', 'dek', 'byline']);

export function searchDataOf(article: Article, analysis: QuoteAnalysis): ArticleSearchData {
	const quoted = analysis.speakers.filter((speaker) => speaker.quotes > 0);
	const speakerIndex = new Map(quoted.map((speaker, index) => [speaker.name, index]));
	const units: SearchUnit[] = [{ kind: 'title', ...titleRange(article), speaker: null }];
	for (const paragraph of article.paragraphs) {
		if (SEARCHED_PARAGRAPHS.has(paragraph.kind)) units.push({ kind: 'text', start: paragraph.start, end: paragraph.end, speaker: null });
	}
	for (const quote of analysis.quotes) {
		if (quote.kind !== 'direct' && quote.kind !== 'partial') continue;
		units.push({ kind: 'quote', start: quote.start, end: quote.end, speaker: quote.speaker === null ? null : (speakerIndex.get(quote.speaker) ?? null) });
	}
	quoted.forEach((speaker, index) => {
		const first = speaker.mentions[0];
		units.push({ kind: 'speaker', start: first?.start ?? 0, end: first?.end ?? 0, speaker: index });
	});
	return { units, speakers: quoted.map(({ name, aliases }) => ({ name, aliases: [...aliases] })) };
}

/** The title's place in the text: its own paragraph, else where the text says it word for word, else 0, 0. */
function titleRange(article: Article): { start: number; end: number } {
	const paragraph = article.paragraphs.find((candidate) => candidate.kind === 'title');
	if (paragraph) return { start: paragraph.start, end: paragraph.end };
	const at = article.title === '' ? -1 : article.text.indexOf(article.title);
	return at < 0 ? { start: 0, end: 0 } : { start: at, end: at + article.title.length };
}

/** The words of a unit as shown and searched: the title's own text, a speaker's name (and other names), else the article's. */
export function unitText(unit: SearchUnit, text: string, title: string, speakers: readonly SearchSpeaker[]): string {
	if (unit.kind === 'title') return title;
	if (unit.kind === 'speaker') {
		const speaker = speakers[unit.speaker ?? -1];
		if (!speaker) return '';
		const others = speaker.aliases.filter((alias) => !speaker.name.includes(alias));
		return [speaker.name, ...others].join(' · ');
	}
	return text.slice(unit.start, unit.end);
}

/** Where `unitText` starts in the article, or null when it is not the article's text there. */
export function unitTextStart(unit: SearchUnit, text: string, title: string): number | null {
	if (unit.kind === 'title') return unit.end > unit.start && text.slice(unit.start, unit.end) === title ? unit.start : null;
	if (unit.kind === 'speaker') return null;
	return unit.start;
}

/** Terms the unit is found by; a speaker is also found by its aliases, a quote by its speaker (`by:`). */
export function unitTerms(unit: SearchUnit, text: string, title: string, speakers: readonly SearchSpeaker[]): { terms: string[]; speakerTerms: string[] } {
	const speaker = unit.speaker === null ? undefined : speakers[unit.speaker];
	const nameTerms = speaker ? termsOf([speaker.name, ...speaker.aliases].join(' ')) : [];
	if (unit.kind === 'speaker') return { terms: nameTerms, speakerTerms: [] };
	return { terms: termsOf(unitText(unit, text, title, speakers)), speakerTerms: unit.kind === 'quote' ? nameTerms : [] };
}
