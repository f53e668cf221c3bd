import { useEffect, useRef } from 'react';
import type { Article } from '../../../core/article/article.js';
import type { ReaderStore } from './reader-store.js';

const POSITION_SAVE_DELAY_MS = 400;

/**
 * The reading position: saved shortly after moving, and at once on leaving the article or on the way out of
 * the process. Progress is how far the reader got: paging back, or a resize that lays the text out longer,
 * keeps it.
 */
export function useReadingPosition({
	store,
	path,
	article,
	anchor,
	progress,
	onSaved,
	beforeExit,
}: {
	store: ReaderStore;
	path: string;
	article: Article;
	/** The first character on screen. */
	anchor: number;
	/** 0..1, as far as the window reaches now. */
	progress: number;
	onSaved?: () => void;
	beforeExit?: (hook: () => void) => () => void;
}): void {
	const furthest = useRef<number | null>(null);
	if (furthest.current === null) {
		const saved = store.position(path);
		furthest.current = saved && saved.fingerprint === article.fingerprint ? saved.progress : 0;
	}
	furthest.current = Math.max(furthest.current, progress);
	const latest = useRef({ anchor, progress: furthest.current });
	latest.current = { anchor, progress: furthest.current };
	const save = useRef(() => {});
	save.current = () => {
		try {
			store.setPosition(path, { offset: latest.current.anchor, progress: latest.current.progress, fingerprint: article.fingerprint });
			onSaved?.();
		} catch {
			// A lost reading position is not worth interrupting the reader for; highlights report their errors.
		}
	};
	useEffect(() => {
		const timer = setTimeout(() => save.current(), POSITION_SAVE_DELAY_MS);
		return () => clearTimeout(timer);
	}, [anchor, furthest.current]);
	useEffect(() => {
		const unregister = beforeExit?.(() => save.current());
		return () => {
			unregister?.();
			save.current();
		};
	}, [beforeExit]);
}
