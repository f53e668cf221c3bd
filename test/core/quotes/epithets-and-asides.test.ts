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
