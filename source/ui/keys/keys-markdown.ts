import { KEYMAP, MODE_TITLES, type Mode } from './keymap.js';

const ORDER: readonly Mode[] = ['global', 'library', 'reader', 'find', 'select', 'speakers', 'pick', 'note', 'unsaved', 'notes', 'orphan', 'filter', 'add', 'job', 'saveOffer', 'search', 'searchQuery', 'people', 'person', 'help'];

/** The README's key table, generated from the keymap (a test keeps the README in step). */
export function keysMarkdown(): string {
	const rows = ORDER.flatMap((mode) =>
		KEYMAP.filter((binding) => binding.mode === mode).map(
			(binding) => `| ${MODE_TITLES[mode]} | ${binding.keys.split(' ').map((key) => `\`${key}\``).join(' ')} | ${binding.description} |`,
		),
	);
	return ['| where | keys | what |', '| --- | --- | --- |', ...rows].join('\n');
}
