/** How far the reader got, as the library shows it: unread, a percentage, done. `progress` is 0..1. */
export function progressLabel(position: { readonly progress: number } | undefined): string {
	if (!position) return 'unread';
	if (position.progress >= 0.999) return 'done';
	return `${Math.max(1, Math.round(position.progress * 100))}%`;
}

const WORDS_PER_MINUTE = 230;

export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** A word count for a narrow column: at most 6 characters ("12,345", "123k", "4.5M"), so columns never run together. */
export function wordCountLabel(words: number): string {
	if (words < 100_000) return words.toLocaleString('en-US');
	if (words < 1_000_000) return `${Math.floor(words / 1000)}k`;
	const millions = words / 1_000_000;
	return millions < 10 ? `${Math.floor(millions * 10) / 10}M` : `${Math.floor(millions)}M`;
}

/** Reading time for a narrow column: at most 6 characters ("4 min", "99 min", "12 h", "9999 h"). */
export function readingTimeLabel(words: number): string {
	const minutes = readingMinutes(words);
	if (minutes < 100) return `${minutes} min`;
	return `${Math.min(9999, Math.round(minutes / 60))} h`;
}
