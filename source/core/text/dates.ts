const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A front-matter date as a person reads it: "2025-11-02T09:00:00+01:00" → "2 Nov 2025" (with `time`,
 * "2 Nov 2025, 09:00"). The day and time are the article's own (as its outlet dated it), never moved to
 * another zone. Anything that is not ISO 8601 is given back as written.
 */
export function readableDate(value: string, options: { time?: boolean } = {}): string {
	const match = ISO_8601.exec(value.trim());
	if (!match) return value;
	const [, year, month, day, hours, minutes] = match;
	const monthName = MONTHS[Number(month) - 1];
	if (!monthName || Number(day) < 1 || Number(day) > 31) return value;
	const date = `${Number(day)} ${monthName} ${year}`;
	return options.time && hours !== undefined ? `${date}, ${hours}:${minutes}` : date;
}
