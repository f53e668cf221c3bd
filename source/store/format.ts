import type { Correction } from '../core/annotations/corrections.js';
import { sanitizeInline } from '../core/text/sanitize.js';
import type { Highlight } from '../core/annotations/highlight.js';

/**
 * The config file's layout. Version 1.0.0:
 *
 *   { "settings": {…}, "positions": { "<absolute path>": ReadingPosition },
 *     "highlights": { "<id>": StoredHighlight }, "corrections": { "<id>": StoredCorrection },
 *     "tombstones": { "<id>": { "deleted": ISO time } },
 *     "drafts": { "<absolute path>#<start>-<end>": NoteDraftRecord },
 *     "feeds": { "<feed url>": StoredFeed },
 *     "arrivals": { "<absolute path>": { "arrived": ISO time } },
 *     "__internal__": { "migrations": { "version": "1.0.0" } } }
 *
 * Highlights are keyed by id so that a change touches one entry of a freshly read file; tombstones
 * remember deletions so that nothing (another process, a recovery) brings a deleted highlight back.
 * Speaker corrections are kept the same way, in the same tombstones (ids never repeat). Older versions of
 * Marginalia keep the `corrections` key they do not know, so adding it needed no new format version; the
 * same holds for `drafts`, `feeds` and `arrivals` (imported articles not opened yet: the library's "new").
 */
export const STORE_FORMAT_VERSION = '1.0.0';

export interface ReadingPosition {
	offset: number;
	/** 0..1 */
	progress: number;
	fingerprint: string;
	updated: string;
}

export interface Settings {
	library?: string;
	theme?: 'auto' | 'dark' | 'light' | 'mono';
	quoteColours?: boolean;
	/** The library's order, as Tab last left it. */
	librarySort?: 'recent' | 'date' | 'title';
}

export type StoredHighlight = Highlight;

export type StoredCorrection = Correction;

/** A note typed but not saved yet, kept so that a signal, a crash or a closed terminal loses nothing. */
export interface NoteDraftRecord {
	file: string;
	/** The words the note is on, as offsets into the article text. */
	start: number;
	end: number;
	text: string;
	updated: string;
}

/** A feed subscription and what the last refresh learned. */
export interface StoredFeed {
	url: string;
	title: string | null;
	added: string;
	/** The last fetch that got the feed (or a 304 for it). */
	lastFetched: string | null;
	/** Why the last refresh of this feed failed; null when it worked. */
	error: string | null;
	/** Validators for a conditional GET. */
	etag: string | null;
	lastModified: string | null;
	/** How many items the feed held when last fetched. */
	items: number;
	/** Item keys already imported (or found in the library), with when each was first seen. */
	seen: Record<string, string>;
}

/** An article an import brought in, not opened since. */
export interface Arrival {
	arrived: string;
}

export interface Tombstone {
	deleted: string;
}

export interface StoreData {
	settings?: Settings;
	positions?: Record<string, ReadingPosition>;
	highlights?: Record<string, StoredHighlight>;
	corrections?: Record<string, StoredCorrection>;
	tombstones?: Record<string, Tombstone>;
	/** Added in 1.0.0 files without a version change: older versions keep unknown keys as they are. */
	drafts?: Record<string, NoteDraftRecord>;
	feeds?: Record<string, StoredFeed>;
	arrivals?: Record<string, Arrival>;
	// Bookkeeping: the format version of the file (the key conf used, kept so older files read the same).
	__internal__?: { migrations?: { version?: string } };
	[key: string]: unknown;
}

const isoTime = { type: 'string', minLength: 1 } as const;

const highlightSchema = {
	type: 'object',
	required: ['id', 'file', 'fingerprint', 'exact', 'prefix', 'suffix', 'start', 'end', 'note', 'created', 'updated'],
	properties: {
		id: { type: 'string', minLength: 1 },
		file: { type: 'string', minLength: 1 },
		// Empty for highlights migrated from the format that did not record it.
		fingerprint: { type: 'string' },
		exact: { type: 'string', minLength: 1 },
		prefix: { type: 'string' },
		suffix: { type: 'string' },
		start: { type: 'integer', minimum: 0 },
		end: { type: 'integer', minimum: 0 },
		note: { type: 'string' },
		created: isoTime,
		updated: isoTime,
	},
} as const;

