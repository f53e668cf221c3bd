/** The query syntax as the help and the empty search screen show it (README "Searching" says it at length). */
export const QUERY_SYNTAX: readonly { readonly keys: string; readonly description: string }[] = [
	{ keys: 'peacekeepers ukraine', description: 'all the words in one paragraph, quote or note' },
	{ keys: 'zakarova', description: 'a typo or two forgiven; a beginning finds the word' },
	{ keys: '"direct confrontation"', description: 'those words side by side, in that order' },
	{ keys: 'by:lavrov troops', description: 'only quotes by that speaker (fuzzy on the name)' },
	{ keys: 'peacekeepers -nato', description: 'drops the hits with that word (or -"a phrase")' },
];
