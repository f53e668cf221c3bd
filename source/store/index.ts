import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { selectorsFor, type HighlightSelectors } from '../core/annotations/selectors.js';
import { sanitizeInline } from '../core/text/sanitize.js';
import { damageReason, isDamageError, moveAside } from './damaged.js';
import {
	STORE_FORMAT_VERSION,
	parseStoreFile,
	type NoteDraftRecord,
	type ReadingPosition,
	type Settings,
	type StoreData,
	type StoredCorrection,
	type StoredFeed,
	type StoredHighlight,
} from './format.js';
import { listFeeds, withFeedAdded, withFeedRemoved, withFeedUpdated } from './feeds.js';
import { configDirectory } from './location.js';
import { tryLock, tryLockWithin, withFileLockAsync, type Release } from './lock.js';
import { StoreError, StoreLockedError, StoreWriteError, UnsavedChangeError } from './errors.js';
import { configFileExists, removeLeftoverTemporaryFiles } from './read-file.js';
import { replaceFile } from './write-file.js';
import { validateStore } from './validate.js';
import { describeWriteError } from './write-errors.js';
import { isNewArrival, withArrivals, withoutArrival } from './arrivals.js';

export type { NoteDraftRecord, ReadingPosition, Settings, StoredCorrection, StoredFeed, StoredHighlight } from './format.js';
export { NewerFormatError } from './format.js';
export { configDirectory } from './location.js';
export { StoreError, StoreLockedError, StoreWriteError, UnsavedChangeError } from './errors.js';

export interface Store {
	/** The config file. */
	readonly path: string;
	position(file: string): ReadingPosition | undefined;
	/** Every reading position, by absolute path: one call for a library of thousands (the few read are in it). */
	positions(): ReadonlyMap<string, ReadingPosition>;
	setPosition(file: string, position: Omit<ReadingPosition, 'updated'>): void;
	settings(): Settings;
	setSetting<K extends keyof Settings>(key: K, value: Settings[K]): void;
	/** In reading order: by file, then position. */
	highlights(file?: string): readonly StoredHighlight[];
	addHighlight(input: { file: string; text: string; fingerprint: string; start: number; end: number; note?: string }): StoredHighlight;
	setNote(id: string, note: string): StoredHighlight;
	removeHighlight(id: string): StoredHighlight | undefined;
	/** Undo of `removeHighlight`: puts the highlight back and forgets its deletion. */
	restoreHighlight(highlight: StoredHighlight): void;
	/** The unsaved note kept for these words of this file, if any. */
	draft(file: string, range: { start: number; end: number }): NoteDraftRecord | undefined;
	keepDraft(file: string, range: { start: number; end: number }, text: string): void;
	dropDraft(file: string, range: { start: number; end: number }): void;
	/**
	 * A file was renamed or moved: its highlights and reading position follow it. Returns how many
	 * highlights moved. (Used by `library/anchoring.ts` when it finds a missing file by its fingerprint.)
	 */
	moveFile(from: string, to: string): number;
	/** Speaker corrections, oldest first: those of one file (with the library-wide ones), or all. */
	corrections(file?: string): readonly StoredCorrection[];
	/**
	 * Saves a correction. A quote's new speaker replaces any earlier correction of the same quote, so that
	 * undoing it goes back to the engine's choice.
	 */
	addCorrection(input: CorrectionInput): StoredCorrection;
	removeCorrection(id: string): StoredCorrection | undefined;
	/** Undo of `removeCorrection`. */
	restoreCorrection(correction: StoredCorrection): void;
	/** Feed subscriptions, in the order they were added. */
	feeds(): readonly StoredFeed[];
	/** Subscribes; `added` is false (and nothing changes) when the feed is already there. */
	addFeed(input: { url: string; title: string | null }): { feed: StoredFeed; added: boolean };
	removeFeed(url: string): StoredFeed | undefined;
	/**
	 * Changes a feed's state as the file has it now (another process may have refreshed it too); does
	 * nothing and returns undefined when the feed was removed meanwhile.
	 */
	updateFeed(url: string, update: (feed: StoredFeed) => StoredFeed): StoredFeed | undefined;
	/** True while the file came in by an import and has not been opened since: the library marks it new. */
	isNew(file: string): boolean;
	/** Files an import just added to the library. */
	markArrived(files: readonly string[]): void;
	/** The file was opened in the reader: it is no longer new. */
	markOpened(file: string): void;
	/** Reads the file again (another window may have changed it); changes not yet saved stay on top. Never waits. */
	reload(): void;
	/** Why changes made here are not saved yet (a full disk, a read-only folder, a lock held elsewhere); null when all are. */
	unsaved(): string | null;
	/** Told why changes are not saved each time that changes, and null once all are saved again; returns its stop. */
	watchSaving(listener: (problem: string | null) => void): () => void;
	/**
	 * Saves the changes not saved yet, waiting (on timers) for another process's lock up to `giveUpAfterMs`.
	 * Throws StoreWriteError when the file cannot be written, StoreLockedError when the lock stays taken.
	 */
	flush(giveUpAfterMs?: number): Promise<void>;
	/** Everything held in memory, as the config file would hold it: for keeping unsaved changes somewhere else. */
	snapshot(): string;
}

