// Layouts: how the page around a quote says who spoke it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../source/core/article/article.js';
import { analyseQuotes } from '../../../source/core/quotes/index.js';
import { quoteTable } from './table.js';

quoteTable('after a quote that ends its sentence, a name and verb opening a new statement do not credit it', [
	{ text: ['Mike Rubin, the state director, reached out to the firm, writing in an email: “We want to use this as soon as possible.” Steve Adams, the firm’s owner, said the campaign has yet to follow up.'], quote: 'as soon as possible', speaker: 'Mike Rubin' },
	{ text: ['Clara Mills forwarded the photo to the minister.', 'The minister replied to Mills with, “Why now? That was on my way to Lima?” Mills then writes back, “You look cute.”'], quote: 'You look cute', speaker: 'Clara Mills' },
	{ text: '“We will win this one.” Ella Hart said on Tuesday.', quote: 'win this one', speaker: 'Ella Hart' },
]);

quoteTable('a signature line under the quote', [
	{ text: ['“Almost all new income is going to the top one percent.”', '- Bernard Sands.', 'The senator is relying on an outdated figure.'], quote: 'new income', speaker: 'Bernard Sands', rule: 'signature' },
	{ text: ['“I went to the banks before the crash and told them so.”', '― Helen Cole, at the debate.'], quote: 'before the crash', speaker: 'Helen Cole', rule: 'signature' },
	{ text: '“We will not sign this agreement.” ― Maria Lopez', quote: 'not sign', speaker: 'Maria Lopez', rule: 'signature' },
	// A pull quote left open over its credit line: `Name, role.”`. (A title word after a given name is a surname.)
	{ text: ['Officials were cautious.', '“What we have seen is that our efforts have been insufficient.', 'Amy Pope, deputy homeland security adviser.”'], quote: 'efforts have been insufficient', speaker: 'Amy Pope', rule: 'signature' },
]);

quoteTable('the credit inside the marks: a transcript turn quoted whole, a closing credit line', [
	{ text: ['The mayor was blunt.', '“We have reviewed every bid for the harbour contract and rejected them all.', 'Maria Lopez, port director.”'], quote: 'reviewed every bid', speaker: 'Maria Lopez' },
	{ text: ['The panel was dismissive.', '“Chris Mathers: Seriously, he says he will pay for it with a tax on speculation. That sounds great.”'], quote: 'Seriously', speaker: 'Chris Mathers', rule: 'credit-inside' },
	{ text: ['The vote was close.', '“Missouri: remember in November who filibustered for thirty hours.”'], quote: 'remember in November', speaker: null },
]);

describe('a speech quoted at length over many paragraphs', () => {
	const speech = [
		'Transcript as follows:',
		'“Tonight we arrived in the city, and we went to a restaurant to thank the people who worked so hard.',
		'“We are now up four hundred thousand jobs and running a surplus, and our credit is strong again.',
		'“I grew up in a little town where my father carried mail, and I never forgot where I came from.',
		'“You know, everybody here is special, and I have been telling people that for many years now.',
		'“This is all I have, and all I can do is tell you the truth. Thank you and God bless!”',
		'Governor Ray Kasten spoke for forty minutes.',
	];
	test('each paragraph is a passage of its own, all with the speaker', () => {
		const article = parseArticle(`Kasten wins his home state\n\nRay Kasten spoke after the results came in.\n\n${speech.join('\n\n')}\n`);
		const quotes = analyseQuotes(article).quotes.filter((quote) => quote.kind === 'direct');
		assert.deepEqual(quotes.map((quote) => quote.text.slice(0, 12)), ['Tonight we a', 'We are now u', 'I grew up in', 'You know, ev', 'This is all ']);
		for (const quote of quotes) assert.equal(article.text.slice(quote.start, quote.end), quote.text);
		assert.deepEqual(quotes.map((quote) => quote.closeEnd > quote.end), [false, false, false, false, true]);
	});
});

quoteTable('a line opening `Name:` (a headline, a round-up entry): its quotes are that name’s', [
	{ headline: 'Gov Falk: Rival Is ‘Trying To Campaign As A Healer,’ ‘That Has Been Part of His Message’', text: 'Governor Mary Falk spoke on Sunday.', quote: 'Trying To Campaign', speaker: 'Mary Falk' },
	{ text: ['POLLS NOT WRONG, JUST EARLY - Mark Blum and Jon Cole: “The polls ended too early to catch the late shift among voters on the right.”'], quote: 'ended too early', speaker: 'Mark Blum' },
]);

quoteTable('the body’s first quote with no cue, under a headline naming its speaker', [
	{ headline: 'Cecile Rand: ‘I’m Sick Of Men Telling Us What To Do’', text: ['“His comments were outrageous and dangerous, and they opened up a line of conversation that matters,” the campaigner went on.', '“So I think people will begin to face the logical conclusion of all this.”'], quote: 'logical conclusion', speaker: 'Cecile Rand' },
]);

quoteTable('a first line in Title Case is a headline, even closed by a full stop', [
	{ headline: 'Milbank: Republicans ‘Waving The Flag Of Surrender’ To The Front-Runner.', text: 'Columnist Dan Milbank wrote that the party had given up.', quote: 'Waving The Flag', speaker: 'Dan Milbank', kind: 'partial' },
	{ headline: 'Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dane Tells Convention.', text: 'Guns are “the ultimate public health crisis,” Howard Dane, the former governor, told the convention.', quote: 'The Ultimate Public Health Crisis', speaker: 'Howard Dane', rule: 'headline-echo' },
]);
