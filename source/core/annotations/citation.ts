/** Said after a speaker the engine only guessed (a quote that is not `sure`). */
export const UNCERTAIN = '(attribution uncertain)';

/**
 * Words as a reader would paste them: a quotation in one pair of curly marks with its speaker, narration as
 * it stands; then the outlet and date. Missing parts are left out; a guessed speaker (`sure: false`) is
 * followed by "(attribution uncertain)".
 */
export function formatCitation(input: {
	text: string;
	/** True when the words are someone's speech (they lie in a quotation): they get marks. */
	quoted: boolean;
	speaker?: string | null;
	/** False when the engine only guessed the speaker. */
	sure?: boolean;
	source?: string | null;
	date?: string | null;
	title?: string | null;
}): string {
	const speaker = input.speaker && input.sure === false ? `${input.speaker} ${UNCERTAIN}` : input.speaker;
	const credit = [input.quoted ? speaker : null, input.source ?? input.title, input.date].filter((part): part is string => Boolean(part && part.trim()));
	const words = input.quoted ? asQuotation(input.text) : input.text.replace(/\s+/g, ' ').trim();
	return credit.length > 0 ? `${words} — ${credit.join(', ')}` : words;
}

const MARKS = /^[“”"‘’'«»„\s]+|[“”"‘’'«»„\s]+$/g;

/** Words shown as a quotation: one pair of curly marks, whatever marks the words carried themselves. */
export function inQuotes(text: string): string {
	return `“${text.replace(/\s+/g, ' ').replace(MARKS, '')}”`;
}

/**
 * A quotation lifted out of its sentence: the comma that led back to "she said" becomes a full stop
 * (“It is not safe,” she said → “It is not safe.”).
 */
export function asQuotation(text: string): string {
	return inQuotes(text).replace(/[,;:]”$/, '.”');
}