/** True when `input` corrects the quote an earlier correction did (same file, same words' range): it replaces it. */
export function correctsSameQuote(earlier: StoredCorrection, input: CorrectionInput): boolean {
	return input.kind === 'set' && earlier.kind === 'set' && earlier.file === resolve(input.file) && earlier.start === input.start && earlier.end === input.end;
}

/** A quote's speaker (its words' range in the text), or a library-wide merge or rename. */
export type CorrectionInput =
	| { kind: 'set'; file: string; text: string; fingerprint: string; start: number; end: number; from: string | null; to: string | null }
	| { kind: 'merge' | 'rename'; from: string; to: string };

export interface OpenedStore {
	store: Store;
	/** Set when the config file could not be read and was moved aside: says where it is now. */
	warning: string | null;
}

export interface OpenStoreOptions {
	configDir?: string;
	env?: NodeJS.ProcessEnv;
	/** Told when a damaged file is found and moved aside after opening (another program wrote it). */
	onWarning?: (message: string) => void;
	/** Try unsaved changes again on a timer (the app). Commands call `flush` instead. */
	retryInBackground?: boolean;
}

/** Deletions older than this can no longer be undone or raced, so their tombstones are dropped. */
const TOMBSTONE_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;
const GIVE_UP_AFTER_MS = 15_000;
const FIRST_BACKGROUND_RETRY_MS = 250;
/** Another window's change holds the lock for milliseconds; waiting this long on the thread goes unnoticed. */
const LOCK_WAIT_ON_CHANGE_MS = 100;
const LONGEST_BACKGROUND_RETRY_MS = 5_000;

function movedAsideWarning(file: string, aside: string, error: Error): string {
	return `The config file ${sanitizeInline(file)} could not be read (${damageReason(error)}). It was moved to ${sanitizeInline(aside)}, and a fresh one was started.`;
}

function freezeHighlight(highlight: StoredHighlight): StoredHighlight {
	return Object.freeze({ ...highlight });
}

function byReadingOrder(a: StoredHighlight, b: StoredHighlight): number {
	return a.file.localeCompare(b.file) || a.start - b.start || a.end - b.end || a.created.localeCompare(b.created);
}

function newId(taken: (id: string) => boolean): string {
	for (;;) {
		const id = randomBytes(6).toString('hex');
		if (!taken(id)) return id;
	}
}

function liveTombstones(tombstones: StoreData['tombstones']): StoreData['tombstones'] {
	const oldest = Date.now() - TOMBSTONE_LIFETIME_MS;
	return Object.fromEntries(Object.entries(tombstones ?? {}).filter(([, tombstone]) => Date.parse(tombstone.deleted) >= oldest));
}

