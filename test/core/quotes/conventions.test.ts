import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../source/core/article/article.js';
import { analyseQuotes, type Quote, type QuoteAnalysis } from '../../../source/core/quotes/index.js';

const HEADLINE = 'Talks stall as ministers trade blame over the harbour plan';

function analyse(...paragraphs: string[]): QuoteAnalysis & { text: string } {
	const article = parseArticle(`${HEADLINE}\n\n${paragraphs.join('\n\n')}\n`);
	const analysis = analyseQuotes(article);
	for (const quote of analysis.quotes) assert.equal(article.text.slice(quote.start, quote.end), quote.text);
	return { ...analysis, text: article.text };
}

function only(analysis: QuoteAnalysis, fragment: string): Quote {
	const found = analysis.quotes.filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote containing ${JSON.stringify(fragment)}; got ${JSON.stringify(analysis.quotes.map((quote) => quote.text))}`);
	return found[0]!;
}

const speech = (analysis: QuoteAnalysis) => analysis.quotes.filter((quote) => quote.kind === 'direct' || quote.kind === 'partial');

describe('quote marks', () => {
	test('curly, straight and mixed double marks', () => {
		const result = analyse(
			'“We will not sign this agreement,” said Maria Lopez, the port director.',
			'"The numbers do not add up for anyone," Lopez said.',
			'"It is a bad deal for the workers of this city,” she added.',
		);
		assert.deepEqual(
			speech(result).map((quote) => [quote.text, quote.speaker]),
			[
				['We will not sign this agreement,', 'Maria Lopez'],
				['The numbers do not add up for anyone,', 'Maria Lopez'],
				['It is a bad deal for the workers of this city,', 'Maria Lopez'],
			],
		);
	});

	test('single marks are told apart from apostrophes', () => {
		const result = analyse(
			"‘The workers’ rights are not negotiable, and it’s time the company’s board said so,’ said union leader Tom Harris.",
			"'We won't accept the '90s pay scales again,' Harris told reporters.",
		);
		assert.deepEqual(
			speech(result).map((quote) => quote.text),
			["The workers’ rights are not negotiable, and it’s time the company’s board said so,", "We won't accept the '90s pay scales again,"],
		);
		assert.ok(speech(result).every((quote) => quote.speaker === 'Tom Harris'));
	});

	test('guillemets and low-high German marks', () => {
		const result = analyse(
			'«Nous ne céderons pas sur les retraites», a déclaré Pierre Morel. Morel said: «The strike will go on until the government listens.»',
			'Finance Minister Anna Becker said: „The debt brake was written for a different world.“',
		);
		assert.equal(only(result, 'The strike will go on').speaker, 'Pierre Morel');
		assert.equal(only(result, 'The debt brake').speaker, 'Anna Becker');
		assert.equal(only(result, 'The debt brake').text, 'The debt brake was written for a different world.');
	});

	test('a nested quote stays inside its outer quote', () => {
		const result = analyse('“He looked at me and said ‘never again’ before he walked out of the room,” said Clara Mendes, a witness.');
		const outer = only(result, 'He looked at me');
		assert.equal(outer.text, 'He looked at me and said ‘never again’ before he walked out of the room,');
		assert.equal(outer.speaker, 'Clara Mendes');
		const inner = result.quotes.find((quote) => quote.text === 'never again');
		assert.ok(inner && inner.kind === 'scare' && inner.speaker === null);
	});

	test('a quote over several paragraphs opens on each and closes at the end', () => {
		const result = analyse(
			'Mayor Gregory Tillman said: “I have served this city for nineteen years and I am proud of what we built.',
			'“But the people deserve a mayor whose attention is not divided.',
			'“So today I am stepping down.”',
			'The council will meet on Monday.',
		);
		const quotes = speech(result);
		assert.equal(quotes.length, 1);
		assert.match(quotes[0]!.text, /^I have served this city[\s\S]*So today I am stepping down\.$/);
		assert.equal(quotes[0]!.speaker, 'Gregory Tillman');
	});

	test('an unclosed fragment at a paragraph end closes there when the next paragraph is a new quote', () => {
		const result = analyse(
			'Sergey Lavrov said the presence of the troops would create “facts on the ground.',
			'“We will view it as a hostile act,” Lavrov said.',
		);
		const fragment = only(result, 'facts on the ground');
		assert.equal(fragment.text, 'facts on the ground.');
		assert.equal(fragment.kind, 'partial');
		assert.equal(fragment.speaker, 'Sergey Lavrov');
		assert.equal(only(result, 'hostile act').speaker, 'Sergey Lavrov');
	});

	test('a mark left open before a new attributed quote is not a continuation', () => {
		const result = analyse(
			'Sergey Lavrov said: “We see no room for compromise on this question.',
			'“This discussion is being conducted with an openly hostile purpose,” Lavrov added.',
		);
		assert.equal(only(result, 'no room').text, 'We see no room for compromise on this question.');
		assert.equal(only(result, 'hostile purpose').speaker, 'Sergey Lavrov');
	});

	test('a quote in the headline', () => {
		const article = parseArticle('‘No room for compromise,’ says Lavrov as talks stall\n\nRussian Foreign Minister Sergey Lavrov said on Thursday that the talks had stalled.\n');
		const { quotes } = analyseQuotes(article);
		assert.equal(quotes[0]?.text, 'No room for compromise,');
		assert.equal(quotes[0]?.speaker, 'Sergey Lavrov');
	});
});

describe('speakers', () => {
	test('`said Name, title` and a title folded into the name', () => {
		const result = analyse(
			'Kremlin spokesman Dmitry Peskov declined to comment on the reports.',
			'“There is nothing to discuss until the troops leave,” said Peskov, the Kremlin spokesman.',
		);
		assert.equal(only(result, 'nothing to discuss').speaker, 'Dmitry Peskov');
		const [peskov] = result.speakers;
		assert.equal(peskov!.name, 'Dmitry Peskov');
		assert.deepEqual(peskov!.aliases, ['Peskov']);
		assert.equal(peskov!.role, 'Kremlin spokesman');
	});

	test('`Name said: “…”` and `Name said that “…”`', () => {
		const result = analyse(
			'Health Secretary Laura Grant said: “Waiting lists are falling for the first time in years.”',
			'Opposition leader Ben Carter said that “the figures hide thousands of cancelled operations.”',
		);
		assert.equal(only(result, 'Waiting lists').speaker, 'Laura Grant');
		assert.equal(only(result, 'Waiting lists').kind, 'direct');
		assert.equal(only(result, 'the figures hide').speaker, 'Ben Carter');
		assert.equal(only(result, 'the figures hide').kind, 'partial');
	});

	test('an organisation speaking in a statement', () => {
		const result = analyse(
			'Russia’s Ministry of Foreign Affairs summoned the ambassador on Monday.',
			'“Such actions will not go unanswered by the Russian side,” the ministry said in a statement.',
		);
		assert.equal(only(result, 'will not go unanswered').speaker, 'Russia’s Ministry of Foreign Affairs');
		assert.equal(result.speakers[0]?.kind, 'organisation');
	});

	test('a follow-on quote with no cue keeps the speaker', () => {
		const result = analyse(
			'“We see no room for compromise,” Lavrov said. “They are not hiding what they need it for.”',
			'“This discussion is being conducted with an openly hostile purpose.”',
			'Russian Foreign Minister Sergey Lavrov spoke after talks in Moscow.',
		);
		for (const fragment of ['no room', 'not hiding', 'openly hostile']) assert.equal(only(result, fragment).speaker, 'Sergey Lavrov');
	});

	test('a headline quote with no cue takes the speaker of the same words in the body', () => {
		const article = parseArticle(
			'‘We were never told’: tenants say council hid cladding warnings\n\n‘We were never told anything about the cladding, not once,’ said Shirin Begum, who chairs the residents’ association.\n',
		);
		const { quotes } = analyseQuotes(article);
		assert.equal(quotes[0]?.text, 'We were never told');
		assert.equal(quotes[0]?.kind, 'direct');
		assert.equal(quotes[0]?.speaker, 'Shirin Begum');
	});

	test('asides, possessives and pronoun objects around the speaker', () => {
		const result = analyse(
			'Headteacher Margaret Ellis and her deputy, Karen Holt, spoke to parents.',
			'“We have done everything we were asked to do and more,” Ellis, 54, said.',
			'“No, we cannot keep the school open without help,” said Ellis’s deputy, Karen Holt.',
			'According to her, “the council has not even visited the building this year.”',
			'In his words, “there is nothing left to cut from this budget at all.”',
		);
		assert.equal(only(result, 'done everything').speaker, 'Margaret Ellis');
		assert.equal(only(result, 'keep the school open').speaker, 'Karen Holt');
		assert.equal(only(result, 'not even visited').speaker, 'Karen Holt');
		assert.equal(result.speakers.find((speaker) => speaker.name === 'Margaret Ellis')?.role, 'Headteacher');
	});

	test('a name inside a quote is not its speaker', () => {
		const result = analyse('“President Emmanuel Macron said Russia is a threat, so troops should be sent,” Foreign Minister Sergey Lavrov said.');
		assert.equal(only(result, 'Macron').speaker, 'Sergey Lavrov');
		assert.deepEqual(result.speakers.map((speaker) => speaker.name), ['Sergey Lavrov']);
	});
});

describe('kinds', () => {
	test('scare quotes are short labels nobody is said to have spoken', () => {
		const result = analyse('The two leaders want to create a “coalition of the willing” to guarantee any peace deal, officials said.');
		const scare = only(result, 'coalition');
		assert.equal(scare.kind, 'scare');
		assert.equal(scare.speaker, null);
	});

	test('titles of works and Title Case slogans', () => {
		const result = analyse(
			'He first read the book “The Art of the Deal” as a student.',
			'Supporters chanted “Make Britain Work Again” outside the hall.',
		);
		assert.equal(only(result, 'Art of the Deal').kind, 'title');
		assert.equal(only(result, 'Make Britain Work Again').kind, 'title');
	});

	test('a short fragment a named person said is a partial quote', () => {
		const result = analyse('Chancellor Rachel Hale told MPs the budget contained “not a penny more” in income tax.');
		const fragment = only(result, 'not a penny more');
		assert.equal(fragment.kind, 'partial');
		assert.equal(fragment.speaker, 'Rachel Hale');
	});
});
