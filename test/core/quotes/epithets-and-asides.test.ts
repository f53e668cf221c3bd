import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, only } from './helpers.js';

describe('asides between a name and its verb', () => {
	test('a relative clause between the name and `said`, after the quote', () => {
		const result = analyse('“Rents have doubled since the pandemic and we cannot keep up,” Harriet Quayle, who has run the bakery on Mill Lane for thirty years, said.');
		assert.equal(only(result, 'Rents have doubled').speaker, 'Harriet Quayle');
	});

	test('an abbreviation’s full stop inside the role does not end it', () => {
		const result = analyse(
			'“We were offered nothing we could take back to the members,” Marisol Vega Duarte, secretary of Dockers Local No. 14, told reporters by phone. “We stay out until there is a real offer.”',
		);
		assert.equal(only(result, 'offered nothing').speaker, 'Marisol Vega Duarte');
		assert.equal(only(result, 'real offer').speaker, 'Marisol Vega Duarte');
	});

	test('`the state commissioner` after a name is a role, not a verb', () => {
		const result = analyse(
			'Ngozi Adebayo, the state commissioner for water resources, spoke at the briefing on Sunday.',
			'The flooding has displaced more than 4,000 people.',
			'“Most of the drains were blocked by refuse long before the rain came,” the commissioner said.',
		);
		assert.equal(only(result, 'drains were blocked').speaker, 'Ngozi Adebayo');
	});
});

describe('a person called by a description after being named', () => {
	test('`the 31-year-old said`: the person just named', () => {
		const result = analyse('Winger Teodor Lind scored twice in the second half.', '“I just tried to hit the target every time the ball came to me,” the 31-year-old said.');
		assert.equal(only(result, 'hit the target').speaker, 'Teodor Lind');
	});

	test('`the Norwegian said`: a nationality for the person just named, not the country', () => {
		const result = analyse(
			'Town boss Halvard Eide, who took charge in the summer, was calmer about the defeat.',
			'“It was a fair result in the end, and we can build on the second half,” the Norwegian said after the game.',
		);
		assert.equal(only(result, 'fair result').speaker, 'Halvard Eide');
	});

	test('`the Wanderers manager`: the person the story is about, not the club or another club’s manager', () => {
		const result = analyse(
			'Priory Park manager Lena Brandt watched her side win at a canter.',
			'Wanderers had started brightly and hit the bar twice before the break.',
			'Declan Furey was furious with the decision to award the late penalty.',
			'“I have watched it back and I still cannot see what the defender is meant to do,” the Wanderers manager told reporters.',
		);
		assert.equal(only(result, 'still cannot see').speaker, 'Declan Furey');
	});

	test('`the Wanderers boss` is the person titled as that club’s manager', () => {
		const result = analyse(
			'Wanderers manager Declan Furey was furious after the game.',
			'The home side have now won four in a row.',
			'“I have watched it back and I still cannot see what the defender is meant to do,” the Wanderers boss said.',
		);
		assert.equal(only(result, 'still cannot see').speaker, 'Declan Furey');
	});

	test('`the incumbent`, `the Democrat`, `the father-of-two`: the person just named', () => {
		const result = analyse(
			'Mayor Rosa Delgaro is seeking a third term. She faces a strong challenge this year.',
			'“I am not done yet, and this city is not done yet,” the incumbent told supporters.',
			'State Senator Alma Quiros, a Democrat, voted against the bill.',
			'“This bill punishes working families,” the Democrat said.',
			'Lorry driver Gavin Pell was stuck on the bridge for six hours.',
			'“Nobody came to tell us anything the whole night,” the father-of-two said.',
		);
		assert.equal(only(result, 'not done yet').speaker, 'Rosa Delgaro');
		assert.equal(only(result, 'punishes working').speaker, 'Alma Quiros');
		assert.equal(only(result, 'Nobody came').speaker, 'Gavin Pell');
	});

	test('`the woman said` is not the woman named before: it may well be someone unnamed', () => {
		const result = analyse('Prosecutor Ruth Hale read the statement aloud.', 'In the statement, the woman said: “I have lost my savings and my home.”');
		assert.notEqual(only(result, 'lost my savings').speaker, 'Ruth Hale');
	});

	test('`a ministry official said` stays unnamed: only `the` points back to someone', () => {
		const result = analyse('Ravi Menon, the opposition leader, criticised the delay.', '“The money will be released next week,” a ministry official said.');
		assert.notEqual(only(result, 'released next week').speaker, 'Ravi Menon');
	});
});

describe('a pronoun after an unnamed spokesperson', () => {
	test('`A spokesman for the body said … “…,” he said`: the body, not a man named earlier', () => {
		const result = analyse(
			'Union leader Anton Faber said his members would walk out on Monday.',
			'A spokesman for the Ministry of Labour said the government would not step in. “Pay is a matter for the employers and the unions,” he said.',
		);
		assert.equal(only(result, 'matter for the employers').speaker, 'Ministry of Labour');
	});

	test('a named person of that gender before the spokeswoman’s sentence does not take her words', () => {
		const result = analyse(
			'Chair Olga Brandt said the board had done nothing wrong.',
			'A spokeswoman for Harlow Water said the pipes would be replaced. “Work will start in the spring,” she said.',
		);
		assert.equal(only(result, 'start in the spring').speaker, 'Harlow Water');
	});
});