/** A change to the data, kept until it is on disk. Changes with the same key replace each other (a reading position). */
interface PendingChange {
	readonly key: string | null;
	readonly apply: (data: StoreData) => unknown;
}

class FileStore implements Store {
	readonly path: string;
	readonly #options: OpenStoreOptions;
	#data: StoreData;
	#pending: PendingChange[] = [];
	/** Ids of highlights added here and not saved yet: adding the same range again updates them. */
	readonly #unsavedAdds = new Map<string, string>();
	#problem: string | null = null;
	readonly #savingWatchers = new Set<(problem: string | null) => void>();
	#retryTimer: NodeJS.Timeout | null = null;
	#retryDelay = FIRST_BACKGROUND_RETRY_MS;

	constructor(path: string, options: OpenStoreOptions) {
		this.path = path;
		this.#options = options;
		this.#data = this.#readFile();
	}

	position(file: string): ReadingPosition | undefined {
		const position = this.#data.positions?.[resolve(file)];
		return position ? { ...position } : undefined;
	}

	positions(): ReadonlyMap<string, ReadingPosition> {
		return new Map(Object.entries(this.#data.positions ?? {}).map(([file, position]) => [file, { ...position }]));
	}

	setPosition(file: string, position: Omit<ReadingPosition, 'updated'>): void {
		const offset = Number.isFinite(position.offset) ? Math.max(0, Math.floor(position.offset)) : 0;
		const progress = Number.isFinite(position.progress) ? Math.min(1, Math.max(0, position.progress)) : 0;
		const saved: ReadingPosition = { offset, progress, fingerprint: position.fingerprint, updated: new Date().toISOString() };
		const path = resolve(file);
		this.#change((data) => {
			data.positions = { ...data.positions, [path]: saved };
		}, `position ${path}`);
	}

