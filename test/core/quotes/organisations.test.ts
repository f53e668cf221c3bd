// Organisations as speakers: bodies, their spokespeople and their documents.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, only } from './helpers.js';
import { quoteTable } from './table.js';

quoteTable('organisations as speakers', [
	// `the company said` is the firm once named with an ampersand, not a body in a prepositional phrase
	{ text: ['Pellow & Grange also said its finance director would retire in the spring.', 'Sales fell across the sector, figures from the Federation of Small Traders showed.', 'The company said in a separate statement that it would “keep paying a dividend to every shareholder”.'], quote: 'keep paying a dividend', speaker: 'Pellow & Grange' },
	// a possessive before a body’s head noun is part of its name
	{ text: ['The Kelham Children’s Trust runs three hospices in the county.', 'The trust said it was “working closely with the council on every case that has been raised”.'], quote: 'working closely', speaker: 'Kelham Children’s Trust' },
	// utilities, corps and housing bodies are bodies: their spokespeople speak for them
	{ text: ['Lowmoor Water said it was spending more on the network this year.', 'A spokesperson for the company said: “We know our customers expect better from us and we will deliver it.”', 'Separately, the Northern Harbour Corps said its boats had reached the island.'], quote: 'customers expect better', speaker: 'Lowmoor Water' },
	// a statement issued by a body speaks for it
	{ text: ['Oakfield Rangers lost the derby 3-0 in front of a record crowd.', 'A statement issued by Oakfield Rangers after the match said the club was “appalled by the abuse directed at our players”.', 'The letter from the Ferry Users’ Association said members were “tired of being told the timetable is improving”.'], quote: 'appalled by the abuse', speaker: 'Oakfield Rangers' },
	{ text: ['Oakfield Rangers lost the derby 3-0 in front of a record crowd.', 'A statement issued by Oakfield Rangers after the match said the club was “appalled by the abuse directed at our players”.', 'The letter from the Ferry Users’ Association said members were “tired of being told the timetable is improving”.'], quote: 'tired of being told', speaker: 'Ferry Users’ Association' },
	// a wire agency that relayed a body’s words is not `the group`
	{ text: ['Separately, the Northern Harbour Brigade said on Sunday that its boats had reached the island.', 'In a message posted on its channel and translated by Reuters, the group said: “Our crews have brought all the stranded families to safety tonight.”'], quote: 'stranded families', speaker: 'Northern Harbour Brigade' },
	// one word before a job title is the employer: `the company` speaks for it
	{ text: ['Tallow chief executive Nia Osei apologised to customers on Tuesday.', 'In a blog post on Wednesday, the company said: “The root cause was a configuration change pushed to every region at once.”'], quote: 'root cause', speaker: 'Tallow' },
	// `Name, which …`: “which” follows a body, never a person
	{ text: 'Cobb Tillman, which runs forty lorries from its depot, denied the claims. “We run a tight ship and always have.”', quote: 'tight ship', speaker: 'Cobb Tillman' },
	// a lone head noun used as a heading is no body to speak for
	{ text: ['Ferries suspended', 'SkyeLink has cancelled every sailing for the rest of the day. A spokesperson for the ferry operator said: “We will update customers by eight tomorrow morning.”'], quote: 'update customers', speaker: 'SkyeLink' },
	// after a quote: `a spokesperson for X said`, `said a spokesman for the company`, `a statement from X said`
	{ text: ['Norland Freight said it was hiring drivers. Pay will rise. Rain fell. The river rose.', '“We know our drivers expect better from us,” said a spokesman for the company.', '“We have never missed a delivery to the island,” a spokeswoman for Norland Freight said.', '“We are reviewing the footage and will act on it,” a statement from Tilbury Police said.'], quote: 'drivers expect better', speaker: 'Norland Freight' },
	{ text: ['Norland Freight said it was hiring drivers. Pay will rise. Rain fell. The river rose.', '“We know our drivers expect better from us,” said a spokesman for the company.', '“We have never missed a delivery to the island,” a spokeswoman for Norland Freight said.', '“We are reviewing the footage and will act on it,” a statement from Tilbury Police said.'], quote: 'never missed a delivery', speaker: 'Norland Freight' },
	{ text: ['Norland Freight said it was hiring drivers. Pay will rise. Rain fell. The river rose.', '“We know our drivers expect better from us,” said a spokesman for the company.', '“We have never missed a delivery to the island,” a spokeswoman for Norland Freight said.', '“We are reviewing the footage and will act on it,” a statement from Tilbury Police said.'], quote: 'reviewing the footage', speaker: 'Tilbury Police' },
	// a name described as a body is one, and `the firm` is the body described as a firm
	{ text: ['Quillon, the payments firm, said a hacker had reached its servers. The National Cyber Unit said it was aware.', '“Customer data was not compromised at any point,” the firm said.'], quote: 'Customer data', speaker: 'Quillon' },
	// `the company` is not the body described as a regulator, even when that body is the subject
	{ text: ['Watermark, the water regulator, fined Lenn Water £4m on Tuesday.', '“We accept the fine and apologise to our customers,” the company said.', '“Fines are not the whole answer,” the regulator said.'], quote: 'accept the fine', speaker: 'Lenn Water' },
	{ text: ['Watermark, the water regulator, fined Lenn Water £4m on Tuesday.', '“We accept the fine and apologise to our customers,” the company said.', '“Fines are not the whole answer,” the regulator said.'], quote: 'not the whole answer', speaker: 'Watermark' },
	// `a council spokesperson` speaks for the council; an adjective opening a sentence is no employer
	{ text: ['The library on Mill Lane will close at the end of the month, Kelby District Council has confirmed.', 'Local councillor Ann Whitby said she had written to the council leader.', 'A council spokesperson said the building would become housing and that “works will begin in the spring”.'], quote: 'works will begin', speaker: 'Kelby District Council' },
	// a name ending in ’s before a verb or a stop is a name, not a possessive: `Carrow’s said`
	{ text: ['Carrow’s said: “We are sorry for any distress caused to customers at our Leeds branch.”', 'Pellham’s, the supermarket chain, said prices “will be frozen on 500 everyday items until March”.'], quote: 'sorry for any distress', speaker: 'Carrow' },
	{ text: ['Carrow’s said: “We are sorry for any distress caused to customers at our Leeds branch.”', 'Pellham’s, the supermarket chain, said prices “will be frozen on 500 everyday items until March”.'], quote: 'will be frozen', speaker: 'Pellham' },
]);

