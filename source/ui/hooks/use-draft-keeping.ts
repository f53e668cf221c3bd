import { useEffect, useRef } from 'react';
import { isChanged, type NoteDraft } from '../../core/annotations/note-draft.js';
import type { Store } from '../../store/index.js';

export type DraftStore = Pick<Store, 'draft' | 'keepDraft' | 'dropDraft'>;

/** After the last key; and at least this often while typing goes on. */
const KEEP_AFTER_MS = 300;
const KEEP_AT_LEAST_EVERY_MS = 800;

/**
 * Keeps the note being written in the store within a second of the last key, so that a kill, a crash or a
 * closed terminal loses at most that second; on the way out of the process (a signal, Ctrl-C, Ctrl-Z) and on
 * leaving the screen it is kept at once. Returns `forget`, for when the note was saved or discarded.
 */
export function useDraftKeeping({
	store,
	file,
	draft,
	beforeExit,
}: {
	store: DraftStore;
	/** The article the note being written is on. */
	file: string;
	draft: NoteDraft | null;
	beforeExit?: (hook: () => void) => () => void;
}): { forget: (target: { start: number; end: number }) => void } {
	const pending = useRef<{ file: string; target: { start: number; end: number }; text: string } | null>(null);
	const since = useRef<number | null>(null);
	const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
	const keepNow = useRef(() => {});
	keepNow.current = () => {
		if (timer.current) clearTimeout(timer.current);
		timer.current = null;
		since.current = null;
		const kept = pending.current;
		pending.current = null;
		if (!kept) return;
		try {
			store.keepDraft(kept.file, kept.target, kept.text);
		} catch {
			// The store is busy (a lock held too long): the next key tries again, and the text is still on screen.
		}
	};

	const text = draft && isChanged(draft) ? draft.edit.value : null;
	useEffect(() => {
		if (!draft || text === null) return;
		pending.current = { file, target: draft.target, text };
		const now = Date.now();
		since.current ??= now;
		if (timer.current) clearTimeout(timer.current);
		const wait = Math.max(0, Math.min(KEEP_AFTER_MS, since.current + KEEP_AT_LEAST_EVERY_MS - now));
		timer.current = setTimeout(() => keepNow.current(), wait);
	}, [text]);
	useEffect(() => {
		const unregister = beforeExit?.(() => keepNow.current());
		return () => {
			unregister?.();
			keepNow.current();
		};
	}, [beforeExit]);

	return {
		forget(target) {
			if (timer.current) clearTimeout(timer.current);
			timer.current = null;
			pending.current = null;
			since.current = null;
			try {
				store.dropDraft(file, target);
			} catch {
				// Left in the store, the draft is offered again next time: nothing is lost.
			}
		},
	};
}
