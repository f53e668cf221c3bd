// Frames that are not said or told: the quote stands in a sentence whose subject spoke it.
import { quoteTable } from './table.js';

quoteTable('two quotes in one sentence share the cue after the second', [
	{ text: 'Floods are “the defining threat of the decade” and “will cost us our towns,” Mayor Ines Varga told the council.', quote: 'defining threat', speaker: 'Ines Varga', rule: 'shared-cue' },
	{ text: 'Floods are “the defining threat of the decade” and “will cost us our towns,” Mayor Ines Varga told the council.', quote: 'cost us our towns', speaker: 'Ines Varga', rule: 'after-quote' },
]);

quoteTable('a colon after a sentence whose subject is a person or body', [
	{ text: 'Governor Tom Keel has taken the same line as his party: “I will not sign a budget that raises the fuel tax.”', quote: 'raises the fuel tax', speaker: 'Tom Keel', rule: 'colon-frame' },
	{ text: 'The Harbour Board was blunt in its findings: “Further discussion of the dredging plan is unnecessary.”', quote: 'dredging plan', speaker: 'Harbour Board', rule: 'colon-frame' },
	{ text: ['Carla Dunn spoke first.', 'Senator Abe Holm delivered a warning to the committee: “It is time to stop attacking the people who fund this port.”'], quote: 'stop attacking', speaker: 'Abe Holm' },
]);

quoteTable('a verb that is not a reporting verb, with its subject before the quote', [
	{ text: ['Rita Okafor spoke for the union.', 'Councillor Ben Moore thanked the volunteers for “stepping up when the council would not.”'], quote: 'stepping up', speaker: 'Ben Moore', rule: 'sentence-subject' },
	{ text: ['“We will fight this,” said Rita Okafor.', 'Senator Paul Rye worried that the fund was becoming “a hammock that lulls able-bodied people to sleep.”'], quote: 'a hammock', speaker: 'Paul Rye' },
	{ text: ['“We will fight this,” said Rita Okafor.', 'Later, Glen Ashe bemoaned a climate in which people “literally hate each other over a bus lane.”'], quote: 'literally hate', speaker: 'Glen Ashe' },
]);

quoteTable('a subject acted on is no speaker; a person named after `by` is', [
	{ text: ['Rita Okafor chairs the residents’ group.', 'Developer Sam Lott was described by Mayor Ana Ruiz as “a man who has never seen the estate he plans to flatten.”'], quote: 'never seen the estate', speaker: 'Ana Ruiz', rule: 'by-agent' },
	{ text: 'Developer Sam Lott was attacked by residents as “a man who has never seen the estate he plans to flatten.”', quote: 'never seen the estate', speaker: null },
]);

quoteTable('a reporting participle after a preposition: `by tweeting that`, `after saying`', [
	{ text: ['Corey Lund has joined the network as an analyst.', 'Lund earlier quashed rumours of a book by tweeting that “I am under a strict confidentiality agreement with my old boss.”'], quote: 'strict confidentiality', speaker: 'Corey Lund' },
]);
