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

quoteTable('a reporting verb inside what another reports: the main clause speaks', [
	{ text: 'Rep. Greg Mead (D-N.Y.) said Lena Park reassured them that the party “was not going to split over one vote.”', quote: 'split over one vote', speaker: 'Greg Mead' },
	{ text: 'At the rally, Hal Boyd said that Tom Reyes begged him for support and “would have dropped to his knees” for it.', quote: 'dropped to his knees', speaker: 'Hal Boyd' },
]);

quoteTable('a verb sharing its subject after `and`, past an opening phrase', [
	{ text: 'In an interview with reporter Nina Croft last year, Marcel Lutz said he welcomed the trial and added, “I will plead guilty, no problem.”', quote: 'plead guilty', speaker: 'Marcel Lutz' },
	{ text: 'When told Perez was in the cabinet, Tom Bush thought for a moment and said, “I think it is an advantage not to be a celebrity.”', quote: 'advantage not to be', speaker: 'Tom Bush' },
	// a participle joined by `and` to one whose subject `with` names
	{ text: 'Rivals were quick to pile on, with Dana Pryce posting that the plan was a mess and asking, “How can anyone trust these people with the budget?”', quote: 'trust these people', speaker: 'Dana Pryce', rule: 'before-quote-participle' },
]);

quoteTable('a reporting verb opening its sentence, capitalised', [
	{ text: ['Flowers were left at the house on Grand Avenue.', 'Said Dora Pyne, who grew up with him in the neighbourhood, “We were all so proud of him.”'], quote: 'so proud of him', speaker: 'Dora Pyne' },
	{ text: ['Later, Bill Marr said of the report that it “was not good at all for anyone.”', 'Adding, “What they do is never that bad, it is how they handle it that hurts them.”'], quote: 'never that bad', speaker: 'Bill Marr' },
]);

quoteTable('the agent of a passive reporting verb', [
	{ text: 'Sanders was asked by host Bill Marr, “Now, you once said you were tired of hearing about the emails, has the story moved?”', quote: 'tired of hearing', speaker: 'Bill Marr', rule: 'by-agent' },
]);

quoteTable('a relative clause names the subject before a place set off by commas', [
	{ text: 'Pastor Ken Swale, who leads a church in Elizabeth, Colorado, slammed the scouts for promoting “a lifestyle no parent should accept.”', quote: 'no parent should accept', speaker: 'Ken Swale' },
]);

quoteTable('a possessive before a word that may be a noun or adjective owns it', [
	{ text: ['Paul Ring spoke next.', 'Ring then interjected, calling Rubio’s proposed child credit “a welfare transfer payment by another name.”'], quote: 'welfare transfer', speaker: 'Paul Ring' },
	{ text: ['Maher spoke last.', 'Maher stated of the scandal that the inspector general’s report “was not good for her at all.”'], quote: 'not good for her', speaker: 'Maher' },
]);

quoteTable('a reporting participle belongs to the nearest clause’s subject, or to the name after `with`', [
	{ text: 'Hours later, Tom Hale returned the compliment to Sheldon Arden, telling reporters, “Sheldon and I have been friends for a long time.”', quote: 'friends for a long time', speaker: 'Tom Hale' },
	{ text: 'Here in Columbia, Ben Sand stepped up his emphasis on the courts, saying, “We have got to reach the day when nobody fears the police.”', quote: 'nobody fears the police', speaker: 'Ben Sand' },
	{ text: 'Some of his supporters kicked a protester at a rally in Birmingham, Alabama, with Tom Hale reportedly yelling: “Get him out of here!”', quote: 'Get him out', speaker: 'Tom Hale' },
	{ text: 'Tom Hale told a North Carolina rally on Tuesday, saying his rival would “abolish the right to bear arms.”', quote: 'abolish the right', speaker: 'Tom Hale' },
	{ text: 'Amid calls for a boycott, the Courier’s Matt Walsh provided a justification for the list, saying it is necessary to “identify the traitors and remember their names.”', quote: 'identify the traitors', speaker: 'Matt Walsh' },
]);

quoteTable('`Name of the Org said`, `Name with the Org said`: the person, not the body', [
	{ text: '“A staged weapon would be a stretch for them,” Jeffrey Lind of the Martin Center for Nonproliferation Studies wrote in December.', quote: 'staged weapon', speaker: 'Jeffrey Lind' },
	{ text: 'However, as Archbishop Aris Tavan of the Patriarchate of Jerusalem told reporters, “We have suffered the same fate as our neighbours.”', quote: 'same fate', speaker: 'Aris Tavan' },
	{ text: 'Jane Roe with the Civil Liberties Union said the rule was “a disgrace to the whole state system.”', quote: 'a disgrace', speaker: 'Jane Roe' },
]);

quoteTable('a reporting clause closing the sentence, with the speaker’s role after the name', [
	{ text: 'The rejection signals “the beginning of the end” for the union, said Geert Wild, founder of the Party for Freedom.', quote: 'beginning of the end', speaker: 'Geert Wild' },
	{ text: '“For teachers, he is saying a lot of the right things” about fixing inequality, said Marla Kile, executive director of the Teachers Association.', quote: 'right things', speaker: 'Marla Kile' },
]);

quoteTable('a document speaks for its owner: `Hoff’s letter makes the case: “…”`', [
	{ text: ['Rita Hoff is a director at a think tank.', 'Hoff’s letter makes a libertarian case: “Radical groups hate everything we stand for as a nation.”'], quote: 'Radical groups', speaker: 'Rita Hoff' },
]);

quoteTable('a reporting clause set off by commas inside the sentence', [
	{ text: 'The paradox of Nancy, says Carl Antony, historian at the National First Ladies Library, is that she was “one of the most powerful first ladies of the era.”', quote: 'most powerful first ladies', speaker: 'Carl Antony' },
]);

quoteTable('a word that opens a title is no verb; others named with the speaker', [
	{ text: '“By putting this in the constitution, we are tying their hands,” state Sen. Jason Holm (D) said about halfway through.', quote: 'tying their hands', speaker: 'Jason Holm' },
	{ text: '“We can only wonder if the intent is to reopen the door to fraud,” state Senate leader Phil Berg and House Speaker Tim Moor, both Republicans, said in a statement.', quote: 'only wonder', speaker: 'Phil Berg' },
	{ text: '“Sanders is filled with resentment and on edge,” Edward Dover and Gabriel Bened wrote.', quote: 'filled with resentment', speaker: 'Edward Dover' },
]);

quoteTable('`wrote to his followers`: `to` before a possessive is no infinitive', [
	{ text: 'After the vote, Tim Canova wrote to his 20,000 followers, “It is time to end her career for good.”', quote: 'end her career', speaker: 'Tim Canova' },
]);
