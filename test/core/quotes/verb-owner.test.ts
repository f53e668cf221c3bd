// Who the speech verb belongs to: the subject, past whatever stands between it and the verb.
import { quoteTable } from './table.js';

quoteTable('a party-state tag after a name', [
	{ text: 'Sen. Ada Marsh (R-Texas) told a reporter that she “would be surprised if this is the last vote of the year.”', quote: 'would be surprised', speaker: 'Ada Marsh' },
	{ text: 'Rep. Jane Roe (D-Ohio) said the bill was “a long-overdue fix for a broken system.”', quote: 'long-overdue fix', speaker: 'Jane Roe' },
	{ text: '“We are proud to cast our votes here today,” Senator Mitch Conway, R-Ky., said.', quote: 'proud to cast', speaker: 'Mitch Conway' },
	{ text: '“Nobody in this chamber wanted the shutdown,” said Rep. Dana Pike (D-N.Y.), the ranking member.', quote: 'wanted the shutdown', speaker: 'Dana Pike' },
]);

quoteTable('an acronym of a country before a title', [
	{ text: '“The great state of Alabama is proud to cast its votes!” US Senator Jeff Lowell said as he opened the roll call.', quote: 'great state of Alabama', speaker: 'Jeff Lowell' },
]);
