// Reporting verbs and the names around them.
import { quoteTable } from './table.js';

quoteTable('reporting verbs news copy uses', [
	// `hit back:` before the quote names the one retorting, not the critic before
	{ text: ['The opposition’s Marta Lind criticised the scheme.', 'Transport minister Idris Vale hit back: “These trams will be built, whatever the opposition says about them.”'], quote: 'trams will be built', speaker: 'Idris Vale' },
	// `fired back` after the quote
	{ text: '“That is simply untrue and she knows it perfectly well,” Idris Vale fired back.', quote: 'simply untrue', speaker: 'Idris Vale' },
	// `confided` and `echoed the warning:`
	{ text: ['“I have not slept properly in weeks,” Tara Quinlan confided.', 'Council leader Ben Arkwold echoed the warning: “We cannot keep the libraries open on this budget.”'], quote: 'slept properly', speaker: 'Tara Quinlan' },
	{ text: ['“I have not slept properly in weeks,” Tara Quinlan confided.', 'Council leader Ben Arkwold echoed the warning: “We cannot keep the libraries open on this budget.”'], quote: 'libraries open', speaker: 'Ben Arkwold' },
	// two asides between the name and the verb: an age, then a home town
	{ text: '“The water was up to my knees by six in the morning,” Kate Lowden, 45, from Halifax, said.', quote: 'up to my knees', speaker: 'Kate Lowden' },
	// rarer verbs of formal and South Asian copy, with a doubled consonant
	{ text: ['Tom Hale opened the session.', '“The funds will reach every district by next month,” averred Nisha Rao.'], quote: 'reach every district', speaker: 'Nisha Rao', rule: 'after-quote' },
	{ text: ['Tom Hale opened the session.', '“None of those figures has been audited,” Nisha Rao rebutted.'], quote: 'been audited', speaker: 'Nisha Rao', rule: 'after-quote' },
	{ text: ['Tom Hale opened the session.', '“Let us begin again, from the start,” intoned Nisha Rao.'], quote: 'begin again', speaker: 'Nisha Rao', rule: 'after-quote' },
]);

quoteTable('names', [
	// `Mum-of-two` opening the sentence describes the person and is not part of her name
	{ text: "Mum-of-two Jade Colley, 31, said: 'I was shaking when I opened the letter from the council.'", quote: 'shaking', speaker: 'Jade Colley' },
	// two particles inside a name: `Anneke van der Berg`
	{ text: ['Commissioner Anneke van der Berg said: “Europe will not be divided on this question.”', '“We will not waver,” van der Berg added.'], quote: 'not be divided', speaker: 'Anneke van der Berg' },
	{ text: ['Commissioner Anneke van der Berg said: “Europe will not be divided on this question.”', '“We will not waver,” van der Berg added.'], quote: 'not waver', speaker: 'Anneke van der Berg' },
]);

quoteTable('a subject after the verb', [
	// `confirmed the government had “…”` is no inverted speaker: the name that said it is
	{ text: 'The opposition leader, Marta Quell, said the update confirmed the government had “no plan for the future at all.”', quote: 'no plan for the future', speaker: 'Marta Quell' },
	// a title whose words `of` joins, before the name
	{ text: '“Thank you all for coming out tonight,” said master of ceremonies Idris Kell, a retired teacher.', quote: 'coming out tonight', speaker: 'Idris Kell', rule: 'after-quote' },
	// a nationality before a lone surname
	{ text: '“We laugh so that we do not cry,” said Chilean Ortuzar, one of the stars of the show.', quote: 'so that we do not cry', speaker: 'Ortuzar', rule: 'after-quote' },
]);

quoteTable('a quote credited by the sentence after it', [
	// `“…” That’s according to Name, who …`
	{ text: '“We are seeing more calls every single winter.” That’s according to Fire Chief Dana Brucker, who has led the department since 2015.', quote: 'more calls', speaker: 'Dana Brucker' },
	// `“…”` alone, then `That is how Name, 44, describes …`
	{ text: ['“It felt like the end of the world.”', 'That is how Rosa Lindqvist, 44, describes the night the river burst its banks.'], quote: 'end of the world', speaker: 'Rosa Lindqvist' },
	// `Those were the words of Name`
	{ text: '“Nobody should have to choose between heating and eating.” Those were the words of Bishop Alan Greer at the service.', quote: 'heating and eating', speaker: 'Alan Greer' },
]);

quoteTable('the outlet that quotes', [
	// `The Post quoted him as saying`: the one quoted, found through the pronoun
	{ text: ['Striker Leon Barrow, 24, has left the club after six years.', '“I needed a fresh start somewhere new,” The Daily Post quoted him as saying.'], quote: 'fresh start', speaker: 'Leon Barrow' },
]);

quoteTable('someone defined by whose they are', [
	// `the family of Name said:` is the family, not the person they mourn
	{ text: 'In a statement, the family of Owen Lacey said: “Owen was a loving son and brother. We are heartbroken.”', quote: 'loving son', speaker: null /* not 'Owen Lacey' */ },
	// `the head of Body said:` is still the body
	{ text: 'The head of Ofwat said: “Bills will rise by a fifth over the next five years.”', quote: 'Bills will rise', speaker: 'Ofwat' },
]);

quoteTable('those who speak for a person', [
	// `Name’s office says in a statement:` speaks for the person
	{ text: ['Prime Minister Ada Velt met the families of the missing on Monday.', 'Velt’s office says in a statement: “The prime minister told the families she is committed to bringing everyone home.”'], quote: 'committed to bringing', speaker: 'Ada Velt' },
]);

quoteTable('a name before a title is whom the title serves: the speaker holds it', [
	{ text: ['Tom Hale spoke first.', '“These are the darkest days for people like me,” former Ana Lisle speechwriter Noam Vesey wrote in a column.'], quote: 'darkest days', speaker: 'Noam Vesey', rule: 'after-quote' },
	{ text: ['Tom Hale spoke first.', '“It is over for him,” said Lisle campaign manager Rob Tenney.'], quote: 'over for him', speaker: 'Rob Tenney', rule: 'after-quote' },
]);

quoteTable('a reporting clause after a comma, then a description of the speaker to the sentence’s end', [
	{ text: ['Ana Lisle spoke first.', '“Many would call that a defeat for the mayor” if she won by less, said Dev Rana, an elections analyst at the nonpartisan Harlow Report.'], quote: 'call that a defeat', speaker: 'Dev Rana', rule: 'sentence-tail' },
]);

quoteTable('a description with the name it goes by', [
	{ text: ['Ana Lisle spoke first.', '“There was never any such order,” said the station chief known as Bob, speaking publicly for the first time.'], quote: 'never any such order', speaker: 'Bob', rule: 'after-quote' },
	{ text: ['Ana Lisle spoke first.', '“We had nothing left to eat,” said a woman identified only as Maria.'], quote: 'nothing left to eat', speaker: 'Maria', rule: 'after-quote' },
]);

quoteTable('a document filed by someone titled', [
	{ text: ['Ana Lisle spoke first.', '“The evidence cannot prove every element of the offence,” according to a court document filed by state attorney Dev Rana.'], quote: 'cannot prove every element', speaker: 'Dev Rana', rule: 'after-quote-according-to' },
]);
