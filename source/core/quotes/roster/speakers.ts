import type { Speaker } from '../model.js';
import type { Entity } from './roster.js';
import { withoutPossessive } from '../../text/characters.js';

const WORD = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu;

/** Past this many speakers one pass over the words beats searching the text for each name. */
const SEARCH_PER_NAME_UP_TO = 40;

export interface SpeakerCount {
	readonly entity: Entity;
	readonly quotes: number;
	readonly unsure: number;
}

/**
 * The speakers, each with a `mentions` list worked out when first read (the reader marks names; `quotes
 * --json` never reads them): one search per name, or past a few dozen speakers one pass over the words for all.
 */
export function toSpeakers(text: string, counted: readonly SpeakerCount[]): Speaker[] {
	let found: Map<Speaker, { start: number; end: number }[]> | null = null;
	const mentionsOf = (speaker: Speaker) => {
		found ??= findNameMentions(text, speakers);
		return found.get(speaker) ?? [];
	};
	const speakers = counted.map(
		({ entity, quotes, unsure }): Speaker => ({
			name: entity.name,
			aliases: [...entity.aliases].filter((alias) => alias !== entity.name).sort((a, b) => b.length - a.length || a.localeCompare(b)),
			role: entity.role,
			kind: entity.kind,
			gender: entity.kind === 'person' ? entity.gender : null,
			quotes,
			unsure,
			// In the literal, not defined on each object afterwards: defineProperty cost more than the search it defers.
			get mentions() {
				return mentionsOf(this);
			},
		}),
	);
	return speakers;
}

function findNameMentions(text: string, speakers: readonly Speaker[]): Map<Speaker, { start: number; end: number }[]> {
	if (speakers.length <= SEARCH_PER_NAME_UP_TO) return new Map(speakers.map((speaker) => [speaker, searchNames(text, [speaker.name, ...speaker.aliases])]));
	return scanNames(text, speakers);
}

/** Every occurrence of the forms, longest first, as whole words. */
function searchNames(text: string, forms: readonly string[]): { start: number; end: number }[] {
	const found: { start: number; end: number }[] = [];
	const taken = (start: number, end: number) => found.some((range) => start < range.end && end > range.start);
	for (const form of [...new Set(forms)].filter((value) => value !== '').sort((a, b) => b.length - a.length)) {
		for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
			const end = at + form.length;
			if (isWordChar(text[at - 1]) || isWordChar(text[end]) || taken(at, end)) continue;
			found.push({ start: at, end });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

function isWordChar(char: string | undefined): boolean {
	return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Every place a speaker's name or alias appears, longest form first, in one pass over the words. */
function scanNames(text: string, speakers: readonly Speaker[]): Map<Speaker, { start: number; end: number }[]> {
	const found = new Map<Speaker, { start: number; end: number }[]>(speakers.map((speaker) => [speaker, []]));
	const formsByFirstWord = new Map<string, { words: string[]; speaker: Speaker }[]>();
	for (const speaker of speakers) {
		for (const form of new Set([speaker.name, ...speaker.aliases])) {
			const words = form.split(/\s+/).filter(Boolean);
			if (words.length === 0) continue;
			const list = formsByFirstWord.get(words[0]!) ?? [];
			list.push({ words, speaker });
			formsByFirstWord.set(words[0]!, list);
		}
	}
	for (const list of formsByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
	const words = [...text.matchAll(WORD)].map((match) => ({ start: match.index, text: match[0] }));
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		const forms = formsByFirstWord.get(word.text) ?? formsByFirstWord.get(withoutPossessive(word.text));
		if (!forms) continue;
		for (const form of forms) {
			const end = matchForm(text, words, i, form.words);
			if (end < 0) continue;
			found.get(form.speaker)!.push({ start: word.start, end });
			i += form.words.length - 1;
			break;
		}
	}
	return found;
}

/** The end offset of `form` read from word `i` on (words separated by spaces only), or -1. */
function matchForm(text: string, words: readonly { start: number; text: string }[], i: number, form: readonly string[]): number {
	let end = -1;
	for (let k = 0; k < form.length; k++) {
		const word = words[i + k];
		if (!word) return -1;
		const last = k === form.length - 1;
		if (word.text !== form[k] && !(last && withoutPossessive(word.text) === form[k])) return -1;
		if (k > 0 && !/^[ \t]+$/.test(text.slice(end, word.start))) return -1;
		end = word.start + form[k]!.length;
	}
	return end;
}
