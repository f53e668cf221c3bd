// Descriptions, pronouns and continuations: who `he`, `the mayor` or a quote with no cue stands for.
import { quoteTable } from './table.js';

quoteTable('a pronoun points back to the subject of the sentence before, past an opening phrase naming someone else', [
	{ text: ['Preceded at the lectern by Joe Arden, the county sheriff and a hard-liner, Tom Grant launched into a lament for the town.', '“We will build a new bridge along the river!” he said to an enormous cheer.'], quote: 'new bridge', speaker: 'Tom Grant' },
]);

quoteTable('he or she right after someone’s quote is whoever was speaking', [
	{ text: ['Roman Sadek, a lawyer, said the state had failed.', 'As Archbishop Aris Tavan told reporters, “We have suffered the same fate as our neighbours.” He added, “So the state should have been one of the first to recognise it.”'], quote: 'first to recognise', speaker: 'Aris Tavan' },
]);

quoteTable('a sentence whose subject is nobody on the roster keeps the running speaker', [
	{ text: ['“I love this material, and I have been singing it for years,” Norbert Butz said. Putting the show together, Butz said, let him “get in touch with the feminine within.”', 'Audiences can expect him to approach the set with “maybe a little more recklessness than they are used to.”'], quote: 'recklessness', speaker: 'Norbert Butz' },
]);
