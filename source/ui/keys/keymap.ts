import type { Key } from 'ink';

/**
 * Every key binding of every mode. The help overlay and the README's key table are generated from this
 * table, and a test fails when one key is bound twice in a mode (global bindings count in every mode).
 */
export type Mode =
	| 'global'
	| 'library'
	| 'reader'
	| 'select'
	| 'speakers'
	| 'note'
	| 'unsaved'
	| 'notes'
	| 'orphan'
	| 'filter'
	| 'add'
	| 'job'
	| 'saveOffer'
	| 'search'
	| 'searchQuery'
	| 'find'
	| 'people'
	| 'person'
	| 'pick'
	| 'help';

export type NamedKey =
	| 'upArrow'
	| 'downArrow'
	| 'leftArrow'
	| 'rightArrow'
	| 'pageUp'
	| 'pageDown'
	| 'home'
	| 'end'
	| 'return'
	| 'escape'
	| 'tab';

export interface KeyChord {
	/** The character typed, for printable keys. */
	readonly input?: string;
	readonly key?: NamedKey;
	readonly ctrl?: boolean;
	/** Alt (meta) held with a named key, as Alt-Enter. */
	readonly meta?: boolean;
}

export type CommandId =
	| 'help'
	| 'back'
	| 'quit'
	| 'suspend'
	| 'notes'
	| 'notes.up'
	| 'notes.down'
	| 'notes.open'
	| 'notes.filter'
	| 'notes.note'
	| 'notes.delete'
	| 'notes.undo'
	| 'orphan.note'
	| 'orphan.delete'
	| 'orphan.back'
	| 'filter.done'
	| 'filter.clear'
	| 'library.up'
	| 'library.down'
	| 'library.first'
	| 'library.last'
	| 'library.pageDown'
	| 'library.pageUp'
	| 'filter.up'
	| 'filter.down'
	| 'library.open'
	| 'library.filter'
	| 'library.sort'
	| 'reader.pageForward'
	| 'reader.pageBack'
	| 'reader.lineDown'
	| 'reader.lineUp'
	| 'reader.halfPageDown'
	| 'reader.halfPageUp'
	| 'reader.start'
	| 'reader.end'
	| 'reader.count'
	| 'reader.percent'
	| 'reader.nextArticle'
	| 'reader.previousArticle'
	| 'reader.toggleFold'
	| 'reader.nextSentence'
	| 'reader.previousSentence'
	| 'reader.nextQuote'
	| 'reader.previousQuote'
	| 'reader.select'
	| 'reader.highlight'
	| 'reader.note'
	| 'reader.deleteHighlight'
	| 'reader.undoDelete'
	| 'reader.copy'
	| 'reader.openUrl'
	| 'reader.speakers'
	| 'reader.toggleQuotes'
	| 'select.extendSentence'
	| 'select.shrinkSentence'
	| 'select.extendWord'
	| 'select.shrinkWord'
	| 'select.startLater'
	| 'select.startEarlier'
	| 'select.save'
	| 'select.cancel'
	| 'speakers.up'
	| 'speakers.down'
	| 'speakers.pick'
	| 'speakers.follow'
	| 'speakers.close'
	| 'note.save'
	| 'note.newline'
	| 'note.cancel'
	| 'note.deleteWord'
	| 'note.deleteLine'
	| 'note.lineStart'
	| 'note.lineEnd'
	| 'unsaved.save'
	| 'unsaved.discard'
	| 'unsaved.keepEditing'
	| 'library.add'
	| 'library.refresh'
	| 'add.submit'
	| 'add.cancel'
	| 'add.clear'
	| 'job.cancel'
	| 'saveOffer.save'
	| 'saveOffer.decline'
	| 'help.down'
	| 'help.up'
	| 'help.close'
	// Who said what (issue 11): the people screen, corrections of speakers and their picker.
	| 'people'
	| 'reader.reassign'
	| 'speakers.merge'
	| 'speakers.rename'
	| 'speakers.undo'
	| 'people.up'
	| 'people.down'
	| 'people.first'
	| 'people.last'
	| 'people.pageDown'
	| 'people.pageUp'
	| 'people.open'
	| 'people.filter'
	| 'people.sort'
	| 'people.merge'
	| 'people.rename'
	| 'people.undo'
	| 'person.up'
	| 'person.down'
	| 'person.open'
	| 'person.undo'
	| 'pick.up'
	| 'pick.down'
	| 'pick.number'
	| 'pick.choose'
	| 'pick.clear'
	| 'pick.cancel'
	| SearchCommandId;

