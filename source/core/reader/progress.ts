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
