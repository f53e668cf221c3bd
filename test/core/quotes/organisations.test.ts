import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, only } from './helpers.js';

describe('organisations as speakers', () => {
	test('an ampersand joins a firm’s name: the firm speaks, not two people', () => {
		const result = analyse(
			'Shares in Pellow & Grange fell by a tenth on Monday after a weak Christmas.',
			'Pellow & Grange said it remained “confident about the outlook for the rest of the year”.',
		);
		const quote = only(result, 'confident about the outlook');
		assert.equal(quote.speaker, 'Pellow & Grange');
		assert.equal(result.speakers[0]?.kind, 'organisation');
	});

	test('`the company said` is the firm once named with an ampersand, not a body in a prepositional phrase', () => {
		const result = analyse(
			'Pellow & Grange also said its finance director would retire in the spring.',
			'Sales fell across the sector, figures from the Federation of Small Traders showed.',
			'The company said in a separate statement that it would “keep paying a dividend to every shareholder”.',
		);
		assert.equal(only(result, 'keep paying a dividend').speaker, 'Pellow & Grange');
	});

	test('a possessive before a body’s head noun is part of its name', () => {
		const result = analyse(
			'The Kelham Children’s Trust runs three hospices in the county.',
			'The trust said it was “working closely with the council on every case that has been raised”.',
		);
		assert.equal(only(result, 'working closely').speaker, 'Kelham Children’s Trust');
	});

	test('utilities, corps and housing bodies are bodies: their spokespeople speak for them', () => {
		const result = analyse(
			'Lowmoor Water said it was spending more on the network this year.',
			'A spokesperson for the company said: “We know our customers expect better from us and we will deliver it.”',
			'Separately, the Northern Harbour Corps said its boats had reached the island.',
		);
		assert.equal(only(result, 'customers expect better').speaker, 'Lowmoor Water');
		assert.equal(result.speakers.find((speaker) => speaker.name === 'Lowmoor Water')?.kind, 'organisation');
	});

	test('a statement issued by a body speaks for it', () => {
		const result = analyse(
			'Oakfield Rangers lost the derby 3-0 in front of a record crowd.',
			'A statement issued by Oakfield Rangers after the match said the club was “appalled by the abuse directed at our players”.',
			'The letter from the Ferry Users’ Association said members were “tired of being told the timetable is improving”.',
		);
		assert.equal(only(result, 'appalled by the abuse').speaker, 'Oakfield Rangers');
		assert.equal(only(result, 'tired of being told').speaker, 'Ferry Users’ Association');
	});

	test('a wire agency that relayed a body’s words is not `the group`', () => {
		const result = analyse(
			'Separately, the Northern Harbour Brigade said on Sunday that its boats had reached the island.',
			'In a message posted on its channel and translated by Reuters, the group said: “Our crews have brought all the stranded families to safety tonight.”',
		);
		assert.equal(only(result, 'stranded families').speaker, 'Northern Harbour Brigade');
	});
	test('one word before a job title is the employer: `the company` speaks for it', () => {
		const result = analyse(
			'Tallow chief executive Nia Osei apologised to customers on Tuesday.',
			'In a blog post on Wednesday, the company said: “The root cause was a configuration change pushed to every region at once.”',
		);
		assert.equal(only(result, 'root cause').speaker, 'Tallow');
		assert.equal(result.speakers.find((speaker) => speaker.name === 'Tallow')?.kind, 'organisation');
	});
	test('`Name, which …`: “which” follows a body, never a person', () => {
		const result = analyse('Cobb Tillman, which runs forty lorries from its depot, denied the claims. “We run a tight ship and always have.”');
		assert.equal(only(result, 'tight ship').speaker, 'Cobb Tillman');
		assert.equal(result.speakers[0]?.kind, 'organisation');
	});

	test('a lone head noun used as a heading is no body to speak for', () => {
		const result = analyse(
			'Ferries suspended',
			'SkyeLink has cancelled every sailing for the rest of the day. A spokesperson for the ferry operator said: “We will update customers by eight tomorrow morning.”',
		);
		assert.equal(only(result, 'update customers').speaker, 'SkyeLink');
	});

	test('after a quote: `a spokesperson for X said`, `said a spokesman for the company`, `a statement from X said`', () => {
		const result = analyse(
			'Norland Freight said it was hiring drivers. Pay will rise. Rain fell. The river rose.',
			'“We know our drivers expect better from us,” said a spokesman for the company.',
			'“We have never missed a delivery to the island,” a spokeswoman for Norland Freight said.',
			'“We are reviewing the footage and will act on it,” a statement from Tilbury Police said.',
		);
		assert.equal(only(result, 'drivers expect better').speaker, 'Norland Freight');
		assert.equal(only(result, 'never missed a delivery').speaker, 'Norland Freight');
		assert.equal(only(result, 'reviewing the footage').speaker, 'Tilbury Police');
	});
	test('a name described as a body is one, and `the firm` is the body described as a firm', () => {
		const result = analyse(
			'Quillon, the payments firm, said a hacker had reached its servers. The National Cyber Unit said it was aware.',
			'“Customer data was not compromised at any point,” the firm said.',
		);
		assert.equal(only(result, 'Customer data').speaker, 'Quillon');
		assert.equal(result.speakers[0]?.kind, 'organisation');
	});

	test('`the company` is not the body described as a regulator, even when that body is the subject', () => {
		const result = analyse(
			'Watermark, the water regulator, fined Lenn Water £4m on Tuesday.',
			'“We accept the fine and apologise to our customers,” the company said.',
			'“Fines are not the whole answer,” the regulator said.',
		);
		assert.equal(only(result, 'accept the fine').speaker, 'Lenn Water');
		assert.equal(only(result, 'not the whole answer').speaker, 'Watermark');
	});
	test('`a council spokesperson` speaks for the council; an adjective opening a sentence is no employer', () => {
		const result = analyse(
			'The library on Mill Lane will close at the end of the month, Kelby District Council has confirmed.',
			'Local councillor Ann Whitby said she had written to the council leader.',
			'A council spokesperson said the building would become housing and that “works will begin in the spring”.',
		);
		assert.equal(only(result, 'works will begin').speaker, 'Kelby District Council');
	});
	test('a name ending in ’s before a verb or a stop is a name, not a possessive: `Carrow’s said`', () => {
		const result = analyse(
			'Carrow’s said: “We are sorry for any distress caused to customers at our Leeds branch.”',
			'Pellham’s, the supermarket chain, said prices “will be frozen on 500 everyday items until March”.',
		);
		assert.equal(only(result, 'sorry for any distress').speaker, 'Carrow');
		assert.equal(only(result, 'will be frozen').speaker, 'Pellham');
	});
});