quoteTable('wire copy: agencies relay, sources speak', [
	// a reporting clause closing the sentence covers a quote earlier in it
	{ text: ['The Port of Calder was “fully operational again” by Tuesday evening, a port official told Reuters.', 'Vantor Motors has “no plans to close any of its European plants”, the carmaker told Reuters.'], quote: 'fully operational', speaker: 'Port of Calder' },
	{ text: ['The Port of Calder was “fully operational again” by Tuesday evening, a port official told Reuters.', 'Vantor Motors has “no plans to close any of its European plants”, the carmaker told Reuters.'], quote: 'no plans to close', speaker: 'Vantor Motors' },
	// `according to a statement seen by Reuters` yields to the speaker named before the quote
	{ text: 'Bellmont, the budget retailer, said the products “will be back in stock within a fortnight”, according to a statement seen by Reuters.', quote: 'back in stock', speaker: 'Bellmont' },
	// `Reuters reported, citing X, that …`: the source cited
	{ text: 'Reuters reported on Monday, citing Harlan Pharma, that “there is no shortage of the drug in any market we serve”.', quote: 'no shortage', speaker: 'Harlan Pharma' },
	// `would always say`
	{ text: 'My old crewmate Stevie would always say, “Make sure I am the handsome one in the book.”', quote: 'handsome one', speaker: 'Stevie' },
]);

describe('what else the analysis says about these speakers', () => {
	test('an ampersand joins a firm’s name: the firm speaks, not two people', () => {
		const result = analyse(
			'Shares in Pellow & Grange fell by a tenth on Monday after a weak Christmas.',
			'Pellow & Grange said it remained “confident about the outlook for the rest of the year”.',
		);
		const quote = only(result, 'confident about the outlook');
		assert.equal(quote.speaker, 'Pellow & Grange');
		assert.equal(result.speakers[0]?.kind, 'organisation');
	});

	test('utilities, corps and housing bodies are bodies: their spokespeople speak for them', () => {
		const result = analyse(
			'Lowmoor Water said it was spending more on the network this year.',
			'A spokesperson for the company said: “We know our customers expect better from us and we will deliver it.”',
			'Separately, the Northern Harbour Corps said its boats had reached the island.',
		);
		assert.equal(result.speakers.find((speaker) => speaker.name === 'Lowmoor Water')?.kind, 'organisation');
	});

	test('one word before a job title is the employer: `the company` speaks for it', () => {
		const result = analyse(
			'Tallow chief executive Nia Osei apologised to customers on Tuesday.',
			'In a blog post on Wednesday, the company said: “The root cause was a configuration change pushed to every region at once.”',
		);
		assert.equal(result.speakers.find((speaker) => speaker.name === 'Tallow')?.kind, 'organisation');
	});

	test('`Name, which …`: “which” follows a body, never a person', () => {
		const result = analyse('Cobb Tillman, which runs forty lorries from its depot, denied the claims. “We run a tight ship and always have.”');
		assert.equal(result.speakers[0]?.kind, 'organisation');
	});

	test('a name described as a body is one, and `the firm` is the body described as a firm', () => {
		const result = analyse(
			'Quillon, the payments firm, said a hacker had reached its servers. The National Cyber Unit said it was aware.',
			'“Customer data was not compromised at any point,” the firm said.',
		);
		assert.equal(result.speakers[0]?.kind, 'organisation');
	});
});
