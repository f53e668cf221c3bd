import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, only } from './helpers.js';

describe('reporting verbs news copy uses', () => {
	test('`hit back:` before the quote names the one retorting, not the critic before', () => {
		const result = analyse('The opposition’s Marta Lind criticised the scheme.', 'Transport minister Idris Vale hit back: “These trams will be built, whatever the opposition says about them.”');
		assert.equal(only(result, 'trams will be built').speaker, 'Idris Vale');
	});

	test('`fired back` after the quote', () => {
		const result = analyse('“That is simply untrue and she knows it perfectly well,” Idris Vale fired back.');
		assert.equal(only(result, 'simply untrue').speaker, 'Idris Vale');
	});

	test('`confided` and `echoed the warning:`', () => {
		const result = analyse(
			'“I have not slept properly in weeks,” Tara Quinlan confided.',
			'Council leader Ben Arkwold echoed the warning: “We cannot keep the libraries open on this budget.”',
		);
		assert.equal(only(result, 'slept properly').speaker, 'Tara Quinlan');
		assert.equal(only(result, 'libraries open').speaker, 'Ben Arkwold');
	});

	test('two asides between the name and the verb: an age, then a home town', () => {
		const result = analyse('“The water was up to my knees by six in the morning,” Kate Lowden, 45, from Halifax, said.');
		assert.equal(only(result, 'up to my knees').speaker, 'Kate Lowden');
	});
});

describe('names', () => {
	test('`Mum-of-two` opening the sentence describes the person and is not part of her name', () => {
		const result = analyse("Mum-of-two Jade Colley, 31, said: 'I was shaking when I opened the letter from the council.'");
		assert.equal(only(result, 'shaking').speaker, 'Jade Colley');
	});

	test('two particles inside a name: `Anneke van der Berg`', () => {
		const result = analyse('Commissioner Anneke van der Berg said: “Europe will not be divided on this question.”', '“We will not waver,” van der Berg added.');
		assert.equal(only(result, 'not be divided').speaker, 'Anneke van der Berg');
		assert.equal(only(result, 'not waver').speaker, 'Anneke van der Berg');
	});
});

describe('a subject after the verb', () => {
	test('`confirmed the government had “…”` is no inverted speaker: the name that said it is', () => {
		const result = analyse('The opposition leader, Marta Quell, said the update confirmed the government had “no plan for the future at all.”');
		assert.equal(only(result, 'no plan for the future').speaker, 'Marta Quell');
	});
});

describe('a quote credited by the sentence after it', () => {
	test('`“…” That’s according to Name, who …`', () => {
		const result = analyse('“We are seeing more calls every single winter.” That’s according to Fire Chief Dana Brucker, who has led the department since 2015.');
		assert.equal(only(result, 'more calls').speaker, 'Dana Brucker');
	});

	test('`“…”` alone, then `That is how Name, 44, describes …`', () => {
		const result = analyse('“It felt like the end of the world.”', 'That is how Rosa Lindqvist, 44, describes the night the river burst its banks.');
		assert.equal(only(result, 'end of the world').speaker, 'Rosa Lindqvist');
	});

	test('`Those were the words of Name`', () => {
		const result = analyse('“Nobody should have to choose between heating and eating.” Those were the words of Bishop Alan Greer at the service.');
		assert.equal(only(result, 'heating and eating').speaker, 'Alan Greer');
	});
});

describe('the outlet that quotes', () => {
	test('`The Post quoted him as saying`: the one quoted, found through the pronoun', () => {
		const result = analyse('Striker Leon Barrow, 24, has left the club after six years.', '“I needed a fresh start somewhere new,” The Daily Post quoted him as saying.');
		assert.equal(only(result, 'fresh start').speaker, 'Leon Barrow');
	});
});

describe('someone defined by whose they are', () => {
	test('`the family of Name said:` is the family, not the person they mourn', () => {
		const result = analyse('In a statement, the family of Owen Lacey said: “Owen was a loving son and brother. We are heartbroken.”');
		assert.notEqual(only(result, 'loving son').speaker, 'Owen Lacey');
	});

	test('`the head of Body said:` is still the body', () => {
		const result = analyse('The head of Ofwat said: “Bills will rise by a fifth over the next five years.”');
		assert.equal(only(result, 'Bills will rise').speaker, 'Ofwat');
	});
});

describe('those who speak for a person', () => {
	test('`Name’s office says in a statement:` speaks for the person', () => {
		const result = analyse(
			'Prime Minister Ada Velt met the families of the missing on Monday.',
			'Velt’s office says in a statement: “The prime minister told the families she is committed to bringing everyone home.”',
		);
		assert.equal(only(result, 'committed to bringing').speaker, 'Ada Velt');
	});
});
