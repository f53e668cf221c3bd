// What an import is given and how it fails: apart from add.ts, whose page and feed parsers (linkedom,
// readability, feedsmith) load only when something is imported.

/** What `add` is given: a web address, a saved file, or standard input (`-`). */
export type ImportInput = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'file'; readonly path: string } | { readonly kind: 'stdin' };

/** Why an import failed, in one line: "the server answered 404 Not Found", "no article text on the page". */
export class ImportError extends Error {}

/** A command-line argument as an input: `-` is standard input, anything with a scheme an address, the rest a file. */
export function parseImportInput(argument: string): ImportInput {
	if (argument === '-') return { kind: 'stdin' };
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(argument) || /^(mailto|javascript|data|about|file|ftp):/i.test(argument)) return { kind: 'url', url: argument };
	return { kind: 'file', path: argument };
}
