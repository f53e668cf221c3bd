/** A quotation as a reader would paste it: “…” — Speaker, Outlet, date. Missing parts are left out. */
export function formatCitation(input: { text: string; speaker?: string | null; source?: string | null; date?: string | null; title?: string | null }): string {
	const text = input.text.replace(/\s+/g, ' ').trim().replace(/^[“"‘'«„]+|[”"’'»“]+$/g, '');
	const credit = [input.speaker, input.source ?? input.title, input.date].filter((part): part is string => Boolean(part && part.trim()));
	return credit.length > 0 ? `“${text}” — ${credit.join(', ')}` : `“${text}”`;
}