	settings(): Settings {
		return { ...this.#data.settings };
	}

	setSetting<K extends keyof Settings>(key: K, value: Settings[K]): void {
		this.#change((data) => {
			const settings: Settings = { ...data.settings };
			if (value === undefined) delete settings[key];
			else settings[key] = value;
			data.settings = settings;
		}, `setting ${key}`);
	}

	highlights(file?: string): readonly StoredHighlight[] {
		const all = Object.values(this.#data.highlights ?? {});
		const wanted = file === undefined ? all : all.filter((highlight) => highlight.file === resolve(file));
		return wanted.sort(byReadingOrder).map(freezeHighlight);
	}

	addHighlight(input: { file: string; text: string; fingerprint: string; start: number; end: number; note?: string }): StoredHighlight {
		let selectors;
		try {
			selectors = selectorsFor(input.text, input.start, input.end);
		} catch (error) {
			throw new StoreError((error as Error).message);
		}
		const file = resolve(input.file);
		// The same range added again before the first was saved (Enter pressed again in the note editor): one highlight.
		const rangeKey = `${file}\u0000${input.start}\u0000${input.end}`;
		const unsaved = this.#unsavedAdds.get(rangeKey);
		if (unsaved !== undefined && this.#data.highlights?.[unsaved]) return this.setNote(unsaved, input.note ?? '');
		const now = new Date().toISOString();
		// Chosen once, so that replaying the change on a fresh read (after a failed save) makes the same highlight.
		let id: string | null = null;
		return this.#change(
			(data) => {
				id ??= newId((candidate) => Boolean(data.highlights?.[candidate] ?? data.tombstones?.[candidate]));
				const highlight: StoredHighlight = { id, file, fingerprint: input.fingerprint, ...selectors, note: input.note ?? '', created: now, updated: now };
				data.highlights = { ...data.highlights, [id]: highlight };
				return freezeHighlight(highlight);
			},
			null,
			(highlight) => this.#unsavedAdds.set(rangeKey, highlight.id),
		);
	}

	setNote(id: string, note: string): StoredHighlight {
		return this.#change((data) => {
			if (data.tombstones?.[id]) throw new StoreError(`highlight ${sanitizeInline(id)} was deleted`);
			// Missing from the file but not deleted: the file was replaced under us. What we hold is still the user's.
			const current = data.highlights?.[id] ?? this.#data.highlights?.[id];
			if (!current) throw new StoreError(`no highlight ${sanitizeInline(id)}`);
			const updated: StoredHighlight = { ...current, note, updated: new Date().toISOString() };
			data.highlights = { ...data.highlights, [id]: updated };
			return freezeHighlight(updated);
		});
	}

	removeHighlight(id: string): StoredHighlight | undefined {
		const known = this.#data.highlights?.[id];
		return this.#change((data) => {
			const removed = data.highlights?.[id] ?? known;
			if (!removed) return undefined;
			const highlights = { ...data.highlights };
			delete highlights[id];
			data.highlights = highlights;
			data.tombstones = { ...data.tombstones, [id]: { deleted: new Date().toISOString() } };
			return freezeHighlight(removed);
		});
	}

	restoreHighlight(highlight: StoredHighlight): void {
		this.#change((data) => {
			const tombstones = { ...data.tombstones };
			delete tombstones[highlight.id];
			data.tombstones = tombstones;
			data.highlights = { ...data.highlights, [highlight.id]: { ...highlight } };
		});
	}

	draft(file: string, range: { start: number; end: number }): NoteDraftRecord | undefined {
		const kept = this.#data.drafts?.[draftKey(file, range)];
		return kept ? { ...kept } : undefined;
	}

	keepDraft(file: string, range: { start: number; end: number }, text: string): void {
		const record: NoteDraftRecord = { file: resolve(file), start: range.start, end: range.end, text, updated: new Date().toISOString() };
		this.#change((data) => {
			data.drafts = { ...data.drafts, [draftKey(file, range)]: record };
		});
	}

	dropDraft(file: string, range: { start: number; end: number }): void {
		const key = draftKey(file, range);
		if (!this.#data.drafts?.[key]) return;
		this.#change((data) => {
			const drafts = { ...data.drafts };
			delete drafts[key];
			data.drafts = drafts;
		});
	}

	moveFile(from: string, to: string): number {
		const [oldPath, newPath] = [resolve(from), resolve(to)];
		if (oldPath === newPath) return 0;
		return this.#change((data) => {
			let moved = 0;
			const highlights = { ...data.highlights };
			for (const [id, highlight] of Object.entries(highlights)) {
				if (highlight.file !== oldPath) continue;
				highlights[id] = { ...highlight, file: newPath };
				moved++;
			}
			data.highlights = highlights;
			const corrections = { ...data.corrections };
			for (const [id, correction] of Object.entries(corrections)) {
				if (correction.kind === 'set' && correction.file === oldPath) corrections[id] = { ...correction, file: newPath };
			}
			data.corrections = corrections;
			const position = data.positions?.[oldPath];
			if (position) {
				const positions = { ...data.positions, [newPath]: position };
				delete positions[oldPath];
				data.positions = positions;
			}
			return moved;
		});
	}

	corrections(file?: string): readonly StoredCorrection[] {
		const all = Object.values(this.#data.corrections ?? {});
		const wanted = file === undefined ? all : all.filter((correction) => correction.kind !== 'set' || correction.file === resolve(file));
		return wanted.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id)).map((correction) => Object.freeze({ ...correction }));
	}

	addCorrection(input: CorrectionInput): StoredCorrection {
		const created = new Date().toISOString();
		let selectors: HighlightSelectors | null = null;
		if (input.kind === 'set') {
			try {
				selectors = selectorsFor(input.text, input.start, input.end);
			} catch (error) {
				throw new StoreError((error as Error).message);
			}
		} else if (input.from.trim() === '' || input.to.trim() === '') {
			throw new StoreError('a speaker name cannot be empty');
		}
		// Chosen once, so that replaying the change on a fresh read (after a failed save) makes the same correction.
		let id: string | null = null;
		return this.#change((data) => {
			id ??= newId((candidate) => Boolean(data.corrections?.[candidate] ?? data.highlights?.[candidate] ?? data.tombstones?.[candidate]));
			const corrections = { ...data.corrections };
			let correction: StoredCorrection;
			if (input.kind === 'set') {
				const file = resolve(input.file);
				for (const [key, earlier] of Object.entries(corrections)) {
					if (!correctsSameQuote(earlier, input)) continue;
					delete corrections[key];
					data.tombstones = { ...data.tombstones, [key]: { deleted: created } };
				}
				correction = { id, kind: 'set', file, fingerprint: input.fingerprint, ...selectors!, from: input.from, to: input.to === null ? null : input.to.trim(), created };
			} else {
				correction = { id, kind: input.kind, from: input.from.trim(), to: input.to.trim(), created };
			}
			data.corrections = { ...corrections, [id]: correction };
			return Object.freeze({ ...correction });
		});
	}

	removeCorrection(id: string): StoredCorrection | undefined {
		const known = this.#data.corrections?.[id];
		return this.#change((data) => {
			const removed = data.corrections?.[id] ?? known;
			if (!removed) return undefined;
			const corrections = { ...data.corrections };
			delete corrections[id];
			data.corrections = corrections;
			data.tombstones = { ...data.tombstones, [id]: { deleted: new Date().toISOString() } };
			return Object.freeze({ ...removed });
		});
	}

	restoreCorrection(correction: StoredCorrection): void {
		this.#change((data) => {
			const tombstones = { ...data.tombstones };
			delete tombstones[correction.id];
			data.tombstones = tombstones;
			data.corrections = { ...data.corrections, [correction.id]: { ...correction } };
		});
	}

	feeds(): readonly StoredFeed[] {
		return listFeeds(this.#data);
	}

	addFeed(input: { url: string; title: string | null }): { feed: StoredFeed; added: boolean } {
		return this.#change((data) => withFeedAdded(data, input, new Date()));
	}

	removeFeed(url: string): StoredFeed | undefined {
		return this.#change((data) => withFeedRemoved(data, url));
	}

	updateFeed(url: string, update: (feed: StoredFeed) => StoredFeed): StoredFeed | undefined {
		return this.#change((data) => withFeedUpdated(data, url, update));
	}

	isNew(file: string): boolean {
		return isNewArrival(this.#data, file);
	}

	markArrived(files: readonly string[]): void {
		if (files.length === 0) return;
		this.#change((data) => withArrivals(data, files, new Date()));
	}

	markOpened(file: string): void {
		if (!this.isNew(file)) return;
		this.#change((data) => void withoutArrival(data, file));
	}

	reload(): void {
		let fresh: StoreData;
		try {
			// Under the lock a damaged file can be moved aside; without it (held elsewhere, a read-only folder) it is read as it is.
			fresh = this.#withLockIfFree(() => this.#readFresh()) ?? this.#readFile();
		} catch {
			// Damaged, unreadable, or not a file any more: what is in memory stays, and the next change says why.
			return;
		}
		this.#data = this.#withPending(fresh);
	}

	unsaved(): string | null {
		return this.#pending.length > 0 ? this.#problem : null;
	}

	watchSaving(listener: (problem: string | null) => void): () => void {
		this.#savingWatchers.add(listener);
		return () => void this.#savingWatchers.delete(listener);
	}

	#tellSaving(problem: string | null): void {
		for (const listener of this.#savingWatchers) listener(problem);
	}

	async flush(giveUpAfterMs = GIVE_UP_AFTER_MS): Promise<void> {
		const began = Date.now();
		let delay = 5;
		while (!this.#saveNow()) {
			if (Date.now() - began >= giveUpAfterMs) throw new StoreLockedError(this.#problem ?? `the config file ${sanitizeInline(this.path)} stayed locked`);
			await sleep(delay / 2 + Math.random() * delay);
			delay = Math.min(200, delay * 2);
		}
	}

	snapshot(): string {
		return serialize(this.#data);
	}

	/** At opening, under the lock: a new or migrated file is written in the current format. A failure is not an error yet. */
	writeFormatIfNeeded(): void {
		if (this.#data.__internal__?.migrations?.version === STORE_FORMAT_VERSION) return;
		try {
			const data = structuredClone(this.#data);
			this.#prepareForWriting(data);
			replaceFile(this.path, serialize(data));
		} catch {
			// A read-only folder or a full disk: reading works, and the first change says why it cannot be saved.
		}
	}

	/** The file as it is now, parsed (older formats migrated) and validated; a missing file is an empty store. */
	#readFile(): StoreData {
		if (!configFileExists(this.path)) return { settings: {}, positions: {}, highlights: {}, tombstones: {} };
		const data = parseStoreFile(readFileSync(this.path, 'utf8'));
		validateStore(data);
		return data;
	}

	/** Under the lock. A file damaged since we opened it is moved aside, and what we hold in memory carries on. */
	#readFresh(): StoreData {
		try {
			return this.#readFile();
		} catch (error) {
			if (!isDamageError(error)) throw error;
			const aside = moveAside(this.path);
			this.#options.onWarning?.(movedAsideWarning(this.path, aside, error));
			return structuredClone(this.#data);
		}
	}

	/** Changes not saved yet, replayed on a fresh read. One that no longer applies (its highlight deleted elsewhere) is dropped. */
	#withPending(fresh: StoreData): StoreData {
		this.#pending = this.#pending.filter((change) => {
			try {
				change.apply(fresh);
				return true;
			} catch (error) {
				if (error instanceof StoreError) return false;
				throw error;
			}
		});
		return fresh;
	}

	/** Drops old tombstones, stamps the format, and validates: a change that breaks the schema is a bug, thrown as is. */
	#prepareForWriting(data: StoreData): void {
		data.tombstones = liveTombstones(data.tombstones);
		data.__internal__ = { ...data.__internal__, migrations: { ...data.__internal__?.migrations, version: STORE_FORMAT_VERSION } };
		validateStore(data);
	}

	/** Runs `action` under the lock if it is free now; null if another process holds it or it cannot be made. */
	#withLockIfFree<T>(action: () => T): T | null {
		let release: Release | null;
		try {
			release = tryLock(this.path);
		} catch {
			return null;
		}
		if (!release) return null;
		try {
			return action();
		} finally {
			release();
		}
	}

	/**
	 * Every change: lock (waiting at most LOCK_WAIT_ON_CHANGE_MS), read the file as it is now, replay what is
	 * not saved yet, apply, write completely or not at all. When the lock stays taken or the write fails, the
	 * change is kept in memory and UnsavedChangeError says so; it is saved with the next change, by flush, or
	 * by the retry.
	 */
	#change<T>(apply: (data: StoreData) => T, key: string | null = null, onKept?: (result: T) => void): T {
		let release: Release | null;
		try {
			// Changes already waiting mean the lock was taken for longer than a change takes: no use waiting again.
			release = this.#pending.length === 0 ? tryLockWithin(this.path, LOCK_WAIT_ON_CHANGE_MS) : tryLock(this.path);
		} catch (error) {
			return this.#keep(apply, key, describeWriteError(error, this.path), onKept);
		}
		if (!release) return this.#keep(apply, key, `another Marginalia is saving (${sanitizeInline(this.path)})`, onKept);
		try {
			let fresh: StoreData;
			try {
				fresh = this.#readFresh();
			} catch (error) {
				if (isDamageError(error)) throw error;
				return this.#keep(apply, key, describeWriteError(error, this.path), onKept);
			}
			const data = this.#withPending(fresh);
			const result = apply(data);
			this.#prepareForWriting(data);
			try {
				replaceFile(this.path, serialize(data));
			} catch (error) {
				this.#data = data;
				this.#remember(apply, key);
				onKept?.(result);
				this.#failed(describeWriteError(error, this.path));
				throw new UnsavedChangeError(this.#problem!, result);
			}
			this.#saved(data);
			return result;
		} finally {
			release();
		}
	}

	#keep<T>(apply: (data: StoreData) => T, key: string | null, reason: string, onKept?: (result: T) => void): never {
		const data = structuredClone(this.#data);
		const result = apply(data);
		this.#data = data;
		this.#remember(apply, key);
		onKept?.(result);
		this.#failed(reason);
		throw new UnsavedChangeError(reason, result);
	}

	#remember(apply: (data: StoreData) => unknown, key: string | null): void {
		if (key !== null) this.#pending = this.#pending.filter((change) => change.key !== key);
		this.#pending.push({ key, apply });
	}

	#failed(reason: string): void {
		const changed = reason !== this.#problem;
		this.#problem = reason;
		if (changed) this.#tellSaving(reason);
		this.#scheduleRetry();
	}

	#saved(data: StoreData): void {
		this.#data = data;
		this.#pending = [];
		this.#unsavedAdds.clear();
		if (this.#retryTimer) clearTimeout(this.#retryTimer);
		this.#retryTimer = null;
		this.#retryDelay = FIRST_BACKGROUND_RETRY_MS;
		if (this.#problem !== null) {
			this.#problem = null;
			this.#tellSaving(null);
		}
	}

	/** One attempt to save what is pending: true when all is saved, false when the lock is taken. Throws StoreWriteError. */
	#saveNow(): boolean {
		if (this.#pending.length === 0) return true;
		let release: Release | null;
		try {
			release = tryLock(this.path);
		} catch (error) {
			throw this.#writeError(error);
		}
		if (!release) return false;
		try {
			const data = this.#withPending(this.#readFresh());
			this.#prepareForWriting(data);
			replaceFile(this.path, serialize(data));
			this.#saved(data);
			return true;
		} catch (error) {
			throw this.#writeError(error);
		} finally {
			release();
		}
	}

	#writeError(error: unknown): StoreWriteError {
		if (error instanceof StoreWriteError) return error;
		this.#problem = error instanceof StoreError ? error.message : describeWriteError(error, this.path);
		return new StoreWriteError(`cannot save the config file: ${this.#problem}`);
	}

	#scheduleRetry(): void {
		if (!this.#options.retryInBackground || this.#retryTimer) return;
		this.#retryTimer = setTimeout(() => {
			this.#retryTimer = null;
			let saved = false;
			try {
				saved = this.#saveNow();
			} catch {
				// Still failing: tried again later.
			}
			if (saved) return;
			this.#retryDelay = Math.min(LONGEST_BACKGROUND_RETRY_MS, this.#retryDelay * 2);
			this.#scheduleRetry();
		}, this.#retryDelay);
		this.#retryTimer.unref();
	}
}

