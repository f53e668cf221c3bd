// The README's key table comes from the keymap. Print it, or with --write put it into README.md:
//   npx tsx scripts/keys-table.ts [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { keysMarkdown } from '../source/ui/keys/keys-markdown.js';

const table = keysMarkdown();
if (process.argv.includes('--write')) {
	const readmeUrl = new URL('../README.md', import.meta.url);
	const readme = readFileSync(readmeUrl, 'utf8');
	const updated = readme.replace(/<!-- keys:start -->\n[\s\S]*?\n<!-- keys:end -->/, `<!-- keys:start -->\n${table}\n<!-- keys:end -->`);
	writeFileSync(readmeUrl, updated);
} else {
	console.log(table);
}