describe('descriptions and documents named before the quote', () => {
	test('`Local fisherman Name` is one person: `He told…` is his', () => {
		const result = analyse('Local fisherman Yaw Boateng lost his boat in the storm.', 'He told reporters: “Everything I own was on that boat and now it is at the bottom of the bay.”');
		assert.equal(only(result, 'Everything I own').speaker, 'Yaw Boateng');
	});

	test('`the statement said`: whoever put the statement out, a sentence or two before', () => {
		const result = analyse(
			'The Colworth Trust put out a statement on Friday night.',
			'It came after two days of silence from the board.',
			'“We are deeply saddened by the loss of a colleague and a friend,” the statement said.',
		);
		assert.equal(only(result, 'deeply saddened').speaker, 'Colworth Trust');
	});

	test('`the FSB says` after the quote: the body, with `says` never a noun', () => {
		const result = analyse(
			'Minister Pavel Orlov praised the operation. “They did their duty,” he wrote.',
			'The agency announced two arrests in the port city on Tuesday.',
			'“The suspects were planning an attack on the railway,” the FSB says.',
		);
		assert.equal(only(result, 'planning an attack').speaker, 'FSB');
	});

	test('`posted on X.` ends the sentence: the next one has its own subject', () => {
		const result = analyse('Senator Ada Brill posted a video of the vote on X. Tom Reyes was unimpressed.', '“It is a stunt for the cameras and nothing more.”');
		assert.equal(only(result, 'stunt for the cameras').speaker, 'Tom Reyes');
	});

	test('a lone capital closing a paragraph does not join the next paragraph’s first name', () => {
		const result = analyse('Senator Ada Brill set out her objections on X.', 'IBC said: “We have to live within our means like everyone else.”');
		assert.equal(only(result, 'live within our means').speaker, 'IBC');
	});

	test('a quote signed with a dash, a name and a role closing the article', () => {
		const result = analyse('The club won again on Saturday.', '“We go again next week, and we go again after that.” — Jordan Pike, club captain');
		assert.equal(only(result, 'go again next week').speaker, 'Jordan Pike');
	});
});

describe('words that qualify a title', () => {
	test('`the military said` does not point back to the person named before', () => {
		const result = analyse('Ruth Okonjo visited the base on Monday.', 'Two soldiers were killed overnight.', '“The attack was repelled and the positions are held,” the military said.');
		assert.notEqual(only(result, 'attack was repelled').speaker, 'Ruth Okonjo');
	});

	test('`the defence said` in court is not the defendant named before', () => {
		const result = analyse('Colin Ardley, 45, denied the charges when he appeared on Friday.', 'The jury was sent home.', '“Our client denies every one of these charges,” the defence said.');
		assert.notEqual(only(result, 'denies every one').speaker, 'Colin Ardley');
	});
});

describe('someone new and unnamed', () => {
	test('`Another MP, who asked not to be named, said … “…,” the MP said`: not the MP named before', () => {
		const result = analyse(
			'Corin Blake, the MP for Eastwold, said he would vote against the bill.',
			'Another MP, who asked not to be named, said the whips had been ‘ringing round all weekend’ and that newer members had been warned. ‘It is the nineties all over again, fall into line or you are finished,’ the MP said.',
		);
		assert.equal(only(result, 'ringing round').speaker, null);
		assert.equal(only(result, 'nineties all over again').speaker, null);
	});

	test('`but others warned it risked “…”`: an unnamed group, not whoever spoke last', () => {
		const result = analyse(
			'“By April nobody should wait longer than a year and a half,” Health Secretary Nadia Frome said.',
			'The plan was welcomed by some hospital leaders, but others warned it risked ‘managing the numbers rather than the patients’.',
		);
		assert.equal(only(result, 'managing the numbers').speaker, null);
	});

	test('`Office for the Environment`: “for the” inside a body’s name', () => {
		const result = analyse('The Federal Office for the Environment said it would use the data. It called the report “a clear signal that adaptation can no longer wait.”');
		assert.equal(only(result, 'clear signal').speaker, 'Federal Office for the Environment');
	});

	test('a Korean given name in two parts is one name', () => {
		const result = analyse('“Outages like this are how the lessons get learned,” said Min-jun Park, an engineer at the firm.');
		assert.equal(only(result, 'lessons get learned').speaker, 'Min-jun Park');
	});
});

describe('titles written as abbreviations', () => {
	test('`the CM said` is the chief minister named before; `CM Name` is a title, not a body', () => {
		const result = analyse(
			'Chief Minister Nitin Rawal visited the relief camps on Monday.',
			'Relief material has reached 40 villages, officials said.',
			'“No one will be left without food or shelter,” the CM said.',
			'“Every district has been told to open camps,” CM Rawal added.',
		);
		assert.equal(only(result, 'without food').speaker, 'Nitin Rawal');
		assert.equal(only(result, 'Every district').speaker, 'Nitin Rawal');
	});
});