function draftKey(file: string, range: { start: number; end: number }): string {
	return `${resolve(file)}#${range.start}-${range.end}`;
}

function serialize(data: StoreData): string {
	return JSON.stringify(data, undefined, '\t');
}

/** Makes the config folder; a folder that cannot be made (read-only) is not an error until something must be saved. */
function makeFolder(folder: string): void {
	try {
		mkdirSync(folder, { recursive: true });
	} catch {
		// Reported by the first change.
	}
}

export async function openStore(options: OpenStoreOptions = {}): Promise<OpenedStore> {
	const configFile = resolve(configDirectory(options), 'config.json');
	makeFolder(dirname(configFile));
	const open = (locked: boolean): OpenedStore => {
		if (locked) removeLeftoverTemporaryFiles(configFile);
		try {
			const store = new FileStore(configFile, options);
			if (locked) store.writeFormatIfNeeded();
			return { store, warning: null };
		} catch (error) {
			if (!isDamageError(error)) throw error;
			const aside = moveAside(configFile);
			const store = new FileStore(configFile, options);
			store.writeFormatIfNeeded();
			return { store, warning: movedAsideWarning(configFile, aside, error) };
		}
	};
	try {
		return await withFileLockAsync(configFile, () => open(true));
	} catch (error) {
		if (error instanceof StoreLockedError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		// The lock cannot even be made (a read-only folder): nobody can write here, so reading needs no lock.
		if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT') return open(false);
		throw error;
	}
}
