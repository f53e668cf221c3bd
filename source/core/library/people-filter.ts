import Fuse from 'fuse.js';
import { personKey, type Person } from './people.js';

// Apart from people.ts so that counting people (the speakers command) does not load fuse.js.

/** Fuzzy over names and aliases, best first; the threshold kept low as elsewhere (0.6 matches nearly anything). */
export function filterPeople(people: readonly Person[], query: string): Person[] {
	const trimmed = query.trim();
	if (trimmed === '') return [...people];
	const fuse = new Fuse(people, { keys: [{ name: 'name', weight: 2 }, { name: 'aliases', weight: 1 }], ignoreLocation: true, threshold: 0.3 });
	return fuse.search(trimmed).map((result) => result.item);
}

/** The person whose name best matches `query` (fuzzy), for `quotes --speaker` and search's `by:`. */
export function findPerson(people: readonly Person[], query: string): Person | undefined {
	const exact = people.find((person) => personKey(person.name) === personKey(query) || person.aliases.some((alias) => personKey(alias) === personKey(query)));
	return exact ?? filterPeople(people, query)[0];
}