const speakerName = { type: 'string', minLength: 1 } as const;

const correctionSchema = {
	type: 'object',
	required: ['id', 'kind', 'created'],
	properties: {
		id: { type: 'string', minLength: 1 },
		kind: { enum: ['set', 'merge', 'rename'] },
		created: isoTime,
	},
	oneOf: [
		{
			required: ['file', 'fingerprint', 'exact', 'prefix', 'suffix', 'start', 'end', 'from', 'to'],
			properties: {
				kind: { const: 'set' },
				file: { type: 'string', minLength: 1 },
				fingerprint: { type: 'string' },
				exact: { type: 'string', minLength: 1 },
				prefix: { type: 'string' },
				suffix: { type: 'string' },
				start: { type: 'integer', minimum: 0 },
				end: { type: 'integer', minimum: 0 },
				from: { type: ['string', 'null'] },
				to: { anyOf: [speakerName, { type: 'null' }] },
			},
		},
		{
			required: ['from', 'to'],
			properties: { kind: { enum: ['merge', 'rename'] }, from: speakerName, to: speakerName },
		},
	],
} as const;

/**
 * The properties of the root object (JSON Schema), compiled ahead of time into validate.generated.ts by
 * scripts/store-validator.ts. Unknown keys are kept (a newer version may add some).
 */
