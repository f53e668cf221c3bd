/** Said after a speaker the engine only guessed (a quote that is not `sure`). */
export const UNCERTAIN = '(attribution uncertain)';

/**
 * A quotation as a reader would paste it: “…” — Speaker, Outlet, date. Missing parts are left out; a guessed
 * speaker (`sure: false`) is followed by "(attribution uncertain)".
 */
export function formatCitation(input: { text: string; speaker?: string | null; sure?: boolean; source?: string | null; date?: string | null; title?: string | null }): string {
	const speaker = input.speaker && input.sure === false ? `${input.speaker} ${UNCERTAIN}` : input.speaker;
	const credit = [speaker, input.source ?? input.title, input.date].filter((part): part is string => Boolean(part && part.trim()));
	return credit.length > 0 ? `${inQuotes(input.text)} — ${credit.join(', ')}` : inQuotes(input.text);
}

const MARKS = /^[“”"‘’'«»„\s]+|[“”"‘’'«»„\s]+$/g;

/** Words shown as a quotation: one pair of curly marks, whatever marks the words carried themselves. */
export function inQuotes(text: string): string {
	return `“${text.replace(/\s+/g, ' ').replace(MARKS, '')}”`;
}
