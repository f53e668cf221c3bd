const ISO_8601 = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A date as ISO 8601, the front matter's form: ISO dates are kept as written (a date alone stays a date);
 * dates written out with a month name (RFC 822 in RSS, "March 6, 2025") become UTC times. All-number dates
 * like 06/03/2025 are refused: the day and the month cannot be told apart.
 */
export function isoDate(value: string | null | undefined): string | null {
	const text = value?.trim();
	if (!text) return null;
	const iso = ISO_8601.exec(text);
	if (iso) {
		if (Number.isNaN(Date.parse(iso[1]!))) return null;
		return iso[2] === undefined ? iso[1]! : text.replace(' ', 'T');
	}
	if (!/\p{L}{3}/u.test(text)) return null;
	const time = Date.parse(text);
	if (Number.isNaN(time)) return null;
	return new Date(time).toISOString().replace('.000Z', 'Z');
}
