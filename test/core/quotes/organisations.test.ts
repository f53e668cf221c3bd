import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../source/core/article.js';
import { analyseQuotes, type Quote, type QuoteAnalysis } from '../../../source/core/quotes/index.js';

const HEADLINE = 'Reservoir levels fall as the dry spell drags on';

function analyse(...paragraphs: string[]): QuoteAnalysis {
	return analyseQuotes(parseArticle(`${HEADLINE}\n\n${paragraphs.join('\n\n')}\n`));
}

function only(analysis: QuoteAnalysis, fragment: string): Quote {
	const found = analysis.quotes.filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote containing ${JSON.stringify(fragment)}; got ${JSON.stringify(analysis.quotes.map((quote) => quote.text))}`);
	return found[0]!;
}

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

describe('the sentence’s subject and its appositive', () => {
	test('`the union’s organiser, Name, said` after a quote: the named person, not another holder of the role', () => {
		const result = analyse(
			'Chief Operating Officer Ravi Sandhu said the firm would close six depots.',
			'“We will not accept compulsory redundancies at any of these depots,” the union’s regional officer, Clare Mottram, said. “We want a meeting with management this week.”',
		);
		assert.equal(only(result, 'compulsory redundancies').speaker, 'Clare Mottram');
		assert.equal(only(result, 'meeting with management').speaker, 'Clare Mottram');
	});

	test('a relative named by role, with an age between commas, then a quote with no cue', () => {
		const result = analyse(
			'Mr Rusk ran the village post office for forty years.',
			'“He would play cards with anyone who sat still for long enough,” his younger brother, Anton Rusk, 71, recalled. “He always lost, and he never minded.”',
		);
		assert.equal(only(result, 'play cards').speaker, 'Anton Rusk');
		assert.equal(only(result, 'always lost').speaker, 'Anton Rusk');
	});

	test('an adverb in -ly between the subject and the speech verb', () => {
		const result = analyse(
			'Treasurer Gina Yates is accused of taking money from the club.',
			'Emails showed that Ms Yates allegedly told the secretary to log the payment as “urgent repairs to the clubhouse roof”.',
		);
		assert.equal(only(result, 'urgent repairs').speaker, 'Gina Yates');
	});

	test('`the family said` is not a name with an adverb', () => {
		const result = analyse('Corinne Walsh died on Tuesday. In a statement, the family said: “She filled every room she walked into with music and noise.”');
		assert.notEqual(only(result, 'filled every room').speaker, 'Corinne Walsh');
	});
});

describe('first names in features and interviews', () => {
	test('`my neighbour, Priya, used to say`: a first name set off by commas, and a habit', () => {
		const result = analyse(
			'Where did you grow up?',
			'On a terrace by the canal. My neighbour, Priya, used to say, “Keep the back gate shut or the foxes will have the bins.”',
		);
		assert.equal(only(result, 'back gate shut').speaker, 'Priya');
	});

	test('`went on to say`', () => {
		const result = analyse('Coach Dale Furlong praised the defence. Furlong went on to say: “We have not played that well away from home all season.”');
		assert.equal(only(result, 'played that well').speaker, 'Dale Furlong');
	});

	test('a note that said: whoever sent it', () => {
		const result = analyse(
			'Tilda Moss grew up in Hull.',
			'Twice. The second time I binned the whole draft. My cousin, Aoife, had a printout I’d posted to her, which is the only reason it survived. She mailed it back to me with a note that said, “Finish it or I will finish it for you.”',
		);
		assert.equal(only(result, 'Finish it or I will').speaker, 'Aoife');
	});

	test('a contraction opening a sentence is not a name', () => {
		const result = analyse('I’d known Aoife for years. I’ll never forget what she said: “Nobody reads the second chapter, so make the first one count.”');
		assert.ok(!result.speakers.some((speaker) => /’/.test(speaker.name)));
		assert.equal(only(result, 'Nobody reads').speaker, 'Aoife');
	});

	test('`my sister Kit texted:` a message is speech too', () => {
		const result = analyse('Last week my sister Kit texted: “Are you putting me in the book again? Make me the tall one.”');
		assert.equal(only(result, 'putting me in the book').speaker, 'Kit');
	});

	test('`said one resident, Maureen, 72` and a word for people opening a sentence', () => {
		const result = analyse('Neighbours described the couple as quiet. “They kept themselves to themselves and never caused any trouble,” said one resident, Maureen, 72.');
		assert.equal(only(result, 'kept themselves').speaker, 'Maureen');
		assert.ok(!result.speakers.some((speaker) => speaker.name === 'Neighbours'));
	});

	test('a card that said: whoever sent it', () => {
		const result = analyse('Every year Auntie Bea sent me a birthday card that said, “Do not spend this on sweets, and write back soon.”');
		assert.equal(only(result, 'write back soon').speaker, 'Auntie Bea');
	});
});

describe('clauses that name someone other than the speaker', () => {
	test('`met Name, who said`: the person the relative clause describes', () => {
		const result = analyse(
			'Chief executive Mark Reid met union officials on Monday.',
			'Reid later met Karen Doolan, who said afterwards: “We were promised consultation and got a press release instead.”',
			'He is survived by his daughter, Loretta Haines, who said: “He was listening to the cricket on the radio when he went.”',
		);
		assert.equal(only(result, 'promised consultation').speaker, 'Karen Doolan');
		assert.equal(only(result, 'listening to the cricket').speaker, 'Loretta Haines');
	});

	test('`X quoted Y as saying`: the one quoted, before the quote or in the sentence before it', () => {
		const result = analyse(
			'Interfax quoted Colonel Ivan Petrenko as saying the bridge had been repaired. “Traffic will move again by the weekend, as long as the weather holds.”',
			'The agency quoted the Dunmore Health Ministry as saying that “every hospital in the region is now running on generators tonight”.',
		);
		assert.equal(only(result, 'Traffic will move').speaker, 'Ivan Petrenko');
		assert.equal(only(result, 'running on generators').speaker, 'Dunmore Health Ministry');
	});

	test('a new sentence `X said:` after a finished quote introduces the next quote', () => {
		const result = analyse(
			'The Rowan Trust said it had been told by the Home Office to close the shelter.',
			'The trust’s director, Amina Yusuf, said: “We have nowhere to send these families tonight.” A Home Office spokesperson said: “We do not comment on individual cases.”',
		);
		assert.equal(only(result, 'nowhere to send').speaker, 'Amina Yusuf');
		assert.equal(only(result, 'individual cases').speaker, 'Home Office');
	});

	test('a person named only as an object does not take over the running speaker', () => {
		const result = analyse(
			'“We were promised consultation and got a press release instead,” union officer Karen Doolan said.',
			'The union will meet chief executive Mark Reid next week to discuss the closures.',
			'“Staff deserve answers, and they deserve them before Christmas, not after.”',
		);
		assert.equal(only(result, 'Staff deserve answers').speaker, 'Karen Doolan');
	});

	test('a person who opens a sentence still takes over', () => {
		const result = analyse(
			'“We were promised consultation and got a press release instead,” union officer Karen Doolan said.',
			'Chief executive Mark Reid defended the closures at a meeting with investors.',
			'Later that week the union wrote to shareholders.',
			'“Every one of these depots made money last year, and the board knows it.”',
		);
		assert.notEqual(only(result, 'Every one of these depots').speaker, 'Karen Doolan');
	});

	test('`said her husband, Tom.`: a first name closing the sentence', () => {
		const result = analyse('Wren Castle taught at the village school for thirty years.', '“She would have hated all this fuss,” said her husband, Tom.');
		assert.equal(only(result, 'hated all this fuss').speaker, 'Tom');
	});

	test('`as X put it` and `in the words of X`', () => {
		const result = analyse(
			'As Gran used to put it, “You only get one go at this, so do it properly.”',
			'In the words of Ben Osei, the club’s longest-serving steward, “stay in your lane and nobody gets hurt on match day”.',
		);
		assert.equal(only(result, 'one go at this').speaker, 'Gran');
		assert.equal(only(result, 'stay in your lane').speaker, 'Ben Osei');
	});

	test('a quote with no cue after a sentence that introduces a person as its subject', () => {
		const result = analyse(
			'Dev Mistry, 29, a delivery driver, was on the second floor when the alarm went off. “I am never going back into that building again.”',
			'My aunt, Rosa, would ring every Sunday. “Where were you all summer? I have been calling the house for weeks.”',
		);
		assert.equal(only(result, 'never going back').speaker, 'Dev Mistry');
		assert.equal(only(result, 'Where were you all summer').speaker, 'Rosa');
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

describe('following a speaker through the story', () => {
	test('past an aside with no person in it, the reporting verb before', () => {
		const result = analyse('Ruth Oyelowo, chief economist at Brampton Bank, said inflation would stay high. The central bank meets next week. “Prices are only going one way for the rest of this year.”');
		assert.equal(only(result, 'only going one way').speaker, 'Ruth Oyelowo');
	});

	test('`Mr. Calloway` is the subject of the story, not the relative who shares his surname', () => {
		const result = analyse(
			'Amos Calloway, a fiddler, died on Sunday. He was 91.',
			'His son, Peter Calloway, said his father had been ill for some time. “He never once complained, not even at the end,” Peter Calloway said.',
			'Asked in 2009 what he wanted from his music, Mr. Calloway told an interviewer: “Joy, mostly. There is enough sadness around.”',
		);
		assert.equal(only(result, 'never once complained').speaker, 'Peter Calloway');
		assert.equal(only(result, 'Joy, mostly').speaker, 'Amos Calloway');
	});

	test('a title’s gender picks between people who share a surname', () => {
		const result = analyse(
			'Martin Ashdown and his wife, Helen Ashdown, have run the farm since 1990.',
			'Martin Ashdown said the flood was the worst he had seen. Mrs Ashdown said: “We lost every lamb born this spring, all of them.”',
		);
		assert.equal(only(result, 'every lamb').speaker, 'Helen Ashdown');
	});

	test('a name inside an aside between the subject and its verb is not the speaker', () => {
		const result = analyse('Chief executive Mark Rennie, responding to Karen Doolan, said: “We have listened to staff at every stage of this process.”');
		assert.equal(only(result, 'listened to staff').speaker, 'Mark Rennie');
	});

	test('letters after a name are not part of it: `Aisha Khan KC`, `Tom Baird MP`', () => {
		const result = analyse(
			'Prosecutor Aisha Khan KC told the jury the defendant had “treated the pension fund as his own piggy bank”.',
			'“He knew exactly what he was doing,” Ms Khan said.',
			'Tom Baird MP said: “I cannot vote for this budget in its current form.”',
		);
		assert.equal(only(result, 'piggy bank').speaker, 'Aisha Khan');
		assert.equal(only(result, 'knew exactly').speaker, 'Aisha Khan');
		assert.equal(only(result, 'cannot vote').speaker, 'Tom Baird');
	});

	test('`Campaigners say`: a word for people opening a sentence is an unnamed speaker, not a name', () => {
		const result = analyse('Campaigners say the canal is now “dead from end to end”.');
		const quote = only(result, 'dead from end');
		assert.equal(quote.kind, 'partial');
		assert.equal(quote.speaker, null);
	});

	test('after `“…,” Loons coach Dana Kowalski said.` the next quote is still hers, not the team’s', () => {
		const result = analyse(
			'Eli Marsh scored both goals for the Lakeview Loons, who have lost three in a row.',
			'“We gave them too many easy looks,” Loons coach Dana Kowalski said. “You can’t do that against a team like that.”',
		);
		assert.equal(only(result, 'against a team like that').speaker, 'Dana Kowalski');
	});

	test('a sentence opening with `But` still has its subject: the pronoun after it goes there', () => {
		const result = analyse(
			'The housing secretary, Liz Carver, said the reforms were fair. “We cannot keep spending more while people wait,” she said.',
			'But Rhiannon Mabbutt, the Labour MP for Eastford Central, said the plans would push families into debt. “I came into politics to lift people out of poverty, not to push them into it,” she told the Guardian.',
		);
		assert.equal(only(result, 'lift people out of poverty').speaker, 'Rhiannon Mabbutt');
	});

	test('a title picks the namesake whose gender the article has shown, even with an unlisted given name', () => {
		const result = analyse(
			'Desmond Quinlan, who ran the hardware shop on Bridge Street for half a century, died on Thursday. He was 93.',
			'His daughter, Morwenna Quinlan, confirmed the death. Mr. Quinlan was born in 1932.',
			'“He taught half the town how to use a drill,” Ms. Quinlan said.',
		);
		assert.equal(only(result, 'half the town').speaker, 'Morwenna Quinlan');
	});
});

