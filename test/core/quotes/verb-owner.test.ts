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

quoteTable('a long apposition or relative clause between the name and the verb, even one holding a quote', [
	{ text: 'Rich Hanley, a county organiser who ran the early vote in 2008 and now runs the postal ballots for the party across the state, said the programme is “a critical part of our strategy.”', quote: 'critical part', speaker: 'Rich Hanley' },
	{ text: '“We have had better conventions than this one,” delegate Bill Easton, wearing a cowboy hat and “Vote Cruz” pins, said as the confetti fell.', quote: 'better conventions', speaker: 'Bill Easton' },
	{ text: ['Carla Dunn spoke first.', 'Sen. Ted Carr (R-Tex.), a candidate who has made the port a centrepiece of his campaign, told the crowd the vote was “a betrayal of every worker on the docks.”'], quote: 'betrayal of every worker', speaker: 'Ted Carr' },
]);

quoteTable('a question opening with an auxiliary is no name', [
	{ text: ['Was Szabo satisfied with the answer?', '“To a point,” he said. “He sort of redirected.”'], quote: 'To a point', speaker: 'Szabo' },
]);
