// Who speaks: the common conventions of attribution, case by case.
import { quoteTable } from './table.js';

quoteTable('speakers by the common conventions', [
	// according to
	{ text: ['“The reactor is stable and there is no risk to the public,” according to Yuki Tanaka, the plant manager.', 'According to Tanaka, “the cooling system worked exactly as designed.”'], quote: 'reactor is stable', speaker: 'Yuki Tanaka' },
	{ text: ['“The reactor is stable and there is no risk to the public,” according to Yuki Tanaka, the plant manager.', 'According to Tanaka, “the cooling system worked exactly as designed.”'], quote: 'cooling system', speaker: 'Yuki Tanaka' },
	// a pronoun goes to the last named person of its gender
	{ text: ['Senator Helen Marsh met Governor Paul Dreyer on Tuesday to discuss the budget.', '“We agreed on almost nothing of substance today,” she said.', '“The senator knows my door is always open,” he said.', 'Mr Dreyer later left for the capital.'], quote: 'agreed on almost nothing', speaker: 'Helen Marsh' },
	{ text: ['Senator Helen Marsh met Governor Paul Dreyer on Tuesday to discuss the budget.', '“We agreed on almost nothing of substance today,” she said.', '“The senator knows my door is always open,” he said.', 'Mr Dreyer later left for the capital.'], quote: 'my door is always open', speaker: 'Paul Dreyer' },
	// a pronoun in a subordinate clause does not stand in for the subject
	{ text: ['Novelist Ruth Abernathy edited the book.', 'Asked whether she would attend the prize announcement in London, Nell Garrity laughed. “If the trains are running and the eels don’t need me,” she said.'], quote: 'trains are running', speaker: 'Nell Garrity' },
	// gender comes from the article before the first-name list
	{ text: ['Robin Okafor, who runs the shelter, said demand had doubled. Ms Okafor has asked the council for help.', 'Chris Wade, a volunteer, agreed. He has worked there for a decade.', '“We turn people away every single night now,” she said.'], quote: 'turn people away', speaker: 'Robin Okafor' },
	// a transcript introduced by a colon at the end of the paragraph before
	{ text: ['Kremlin spokesman Dmitry Peskov spoke to reporters on Friday. Here is his statement:', '“The president has not received any proposal from Washington, and there is nothing to respond to.”'], quote: 'has not received', speaker: 'Dmitry Peskov' },
	// a dash and a name, `X quoted Y as saying`, and the writer’s own words
	{ text: ['Union leader Peter Jones and Foreign Minister Sergey Lavrov both spoke on Monday.', '“The harbour is not for sale and never will be” — Peter Jones.', '“There will be consequences for everyone involved,” TASS quoted Lavrov as saying.', '“I asked him twice and he refused both times,” I said to the minister.'], quote: 'not for sale', speaker: 'Peter Jones' },
	{ text: ['Union leader Peter Jones and Foreign Minister Sergey Lavrov both spoke on Monday.', '“The harbour is not for sale and never will be” — Peter Jones.', '“There will be consequences for everyone involved,” TASS quoted Lavrov as saying.', '“I asked him twice and he refused both times,” I said to the minister.'], quote: 'consequences', speaker: 'Sergey Lavrov' },
	{ text: ['Union leader Peter Jones and Foreign Minister Sergey Lavrov both spoke on Monday.', '“The harbour is not for sale and never will be” — Peter Jones.', '“There will be consequences for everyone involved,” TASS quoted Lavrov as saying.', '“I asked him twice and he refused both times,” I said to the minister.'], quote: 'I asked him', speaker: null },
	// spokespeople speak for their body; unnamed sources stay unnamed
	{ text: ['The Treasury and the Bank of England issued separate statements.', 'A Treasury spokesperson said: “The best tax cut is a cut in inflation.”', '“Everything is on the table for the next meeting,” one of the sources said.', 'The Port of Rotterdam Authority said talks would resume. A spokesperson for the authority said: “We expect a deal this week.”'], quote: 'best tax cut', speaker: 'Treasury' },
	{ text: ['The Treasury and the Bank of England issued separate statements.', 'A Treasury spokesperson said: “The best tax cut is a cut in inflation.”', '“Everything is on the table for the next meeting,” one of the sources said.', 'The Port of Rotterdam Authority said talks would resume. A spokesperson for the authority said: “We expect a deal this week.”'], quote: 'Everything is on the table', speaker: null },
	{ text: ['The Treasury and the Bank of England issued separate statements.', 'A Treasury spokesperson said: “The best tax cut is a cut in inflation.”', '“Everything is on the table for the next meeting,” one of the sources said.', 'The Port of Rotterdam Authority said talks would resume. A spokesperson for the authority said: “We expect a deal this week.”'], quote: 'expect a deal', speaker: 'Port of Rotterdam Authority' },
	// `the statement said` goes to whoever issued it
	{ text: ['President Joe Biden welcomed the vote.', 'The White House said in a statement that it expected quick action. “We cannot allow support for Ukraine to be interrupted,” the statement said.'], quote: 'cannot allow support', speaker: 'White House' },
	// a person from a place writes
	{ text: 'Some readers have been sending in pictures. Jamie from Tobermory writes: “Our trampoline is now in next door’s garden.”', quote: 'trampoline', speaker: 'Jamie' },
	// an agency credited after a quote is not its speaker
	{ text: 'Kremlin spokesman Dmitry Peskov told reporters that peace was impossible unless Kyiv “accepts the new reality on the ground.”, APA reports.', quote: 'new reality', speaker: 'Dmitry Peskov' },
]);
