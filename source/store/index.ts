import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type Conf from 'conf';
import envPaths from 'env-paths';
import { selectorsFor, type HighlightSelectors } from '../core/annotations/selectors.js';
import { damageReason, isDamageError, moveAside } from './damaged.js';
import {
	STORE_FORMAT_VERSION,
	STORE_SCHEMA,
	migrateToFormat1,
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
import { withFileLock } from './lock.js';

export type { NoteDraftRecord, ReadingPosition, Settings, StoredCorrection, StoredFeed, StoredHighlight } from './format.js';
export { NewerFormatError } from './format.js';
export { StoreLockedError } from './lock.js';

export interface Store {
	/** The config file. */
	readonly path: string;
	position(file: string): ReadingPosition | undefined;
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
	reload(): void;
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
}

/** A change that cannot be made: an unknown or deleted highlight, a range outside the text. */
export class StoreError extends Error {}

/** Deletions older than this can no longer be undone or raced, so their tombstones are dropped. */
const TOMBSTONE_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;

export function configDirectory(options: { configDir?: string; env?: NodeJS.ProcessEnv } = {}): string {
	const env = options.env ?? process.env;
	const given = options.configDir ?? (env.MARGINALIA_CONFIG_DIR || undefined);
	return given ? resolve(given) : envPaths('marginalia', { suffix: '' }).config;
}

function movedAsideWarning(file: string, aside: string, error: Error): string {
	return `The config file ${file} could not be read (${damageReason(error)}). It was moved to ${aside}, and a fresh one was started.`;
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

function withVersion(data: StoreData): StoreData {
	return data.__internal__?.migrations?.version ? data : { ...data, __internal__: { ...data.__internal__, migrations: { version: STORE_FORMAT_VERSION } } };
}

class ConfStore implements Store {
	readonly #conf: Conf<StoreData>;
	readonly #onWarning: (message: string) => void;
	#data: StoreData;

	constructor(conf: Conf<StoreData>, onWarning: (message: string) => void) {
		this.#conf = conf;
		this.#onWarning = onWarning;
		this.#data = this.#readFile();
	}

	get path(): string {
		return this.#conf.path;
	}

	position(file: string): ReadingPosition | undefined {
		const position = this.#data.positions?.[resolve(file)];
		return position ? { ...position } : undefined;
	}

	setPosition(file: string, position: Omit<ReadingPosition, 'updated'>): void {
		const offset = Number.isFinite(position.offset) ? Math.max(0, Math.floor(position.offset)) : 0;
		const progress = Number.isFinite(position.progress) ? Math.min(1, Math.max(0, position.progress)) : 0;
		const saved: ReadingPosition = { offset, progress, fingerprint: position.fingerprint, updated: new Date().toISOString() };
		this.#change((data) => {
			data.positions = { ...data.positions, [resolve(file)]: saved };
		});
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
		});
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
		const now = new Date().toISOString();
		return this.#change((data) => {
			const id = newId((candidate) => Boolean(data.highlights?.[candidate] ?? data.tombstones?.[candidate]));
			const highlight: StoredHighlight = {
				id,
				file: resolve(input.file),
				fingerprint: input.fingerprint,
				...selectors,
				note: input.note ?? '',
				created: now,
				updated: now,
			};
			data.highlights = { ...data.highlights, [id]: highlight };
			return freezeHighlight(highlight);
		});
	}

	setNote(id: string, note: string): StoredHighlight {
		return this.#change((data) => {
			if (data.tombstones?.[id]) throw new StoreError(`highlight ${id} was deleted`);
			// Missing from the file but not deleted: the file was replaced under us. What we hold is still the user's.
			const current = data.highlights?.[id] ?? this.#data.highlights?.[id];
			if (!current) throw new StoreError(`no highlight ${id}`);
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
		return this.#change((data) => {
			const id = newId((candidate) => Boolean(data.corrections?.[candidate] ?? data.highlights?.[candidate] ?? data.tombstones?.[candidate]));
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

	reload(): void {
		this.#data = withFileLock(this.path, () => this.#readFresh());
	}

	#readFile(): StoreData {
		// conf's getter reads, parses (parseStoreFile) and validates against the schema on every access.
		return this.#conf.store;
	}

	/** Under the lock. A file damaged since we opened it is moved aside, and what we hold in memory carries on. */
	#readFresh(): StoreData {
		try {
			return this.#readFile();
		} catch (error) {
			if (!isDamageError(error)) throw error;
			const aside = moveAside(this.path);
			this.#onWarning(movedAsideWarning(this.path, aside, error));
			return structuredClone(this.#data);
		}
	}

	/** Every change: lock, read the file as it is now, apply, write atomically (conf), keep the result. */
	#change<T>(apply: (data: StoreData) => T): T {
		return withFileLock(this.path, () => {
			const data = withVersion(this.#readFresh());
			const result = apply(data);
			data.tombstones = liveTombstones(data.tombstones);
			this.#conf.store = data;
			this.#data = data;
			return result;
		});
	}
}

function draftKey(file: string, range: { start: number; end: number }): string {
	return `${resolve(file)}#${range.start}-${range.end}`;
}

function liveTombstones(tombstones: StoreData['tombstones']): StoreData['tombstones'] {
	const oldest = Date.now() - TOMBSTONE_LIFETIME_MS;
	return Object.fromEntries(Object.entries(tombstones ?? {}).filter(([, tombstone]) => Date.parse(tombstone.deleted) >= oldest));
}

function readIfExists(file: string): Buffer | null {
	try {
		return readFileSync(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}

export async function openStore(options: OpenStoreOptions = {}): Promise<OpenedStore> {
	// conf pulls in ajv (~50 ms): only pay for it when the store is opened.
	const { default: ConfClass } = await import('conf');
	const cwd = configDirectory(options);
	const createConf = () =>
		new ConfClass<StoreData>({
			projectName: 'marginalia',
			projectSuffix: '',
			cwd,
			accessPropertiesByDotNotation: false,
			clearInvalidConfig: false,
			schema: STORE_SCHEMA,
			// Checking our constant schema against the JSON Schema meta-schema costs ~30 ms per start;
			// test/store/store.test.ts checks it once instead.
			ajvOptions: { validateSchema: false },
			projectVersion: STORE_FORMAT_VERSION,
			migrations: {
				// Migrations see the raw file, whatever its shape; conf's types cannot know it.
				'1.0.0': (conf) => {
					conf.store = migrateToFormat1(conf.store) as StoreData;
				},
			},
			deserialize: parseStoreFile,
		});
	const configFile = resolve(cwd, 'config.json');
	const onWarning = options.onWarning ?? (() => {});
	return withFileLock(configFile, () => {
		const original = readIfExists(configFile);
		try {
			return { store: new ConfStore(createConf(), onWarning), warning: null };
		} catch (error) {
			if (!isDamageError(error)) throw error;
			const aside = moveAside(configFile, original);
			return { store: new ConfStore(createConf(), onWarning), warning: movedAsideWarning(configFile, aside, error) };
		}
	});
}