export const STORE_SCHEMA = {
	settings: {
		type: 'object',
		properties: {
			library: { type: 'string', minLength: 1 },
			theme: { enum: ['auto', 'dark', 'light', 'mono'] },
			quoteColours: { type: 'boolean' },
			librarySort: { enum: ['recent', 'date', 'title'] },
		},
	},
	positions: {
		type: 'object',
		additionalProperties: {
			type: 'object',
			required: ['offset', 'progress', 'fingerprint', 'updated'],
			properties: {
				offset: { type: 'integer', minimum: 0 },
				progress: { type: 'number', minimum: 0, maximum: 1 },
				fingerprint: { type: 'string' },
				updated: isoTime,
			},
		},
	},
	highlights: { type: 'object', additionalProperties: highlightSchema },
	corrections: { type: 'object', additionalProperties: correctionSchema },
	tombstones: {
		type: 'object',
		additionalProperties: { type: 'object', required: ['deleted'], properties: { deleted: isoTime } },
	},
	drafts: {
		type: 'object',
		additionalProperties: {
			type: 'object',
			required: ['file', 'start', 'end', 'text', 'updated'],
			properties: {
				file: { type: 'string', minLength: 1 },
				start: { type: 'integer', minimum: 0 },
				end: { type: 'integer', minimum: 0 },
				text: { type: 'string' },
				updated: isoTime,
			},
		},
	},
	feeds: {
		type: 'object',
		additionalProperties: {
			type: 'object',
			required: ['url', 'added'],
			properties: {
				url: { type: 'string', minLength: 1 },
				title: { type: ['string', 'null'] },
				added: isoTime,
				lastFetched: { type: ['string', 'null'] },
				error: { type: ['string', 'null'] },
				etag: { type: ['string', 'null'] },
				lastModified: { type: ['string', 'null'] },
				items: { type: 'integer', minimum: 0 },
				seen: { type: 'object', additionalProperties: { type: 'string' } },
			},
		},
	},
	arrivals: {
		type: 'object',
		additionalProperties: { type: 'object', required: ['arrived'], properties: { arrived: isoTime } },
	},
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const EPOCH = new Date(0).toISOString();

/**
 * From the first format (0.x), which kept highlights in an array with the highlighted words under `text`
 * and no context or fingerprint, positions as bare offsets, and settings at the top level. Pure, and a
 * no-op on data already in format 1, so running it twice does no harm.
 */
export function migrateToFormat1(data: Record<string, unknown>): Record<string, unknown> {
	const migrated: Record<string, unknown> = { ...data };

	if (Array.isArray(data.highlights)) {
		const highlights: Record<string, unknown> = {};
		for (const old of data.highlights) {
			// Leave anything unrecognisable as it is: validation then reports the file as damaged and keeps it.
			if (!isRecord(old) || typeof old.id !== 'string') return data;
			const created = typeof old.created === 'string' ? old.created : EPOCH;
			highlights[old.id] = {
				id: old.id,
				file: old.file,
				fingerprint: typeof old.fingerprint === 'string' ? old.fingerprint : '',
				exact: old.exact ?? old.text,
				prefix: typeof old.prefix === 'string' ? old.prefix : '',
				suffix: typeof old.suffix === 'string' ? old.suffix : '',
				start: old.start,
				end: old.end,
				note: typeof old.note === 'string' ? old.note : '',
				created,
				updated: typeof old.updated === 'string' ? old.updated : created,
			};
		}
		migrated.highlights = highlights;
	}

	if (isRecord(data.positions)) {
		const positions: Record<string, unknown> = {};
		for (const [file, position] of Object.entries(data.positions)) {
			positions[file] =
				typeof position === 'number' ? { offset: position, progress: 0, fingerprint: '', updated: EPOCH } : position;
		}
		migrated.positions = positions;
	}

	const settings: Record<string, unknown> = isRecord(data.settings) ? { ...data.settings } : {};
	for (const key of ['library', 'theme', 'quoteColours']) {
		if (key in data && !(key in settings)) settings[key] = data[key];
		delete migrated[key];
	}
	migrated.settings = settings;
	migrated.positions ??= {};
	migrated.highlights ??= {};
	migrated.tombstones ??= {};
	return migrated;
}

/** A file written by a later format than this program knows: reading on would drop what it does not understand. */
export class NewerFormatError extends Error {}

/** Valid JSON that is not an object (`null`, `[]`, `"…"`): never treated as an empty store. */
export class NotAnObjectError extends Error {}

function compareVersions(a: string, b: string): number {
	const parts = (version: string) => version.split('.').map((part) => Number.parseInt(part, 10) || 0);
	const [left, right] = [parts(a), parts(b)];
	for (let i = 0; i < Math.max(left.length, right.length); i++) {
		const difference = (left[i] ?? 0) - (right[i] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

/** Deeper than any config we write (root → highlights → id → field is 3): a file nested deeper is damaged. */
const MAX_NESTING = 64;

/** A file nested too deeply to be ours: cloning or writing it would overflow the stack. */
export class TooDeepError extends Error {}

/** How deeply arrays and objects nest in JSON text, without parsing it (and without recursion). */
export function nestingDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const char = text.charCodeAt(i);
		if (inString) {
			if (char === 0x5c) i++;
			else if (char === 0x22) inString = false;
		} else if (char === 0x22) inString = true;
		else if (char === 0x7b || char === 0x5b) deepest = Math.max(deepest, ++depth);
		else if (char === 0x7d || char === 0x5d) depth--;
	}
	return deepest;
}

/** How a version from the file is shown in a message: it is outside text. */
function shownVersion(version: string): string {
	const clean = sanitizeInline(version);
	return clean.length > 20 ? `${clean.slice(0, 19)}…` : clean;
}

/**
 * The config file's text as data: JSON.parse plus the checks JSON does not make, then the migration of older formats
 * (pure and idempotent, so reading an old file twice does no harm; the store writes the result).
 */
export function parseStoreFile(text: string): StoreData {
	if (nestingDepth(text) > MAX_NESTING) throw new TooDeepError(`nested more than ${MAX_NESTING} levels deep`);
	const data: unknown = JSON.parse(text);
	if (!isRecord(data)) throw new NotAnObjectError(`not a JSON object (${Array.isArray(data) ? 'an array' : String(data === null ? 'null' : typeof data)})`);
	const internal = data.__internal__;
	const version = isRecord(internal) && isRecord(internal.migrations) ? internal.migrations.version : undefined;
	if (typeof version === 'string' && compareVersions(version, STORE_FORMAT_VERSION) > 0) {
		throw new NewerFormatError(
			`the config file was written by a newer Marginalia (store format ${shownVersion(version)}; this one reads ${STORE_FORMAT_VERSION}); update Marginalia`,
		);
	}
	if (version === STORE_FORMAT_VERSION) return data as StoreData;
	return migrateToFormat1(data) as StoreData;
}
