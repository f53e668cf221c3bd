import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryFolder } from './temp.js';

/** Two articles in which two people speak in one and one of them again in the other, newer, one. */
export const HARBOUR = [
	'---',
	'title: Harbour plan splits the council',
	'source: The Coastal Times',
	'date: 2026-03-01',
	'---',
	'“We will not pay for a harbour nobody uses,” said councillor Ann Price on Monday.',
	'',
	'“The harbour will pay for itself within ten years,” said Mayor Tom Baird.',
	'',
	'“Nobody asked the fishermen,” Price added.',
	'',
].join('\n');

export const BRIDGE = [
	'---',
	'title: Bridge reopens after repairs',
	'source: Harbour Herald',
	'date: 2026-04-01',
	'---',
	'“It is safe again,” said Mayor Tom Baird.',
	'',
	'“We checked every bolt,” said engineer Ravi Shah.',
	'',
	'“The bridge is good for another fifty years,” Baird added.',
	'',
].join('\n');

/** A library folder with the two articles: `harbour.txt` and `bridge.txt`. */
export function peopleLibrary(): { folder: string; harbour: string; bridge: string } {
	const folder = join(temporaryFolder('marginalia-people-'), 'library');
	mkdirSync(folder);
	const harbour = join(folder, 'harbour.txt');
	const bridge = join(folder, 'bridge.txt');
	writeFileSync(harbour, HARBOUR);
	writeFileSync(bridge, BRIDGE);
	return { folder, harbour, bridge };
}
