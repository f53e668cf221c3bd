// Marks and kinds: what counts as quoted speech, and what is a title or a scare quote.
import { quoteTable } from './table.js';

quoteTable('a fragment of four to six words governed by a reporting verb is a partial quote', [
	{ text: 'Tom Rusk repeated his claim that the “count was rigged from the start” at a rally on Tuesday.', quote: 'rigged from the start', speaker: 'Tom Rusk', kind: 'partial' },
	{ text: 'Ann Obi told the committee the country would be at the “back of the queue” for any deal.', quote: 'back of the queue', speaker: 'Ann Obi', kind: 'partial' },
	{ text: 'Rena Fisk said the plan is a “very positive step toward unity” for the party.', quote: 'positive step toward unity', speaker: 'Rena Fisk', kind: 'partial' },
]);

quoteTable('a labelled phrase that names a thing in what was done stays a scare quote; a short one always', [
	{ text: '“We oppose it,” she said, commenting on the plan by both ministers to create a “coalition of the willing” for the port.', quote: 'coalition of the willing', speaker: null, kind: 'scare' },
	{ text: 'The two leaders want to create a “coalition of the willing” to guarantee any deal, officials said.', quote: 'coalition of the willing', speaker: null, kind: 'scare' },
	{ text: 'Mayor Ina Holt called the plan a “fresh start” for the town.', quote: 'fresh start', speaker: null, kind: 'scare' },
]);

quoteTable('four to six labelled words with no cue are someone’s words, unattributed', [
	{ text: 'The new plan offers a “fresh start for the harbour” to the town.', quote: 'fresh start', speaker: null, kind: 'partial' },
]);

quoteTable('a title in Title Case, with the comma or stop American style puts inside the marks', [
	{ text: 'Governor Ana Pell appeared on “State of the Union,” where she defended the budget.', quote: 'State of the Union', speaker: null, kind: 'title' },
	{ text: 'He made the case on ABC’s “This Week with George Stephens.”', quote: 'This Week with', speaker: null, kind: 'title' },
	{ text: '“We Will Win This Fight,” Mayor Dan Cole told supporters.', quote: 'We Will Win', speaker: 'Dan Cole', kind: 'direct' },
]);

quoteTable('two single marks for one double mark, and a straight mark before an ellipsis or a single mark', [
	{ text: "''We will not sign this agreement,'' said Maria Lopez, the port director.", quote: 'not sign this agreement', speaker: 'Maria Lopez', kind: 'direct' },
	{ text: '’’The numbers do not add up for anyone at all,’’ Lopez said.', quote: 'numbers do not add up', speaker: 'Lopez', kind: 'direct' },
	{ text: 'Mayor Dan Cole said: "...and that is why we will keep fighting for every job."', quote: 'keep fighting', speaker: 'Dan Cole' },
	{ text: 'Mayor Dan Cole said: "\'Never again\' is what we told the minister that night."', quote: 'is what we told', speaker: 'Dan Cole' },
]);

quoteTable('two backticks open a quote that two single marks close, as older wire copy writes it', [
	{ text: "``We have no plans to raise taxes this year,'' the finance minister, Rosa Adler, said.", quote: 'no plans to raise taxes', speaker: 'Rosa Adler', kind: 'direct' },
	{ text: "Rosa Adler said growth would return, adding: ``The worst of it is behind us now, I am sure of that.''", quote: 'worst of it is behind us', speaker: 'Rosa Adler', kind: 'direct' },
]);

quoteTable('the wrong mark written for an apostrophe opens nothing', [
	{ text: 'Senator Lee Grant on Wednesday played down Tom Hale‘s attack on a judge, saying it was “not the kind of thing a leader should say.”', quote: 'not the kind of thing', speaker: 'Lee Grant' },
	{ text: 'It is all ‘bout the money now, said one voter. Ana Ruiz said the race was “a contest of who can spend the most.”', quote: 'a contest of who', speaker: 'Ana Ruiz' },
]);

quoteTable('a piece’s headline credited to its writer in a round-up is a title', [
	{ text: 'FAREWELL — “The Corner Room to close at the end of December,” by the Courier’s Ben Sams: “The club gave an early start to a dozen bands.”', quote: 'Corner Room to close', speaker: null, kind: 'title' },
]);

quoteTable('emoji and other characters beyond the basic plane are marks like any other, around and inside quotes', [
	{ text: '👍🏽 “We will not sign this agreement,” said Maria Lopez 🇫🇷, the port director.', quote: 'not sign this agreement', speaker: 'Maria Lopez', kind: 'direct' },
	{ text: 'Tom Rusk wrote 😀: “The numbers do not add up for anyone at all.”', quote: 'numbers do not add up', speaker: 'Tom Rusk', kind: 'direct' },
]);
