/** What the UI needs from the store to remember where each article was left. */
export interface SavedPosition {
	readonly offset: number;
	/** 0..1: how much of the article had been shown. */
	readonly progress: number;
	readonly fingerprint: string;
}

export interface ReadingPositions {
	position(file: string): SavedPosition | undefined;
	setPosition(file: string, position: SavedPosition): void;
}

/** A store that forgets on exit, for when the config cannot be opened at all. */
export function memoryPositions(): ReadingPositions {
	const positions = new Map<string, SavedPosition>();
	return {
		position: (file) => positions.get(file),
		setPosition: (file, position) => void positions.set(file, position),
	};
}

export function progressLabel(position: SavedPosition | undefined): string {
	if (!position) return 'unread';
	if (position.progress >= 0.999) return 'done';
	return `${Math.max(1, Math.round(position.progress * 100))}%`;
}

export const WORDS_PER_MINUTE = 230;

export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
