/**
 * A small binary container: a magic, a JSON header, then named sections (typed arrays or text), each
 * aligned to 4 bytes so a loaded file's sections are views, not copies. Damage (a short file, a bad
 * header, a section past the end) is an error, for the caller to rebuild from.
 */

type Section = Uint8Array | Uint16Array | Uint32Array | string;
type SectionType = 'u8' | 'u16' | 'u32' | 'text';

interface SectionEntry {
	readonly name: string;
	readonly type: SectionType;
	readonly offset: number;
	readonly length: number;
}

const PREAMBLE_BYTES = 12;

export class DamagedFileError extends Error {}

const typeOf = (section: Section): SectionType =>
	typeof section === 'string' ? 'text' : section instanceof Uint32Array ? 'u32' : section instanceof Uint16Array ? 'u16' : 'u8';

const align = (value: number) => (value + 3) & ~3;

export function encodeSections(magic: string, meta: unknown, sections: Readonly<Record<string, Section>>): Uint8Array {
	const encoder = new TextEncoder();
	const bodies = Object.entries(sections).map(([name, section]) => {
		const bytes = typeof section === 'string' ? encoder.encode(section) : new Uint8Array(section.buffer, section.byteOffset, section.byteLength);
		return { name, type: typeOf(section), bytes };
	});
	let offset = 0;
	const entries: SectionEntry[] = bodies.map(({ name, type, bytes }) => {
		const entry = { name, type, offset, length: bytes.byteLength };
		offset = align(offset + bytes.byteLength);
		return entry;
	});
	const header = encoder.encode(JSON.stringify({ meta, sections: entries }));
	const bodyStart = align(PREAMBLE_BYTES + header.byteLength);
	const out = new Uint8Array(bodyStart + offset);
	out.set(encoder.encode(magic.padEnd(8).slice(0, 8)), 0);
	new DataView(out.buffer).setUint32(8, header.byteLength, true);
	out.set(header, PREAMBLE_BYTES);
	bodies.forEach(({ bytes }, index) => out.set(bytes, bodyStart + entries[index]!.offset));
	return out;
}

export interface DecodedSections {
	readonly meta: unknown;
	u8(name: string): Uint8Array;
	u16(name: string): Uint16Array;
	u32(name: string): Uint32Array;
	text(name: string): string;
}

export function decodeSections(magic: string, file: Uint8Array): DecodedSections {
	if (file.byteLength < PREAMBLE_BYTES) throw new DamagedFileError('too short');
	if (new TextDecoder().decode(file.subarray(0, 8)) !== magic.padEnd(8).slice(0, 8)) throw new DamagedFileError('not this kind of file');
	const headerLength = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(8, true);
	if (PREAMBLE_BYTES + headerLength > file.byteLength) throw new DamagedFileError('header past the end');
	let header: { meta: unknown; sections: SectionEntry[] };
	try {
		header = JSON.parse(new TextDecoder().decode(file.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength)));
	} catch {
		throw new DamagedFileError('header is not JSON');
	}
	if (!Array.isArray(header?.sections)) throw new DamagedFileError('no sections');
	const bodyStart = align(PREAMBLE_BYTES + headerLength);
	const byName = new Map(header.sections.map((entry) => [entry.name, entry]));
	const bytesOf = (name: string, type: SectionType): Uint8Array => {
		const entry = byName.get(name);
		if (!entry || entry.type !== type) throw new DamagedFileError(`no ${type} section ${name}`);
		const start = bodyStart + entry.offset;
		if (!Number.isInteger(start) || !Number.isInteger(entry.length) || entry.length < 0 || start + entry.length > file.byteLength) {
			throw new DamagedFileError(`section ${name} past the end`);
		}
		return file.subarray(start, start + entry.length);
	};
	// Typed-array views need their byte offset aligned to the element size: copy when the file's is not.
	const view = <T>(bytes: Uint8Array, size: number, make: (buffer: ArrayBufferLike, offset: number, length: number) => T): T => {
		if (bytes.byteLength % size !== 0) throw new DamagedFileError('section length');
		const source = bytes.byteOffset % size === 0 ? bytes : bytes.slice();
		return make(source.buffer, source.byteOffset, source.byteLength / size);
	};
	return {
		meta: header.meta,
		u8: (name) => bytesOf(name, 'u8'),
		u16: (name) => view(bytesOf(name, 'u16'), 2, (buffer, offset, length) => new Uint16Array(buffer, offset, length)),
		u32: (name) => view(bytesOf(name, 'u32'), 4, (buffer, offset, length) => new Uint32Array(buffer, offset, length)),
		text: (name) => new TextDecoder().decode(bytesOf(name, 'text')),
	};
}
