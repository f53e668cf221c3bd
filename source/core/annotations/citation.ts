/** A quotation as a reader would paste it: “…” — Speaker, Outlet, date. Missing parts are left out. */
export function formatCitation(input: { text: string; speaker?: string | null; source?: string | null; date?: string | null; title?: string | null }): string {
	const credit = [input.speaker, input.source ?? input.title, input.date].filter((part): part is string => Boolean(part && part.trim()));
	return credit.length > 0 ? `${inQuotes(input.text)} — ${credit.join(', ')}` : inQuotes(input.text);
}

const MARKS = /^[“”"‘’'«»„\s]+|[“”"‘’'«»„\s]+$/g;

/** Words shown as a quotation: one pair of curly marks, whatever marks the words carried themselves. */
export function inQuotes(text: string): string {
	return `“${text.replace(/\s+/g, ' ').replace(MARKS, '')}”`;
}