/** Search (s), its results, and finding in the reader (/, n, N). */
type SearchCommandId =
	| 'search'
	| 'search.up'
	| 'search.down'
	| 'search.pageDown'
	| 'search.pageUp'
	| 'search.first'
	| 'search.last'
	| 'search.open'
	| 'search.edit'
	| 'searchQuery.open'
	| 'searchQuery.results'
	| 'searchQuery.up'
	| 'searchQuery.down'
	| 'searchQuery.clear'
	| 'reader.find'
	| 'reader.nextMatch'
	| 'reader.previousMatch'
	| 'find.done'
	| 'find.cancel';

export interface KeyBinding {
	readonly command: CommandId;
	readonly mode: Mode;
	readonly chords: readonly KeyChord[];
	/** How the keys read in the help overlay and README, e.g. "Space f PgDn". */
	readonly keys: string;
	readonly description: string;
}

const chars = (...inputs: string[]): KeyChord[] => inputs.map((input) => ({ input }));

export const KEYMAP: readonly KeyBinding[] = [
	{ command: 'help', mode: 'global', chords: chars('?'), keys: '?', description: 'help for this screen' },
	{ command: 'back', mode: 'global', chords: [{ input: 'q' }, { key: 'escape' }], keys: 'q Esc', description: 'back; in the library q quits, Esc clears the filter' },
	{ command: 'quit', mode: 'global', chords: [{ input: 'c', ctrl: true }], keys: 'Ctrl-C', description: 'quit' },
	{ command: 'suspend', mode: 'global', chords: [{ input: 'z', ctrl: true }], keys: 'Ctrl-Z', description: 'suspend (fg to return)' },
	{ command: 'notes', mode: 'global', chords: chars('m'), keys: 'm', description: 'highlights & notes of the library' },

	{ command: 'library.up', mode: 'library', chords: [{ key: 'upArrow' }, { input: 'k' }], keys: '↑ k', description: 'previous article' },
	{ command: 'library.down', mode: 'library', chords: [{ key: 'downArrow' }, { input: 'j' }], keys: '↓ j', description: 'next article' },
	{ command: 'library.first', mode: 'library', chords: [{ input: 'g' }, { key: 'home' }], keys: 'g Home', description: 'first article' },
	{ command: 'library.last', mode: 'library', chords: [{ input: 'G' }, { key: 'end' }], keys: 'G End', description: 'last article' },
	{ command: 'library.pageDown', mode: 'library', chords: [{ key: 'pageDown' }, { input: ' ' }, { input: 'd', ctrl: true }], keys: 'PgDn Space Ctrl-D', description: 'a page down the list' },
	{ command: 'library.pageUp', mode: 'library', chords: [{ key: 'pageUp' }, { input: 'u', ctrl: true }], keys: 'PgUp Ctrl-U', description: 'a page up the list' },
	{ command: 'library.filter', mode: 'library', chords: chars('/'), keys: '/', description: 'fuzzy filter: titles, sources, speakers' },
	{ command: 'library.sort', mode: 'library', chords: [{ key: 'tab' }], keys: 'Tab', description: 'sort: recently read, date, title (kept)' },
	{ command: 'library.open', mode: 'library', chords: [{ key: 'return' }, { input: 'l' }, { key: 'rightArrow' }], keys: 'Enter l →', description: 'open the article' },

	{ command: 'reader.pageForward', mode: 'reader', chords: [{ input: ' ' }, { input: 'f' }, { key: 'pageDown' }, { input: 'f', ctrl: true }], keys: 'Space f PgDn Ctrl-F', description: 'next page' },
	{ command: 'reader.pageBack', mode: 'reader', chords: [{ input: 'b' }, { key: 'pageUp' }, { input: 'b', ctrl: true }], keys: 'b PgUp Ctrl-B', description: 'previous page' },
	{ command: 'reader.lineDown', mode: 'reader', chords: [{ input: 'j' }, { key: 'downArrow' }], keys: 'j ↓', description: 'next line' },
	{ command: 'reader.lineUp', mode: 'reader', chords: [{ input: 'k' }, { key: 'upArrow' }], keys: 'k ↑', description: 'previous line' },
	{ command: 'reader.halfPageDown', mode: 'reader', chords: [{ input: 'd' }, { input: 'd', ctrl: true }], keys: 'd Ctrl-D', description: 'half a page down' },
	{ command: 'reader.halfPageUp', mode: 'reader', chords: [{ input: 'u' }, { input: 'u', ctrl: true }], keys: 'u Ctrl-U', description: 'half a page up' },
	{ command: 'reader.start', mode: 'reader', chords: [{ input: 'g' }, { key: 'home' }], keys: 'g Home', description: 'start of the article' },
	{ command: 'reader.end', mode: 'reader', chords: [{ input: 'G' }, { key: 'end' }], keys: 'G End', description: 'end of the article' },
	{ command: 'reader.count', mode: 'reader', chords: chars('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), keys: '0–9', description: 'a count: 5j, 3}, 50% (Esc drops it)' },
	{ command: 'reader.percent', mode: 'reader', chords: chars('%'), keys: 'N%', description: 'jump to N percent' },
	{ command: 'reader.nextArticle', mode: 'reader', chords: chars(']'), keys: ']', description: 'next article' },
	{ command: 'reader.previousArticle', mode: 'reader', chords: chars('['), keys: '[', description: 'previous article' },
	{ command: 'reader.toggleFold', mode: 'reader', chords: chars('F'), keys: 'F', description: 'unfold / fold boilerplate' },

	{ command: 'reader.nextSentence', mode: 'reader', chords: chars(')'), keys: ')', description: 'focus the next sentence' },
	{ command: 'reader.previousSentence', mode: 'reader', chords: chars('('), keys: '(', description: 'focus the previous sentence' },
	{ command: 'reader.nextQuote', mode: 'reader', chords: chars('}'), keys: '}', description: 'next quote (followed speaker)' },
	{ command: 'reader.previousQuote', mode: 'reader', chords: chars('{'), keys: '{', description: 'previous quote' },
	{ command: 'reader.speakers', mode: 'reader', chords: chars('S'), keys: 'S', description: 'speakers: who is quoted' },
	{ command: 'reader.toggleQuotes', mode: 'reader', chords: chars('Q'), keys: 'Q', description: 'quote colours on / off' },
	{ command: 'reader.select', mode: 'reader', chords: chars('v'), keys: 'v', description: 'select, to highlight' },
	{ command: 'reader.highlight', mode: 'reader', chords: chars('H'), keys: 'H', description: 'highlight quote or sentence' },
	{ command: 'reader.note', mode: 'reader', chords: chars('a'), keys: 'a', description: 'add or edit a note' },
	{ command: 'reader.deleteHighlight', mode: 'reader', chords: chars('x'), keys: 'x', description: 'delete the highlight' },
	{ command: 'reader.undoDelete', mode: 'reader', chords: chars('U'), keys: 'U', description: 'undo the last delete or speaker correction' },
	{ command: 'reader.copy', mode: 'reader', chords: chars('y'), keys: 'y', description: 'copy with attribution' },
	{ command: 'reader.openUrl', mode: 'reader', chords: chars('o'), keys: 'o', description: 'open the focused link, else the source URL' },

	{ command: 'select.extendSentence', mode: 'select', chords: [{ key: 'downArrow' }, { input: 'j' }], keys: '↓ j', description: 'extend by a sentence' },
	{ command: 'select.shrinkSentence', mode: 'select', chords: [{ key: 'upArrow' }, { input: 'k' }], keys: '↑ k', description: 'shrink by a sentence' },
	{ command: 'select.extendWord', mode: 'select', chords: [{ key: 'rightArrow' }, { input: 'l' }], keys: '→ l', description: 'extend by a word' },
	{ command: 'select.shrinkWord', mode: 'select', chords: [{ key: 'leftArrow' }, { input: 'h' }], keys: '← h', description: 'shrink by a word' },
	{ command: 'select.startLater', mode: 'select', chords: [{ input: 'w' }], keys: 'w', description: 'start a word later' },
	{ command: 'select.startEarlier', mode: 'select', chords: [{ input: 'b' }], keys: 'b', description: 'start a word earlier' },
	{ command: 'select.save', mode: 'select', chords: [{ key: 'return' }, { input: 'H' }], keys: 'Enter H', description: 'save the highlight' },
	{ command: 'select.cancel', mode: 'select', chords: [{ key: 'escape' }, { input: 'q' }, { input: 'v' }], keys: 'Esc q v', description: 'cancel the selection' },

	{ command: 'speakers.up', mode: 'speakers', chords: [{ key: 'upArrow' }, { input: 'k' }], keys: '↑ k', description: 'previous speaker' },
	{ command: 'speakers.down', mode: 'speakers', chords: [{ key: 'downArrow' }, { input: 'j' }], keys: '↓ j', description: 'next speaker' },
	{ command: 'speakers.pick', mode: 'speakers', chords: chars('1', '2', '3', '4', '5', '6', '7', '8', '9'), keys: '1–9', description: 'follow the Nth row' },
	{ command: 'speakers.follow', mode: 'speakers', chords: [{ key: 'return' }], keys: 'Enter', description: 'follow: } { step their quotes' },
	{ command: 'speakers.close', mode: 'speakers', chords: [{ key: 'escape' }, { input: 'q' }, { input: 'S' }], keys: 'Esc q S', description: 'close the panel' },

	{ command: 'note.save', mode: 'note', chords: [{ key: 'return' }], keys: 'Enter', description: 'save the note' },
	{ command: 'note.newline', mode: 'note', chords: [{ key: 'return', meta: true }, { input: '\n' }], keys: 'Alt-Enter Ctrl-J', description: 'new line' },
	{ command: 'note.cancel', mode: 'note', chords: [{ key: 'escape' }], keys: 'Esc', description: 'close (asks if the note changed)' },
	{ command: 'note.deleteWord', mode: 'note', chords: [{ input: 'w', ctrl: true }], keys: 'Ctrl-W', description: 'delete the word before' },
	{ command: 'note.deleteLine', mode: 'note', chords: [{ input: 'u', ctrl: true }], keys: 'Ctrl-U', description: 'delete to the line start' },
	{ command: 'note.lineStart', mode: 'note', chords: [{ input: 'a', ctrl: true }, { key: 'home' }], keys: 'Ctrl-A Home', description: 'start of the line' },
	{ command: 'note.lineEnd', mode: 'note', chords: [{ input: 'e', ctrl: true }, { key: 'end' }], keys: 'Ctrl-E End', description: 'end of the line' },

	{ command: 'unsaved.save', mode: 'unsaved', chords: [{ input: 's' }, { key: 'return' }], keys: 's Enter', description: 'save the changed note' },
	{ command: 'unsaved.discard', mode: 'unsaved', chords: [{ input: 'd' }], keys: 'd', description: 'discard the change' },
	{ command: 'unsaved.keepEditing', mode: 'unsaved', chords: [{ key: 'escape' }, { input: 'e' }], keys: 'Esc e', description: 'keep editing' },

	{ command: 'notes.up', mode: 'notes', chords: [{ key: 'upArrow' }, { input: 'k' }], keys: '↑ k', description: 'previous highlight' },
	{ command: 'notes.down', mode: 'notes', chords: [{ key: 'downArrow' }, { input: 'j' }], keys: '↓ j', description: 'next highlight' },
	{ command: 'notes.open', mode: 'notes', chords: [{ key: 'return' }, { input: 'l' }], keys: 'Enter l', description: 'open at the highlight (an orphan: show it)' },
	{ command: 'notes.filter', mode: 'notes', chords: chars('/'), keys: '/', description: 'fuzzy filter: words, notes, titles' },
	{ command: 'notes.note', mode: 'notes', chords: chars('a'), keys: 'a', description: 'write or edit the note' },
	{ command: 'notes.delete', mode: 'notes', chords: chars('x'), keys: 'x', description: 'delete the highlight' },
	{ command: 'notes.undo', mode: 'notes', chords: chars('U'), keys: 'U', description: 'undo the last delete' },

	{ command: 'orphan.note', mode: 'orphan', chords: chars('a'), keys: 'a', description: 'edit its note' },
	{ command: 'orphan.delete', mode: 'orphan', chords: chars('x'), keys: 'x', description: 'delete it (U in the list undoes)' },
	{ command: 'orphan.back', mode: 'orphan', chords: [{ key: 'escape' }, { input: 'q' }, { key: 'return' }], keys: 'Esc q Enter', description: 'back to the list' },

	{ command: 'filter.done', mode: 'filter', chords: [{ key: 'return' }], keys: 'Enter', description: 'keep the filter' },
	{ command: 'filter.clear', mode: 'filter', chords: [{ key: 'escape' }], keys: 'Esc', description: 'clear the filter' },
	{ command: 'filter.up', mode: 'filter', chords: [{ key: 'upArrow' }], keys: '↑', description: 'move up the list while typing' },
	{ command: 'filter.down', mode: 'filter', chords: [{ key: 'downArrow' }], keys: '↓', description: 'move down the list while typing' },

	// Who said what: people (P), R on a quote, M and E on a speaker, and the picker they open.
	{ command: 'people', mode: 'global', chords: chars('P'), keys: 'P', description: 'people: everyone quoted in the library' },
	{ command: 'reader.reassign', mode: 'reader', chords: chars('R'), keys: 'R', description: "reassign the focused quote's speaker" },
	{ command: 'speakers.merge', mode: 'speakers', chords: chars('M'), keys: 'M', description: 'merge this speaker into another' },
	{ command: 'speakers.rename', mode: 'speakers', chords: chars('E'), keys: 'E', description: 'rename this speaker (everywhere)' },
	{ command: 'speakers.undo', mode: 'speakers', chords: chars('U'), keys: 'U', description: 'undo the last correction or delete' },
	{ command: 'people.up', mode: 'people', chords: [{ key: 'upArrow' }, { input: 'k' }], keys: '↑ k', description: 'previous person' },
	{ command: 'people.down', mode: 'people', chords: [{ key: 'downArrow' }, { input: 'j' }], keys: '↓ j', description: 'next person' },
	{ command: 'people.first', mode: 'people', chords: [{ input: 'g' }, { key: 'home' }], keys: 'g Home', description: 'first person' },
	{ command: 'people.last', mode: 'people', chords: [{ input: 'G' }, { key: 'end' }], keys: 'G End', description: 'last person' },
	{ command: 'people.pageDown', mode: 'people', chords: [{ key: 'pageDown' }, { input: ' ' }, { input: 'd', ctrl: true }], keys: 'PgDn Space Ctrl-D', description: 'a page down the list' },
	{ command: 'people.pageUp', mode: 'people', chords: [{ key: 'pageUp' }, { input: 'u', ctrl: true }], keys: 'PgUp Ctrl-U', description: 'a page up the list' },
	{ command: 'people.open', mode: 'people', chords: [{ key: 'return' }, { input: 'l' }, { key: 'rightArrow' }], keys: 'Enter l →', description: "that person's quotes, newest first" },
	{ command: 'people.filter', mode: 'people', chords: chars('/'), keys: '/', description: 'fuzzy filter: names' },
	{ command: 'people.sort', mode: 'people', chords: [{ key: 'tab' }], keys: 'Tab', description: 'sort: quotes, name, latest' },
	{ command: 'people.merge', mode: 'people', chords: chars('M'), keys: 'M', description: 'merge this person into another' },
	{ command: 'people.rename', mode: 'people', chords: chars('E'), keys: 'E', description: 'rename this person (everywhere)' },
	{ command: 'people.undo', mode: 'people', chords: chars('U'), keys: 'U', description: 'undo the last correction' },
	{ command: 'person.up', mode: 'person', chords: [{ key: 'upArrow' }, { input: 'k' }], keys: '↑ k', description: 'previous quote' },
	{ command: 'person.down', mode: 'person', chords: [{ key: 'downArrow' }, { input: 'j' }], keys: '↓ j', description: 'next quote' },
	{ command: 'person.open', mode: 'person', chords: [{ key: 'return' }, { input: 'l' }, { key: 'rightArrow' }], keys: 'Enter l →', description: 'read it: the reader follows this person (} {)' },
	{ command: 'person.undo', mode: 'person', chords: chars('U'), keys: 'U', description: 'undo the last correction' },
	{ command: 'pick.up', mode: 'pick', chords: [{ key: 'upArrow' }], keys: '↑', description: 'previous choice' },
	{ command: 'pick.down', mode: 'pick', chords: [{ key: 'downArrow' }], keys: '↓', description: 'next choice' },
	{ command: 'pick.number', mode: 'pick', chords: chars('1', '2', '3', '4', '5', '6', '7', '8', '9'), keys: '1–9', description: 'choose the Nth (before typing a name)' },
	{ command: 'pick.choose', mode: 'pick', chords: [{ key: 'return' }], keys: 'Enter', description: 'choose; letters type another name' },
	{ command: 'pick.clear', mode: 'pick', chords: [{ input: 'u', ctrl: true }], keys: 'Ctrl-U', description: 'clear the typed name' },
	{ command: 'pick.cancel', mode: 'pick', chords: [{ key: 'escape' }], keys: 'Esc', description: 'cancel' },

	// Getting news in (issue 12): A and r in the library, the A prompt, a running import, the piped reader's offer.
	{ command: 'library.add', mode: 'library', chords: chars('A'), keys: 'A', description: 'add an article: a web address or a saved file' },
	{ command: 'library.refresh', mode: 'library', chords: chars('r'), keys: 'r', description: 'refresh feeds: their new articles' },
	{ command: 'add.submit', mode: 'add', chords: [{ key: 'return' }], keys: 'Enter', description: 'fetch or read it, and add it' },
	{ command: 'add.cancel', mode: 'add', chords: [{ key: 'escape' }], keys: 'Esc', description: 'close without adding' },
	{ command: 'add.clear', mode: 'add', chords: [{ input: 'u', ctrl: true }], keys: 'Ctrl-U', description: 'clear what was typed' },
	{ command: 'job.cancel', mode: 'job', chords: [{ key: 'escape' }], keys: 'Esc', description: 'stop (nothing half-written is kept)' },
	{ command: 'saveOffer.save', mode: 'saveOffer', chords: [{ input: 'y' }, { key: 'return' }], keys: 'y Enter', description: 'save it to the library, then go on' },
	{ command: 'saveOffer.decline', mode: 'saveOffer', chords: [{ input: 'n' }, { key: 'escape' }], keys: 'n Esc', description: 'not now (nothing is highlighted)' },

	// Search (s): the whole library; its results; and finding in the article (/, n, N).
	{ command: 'search', mode: 'global', chords: chars('s'), keys: 's', description: 'search the whole library' },
	{ command: 'search.up', mode: 'search', chords: [{ key: 'upArrow' }, { input: 'k' }], keys: '↑ k', description: 'previous hit' },
	{ command: 'search.down', mode: 'search', chords: [{ key: 'downArrow' }, { input: 'j' }], keys: '↓ j', description: 'next hit' },
	{ command: 'search.pageDown', mode: 'search', chords: [{ key: 'pageDown' }, { input: ' ' }, { input: 'd', ctrl: true }], keys: 'PgDn Space Ctrl-D', description: 'a page down the hits' },
	{ command: 'search.pageUp', mode: 'search', chords: [{ key: 'pageUp' }, { input: 'u', ctrl: true }], keys: 'PgUp Ctrl-U', description: 'a page up the hits' },
	{ command: 'search.first', mode: 'search', chords: [{ input: 'g' }, { key: 'home' }], keys: 'g Home', description: 'first hit' },
	{ command: 'search.last', mode: 'search', chords: [{ input: 'G' }, { key: 'end' }], keys: 'G End', description: 'last hit' },
	{ command: 'search.open', mode: 'search', chords: [{ key: 'return' }, { input: 'l' }, { key: 'rightArrow' }], keys: 'Enter l →', description: 'read at the hit (then n N: next, previous hit)' },
	{ command: 'search.edit', mode: 'search', chords: chars('/'), keys: '/', description: 'change the query' },
	{ command: 'searchQuery.open', mode: 'searchQuery', chords: [{ key: 'return' }], keys: 'Enter', description: 'read at the selected hit' },
	{ command: 'searchQuery.results', mode: 'searchQuery', chords: [{ key: 'escape' }], keys: 'Esc', description: 'to the hits (with none, back)' },
	{ command: 'searchQuery.up', mode: 'searchQuery', chords: [{ key: 'upArrow' }], keys: '↑', description: 'previous hit while typing' },
	{ command: 'searchQuery.down', mode: 'searchQuery', chords: [{ key: 'downArrow' }], keys: '↓', description: 'next hit while typing' },
	{ command: 'searchQuery.clear', mode: 'searchQuery', chords: [{ input: 'u', ctrl: true }], keys: 'Ctrl-U', description: 'clear the query' },
	{ command: 'reader.find', mode: 'reader', chords: chars('/'), keys: '/', description: 'find in the article' },
	{ command: 'reader.nextMatch', mode: 'reader', chords: chars('n'), keys: 'n', description: 'next match of the latest search (/ here, or s)' },
	{ command: 'reader.previousMatch', mode: 'reader', chords: chars('N'), keys: 'N', description: 'previous match of the latest search' },
	{ command: 'find.done', mode: 'find', chords: [{ key: 'return' }], keys: 'Enter', description: 'keep the matches marked (empty: clear them)' },
	{ command: 'find.cancel', mode: 'find', chords: [{ key: 'escape' }], keys: 'Esc', description: 'cancel: back where you were' },

	{ command: 'help.down', mode: 'help', chords: [{ key: 'downArrow' }, { input: 'j' }, { input: ' ' }, { key: 'pageDown' }], keys: '↓ j Space', description: 'scroll down' },
	{ command: 'help.up', mode: 'help', chords: [{ key: 'upArrow' }, { input: 'k' }, { input: 'b' }, { key: 'pageUp' }], keys: '↑ k b', description: 'scroll up' },
	{ command: 'help.close', mode: 'help', chords: [{ input: '?' }, { input: 'q' }, { key: 'escape' }, { key: 'return' }], keys: '? q Esc Enter', description: 'close help' },
];

/**
 * Modes that own every key (help, a selection, the speakers panel, the note editor) keep only Ctrl-C and
 * Ctrl-Z of the global keys; the screens inherit them all.
 */
const MODAL: ReadonlySet<Mode> = new Set(['help', 'select', 'speakers', 'note', 'unsaved', 'orphan', 'filter', 'add', 'job', 'saveOffer', 'searchQuery', 'find', 'pick']);
const ALWAYS: ReadonlySet<CommandId> = new Set(['quit', 'suspend']);

export function bindingsFor(mode: Mode): KeyBinding[] {
	const own = KEYMAP.filter((binding) => binding.mode === mode);
	if (mode === 'global') return own;
	if (MODAL.has(mode)) return [...own, ...KEYMAP.filter((binding) => binding.mode === 'global' && ALWAYS.has(binding.command))];
	return [...own, ...KEYMAP.filter((binding) => binding.mode === 'global')];
}

function chordMatches(chord: KeyChord, input: string, key: Key): boolean {
	if (chord.key !== undefined) {
		if (key[chord.key] !== true || key.ctrl) return false;
		// Ink sets meta on a plain Escape; anywhere else it means Alt was held (Alt-Enter is not Enter).
		const altHeld = key.meta && chord.key !== 'escape';
		return (chord.meta === true) === altHeld;
	}
	if (chord.ctrl === true) return key.ctrl && input.toLowerCase() === chord.input;
	return !key.ctrl && !(key.meta && !key.escape) && input === chord.input;
}

export function commandFor(mode: Mode, input: string, key: Key): CommandId | undefined {
	return bindingsFor(mode).find((binding) => binding.chords.some((chord) => chordMatches(chord, input, key)))?.command;
}

/** A chord as a string, to find keys bound twice in one mode. */
export function chordId(chord: KeyChord): string {
	return `${chord.ctrl === true ? 'ctrl+' : ''}${chord.meta === true ? 'meta+' : ''}${chord.key ?? chord.input ?? ''}`;
}

export const MODE_TITLES: Readonly<Record<Mode, string>> = {
	global: 'Everywhere',
	library: 'Library',
	reader: 'Reader',
	select: 'Selecting (v)',
	speakers: 'Speakers panel (S)',
	note: 'Note editor (a)',
	unsaved: 'Esc on a changed note',
	notes: 'Highlights & notes (m)',
	orphan: 'A highlight not found (Enter)',
	filter: 'Filtering (/)',
	add: 'Adding (A)',
	job: 'While adding or refreshing',
	saveOffer: 'Read from a pipe: a or H',
	search: 'Search (s)',
	searchQuery: 'Typing a search',
	find: 'Finding in the article (/)',
	help: 'Help',
	people: 'People (P)',
	person: "A person's quotes (Enter)",
	pick: 'Choosing a speaker (R, M, E)',
};