describe('wire copy: agencies relay, sources speak', () => {
	test('a reporting clause closing the sentence covers a quote earlier in it', () => {
		const result = analyse(
			'The Port of Calder was “fully operational again” by Tuesday evening, a port official told Reuters.',
			'Vantor Motors has “no plans to close any of its European plants”, the carmaker told Reuters.',
		);
		assert.equal(only(result, 'fully operational').speaker, 'Port of Calder');
		assert.equal(only(result, 'no plans to close').speaker, 'Vantor Motors');
	});

	test('`according to a statement seen by Reuters` yields to the speaker named before the quote', () => {
		const result = analyse('Bellmont, the budget retailer, said the products “will be back in stock within a fortnight”, according to a statement seen by Reuters.');
		assert.equal(only(result, 'back in stock').speaker, 'Bellmont');
	});

	test('`Reuters reported, citing X, that …`: the source cited', () => {
		const result = analyse('Reuters reported on Monday, citing Harlan Pharma, that “there is no shortage of the drug in any market we serve”.');
		assert.equal(only(result, 'no shortage').speaker, 'Harlan Pharma');
	});

	test('`would always say`', () => {
		const result = analyse('My old crewmate Stevie would always say, “Make sure I am the handsome one in the book.”');
		assert.equal(only(result, 'handsome one').speaker, 'Stevie');
	});
});
