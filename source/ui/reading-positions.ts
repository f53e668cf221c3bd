import type { ReadingPosition } from '../store/index.js';

/** What the library screen reads of the store: where each article was left. */
export interface ReadingPositions {
	position(file: string): Pick<ReadingPosition, 'progress'> | undefined;
}

export function progressLabel(position: Pick<ReadingPosition, 'progress'> | undefined): string {
	if (!position) return 'unread';
	if (position.progress >= 0.999) return 'done';
	return `${Math.max(1, Math.round(position.progress * 100))}%`;
}

export const WORDS_PER_MINUTE = 230;

export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
