// Speakers in context: appositives, first names in features, following a speaker through the story.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, only } from './helpers.js';
import { quoteTable } from './table.js';

quoteTable('the sentence’s subject and its appositive', [
	// `the union’s organiser, Name, said` after a quote: the named person, not another holder of the role
	{ text: ['Chief Operating Officer Ravi Sandhu said the firm would close six depots.', '“We will not accept compulsory redundancies at any of these depots,” the union’s regional officer, Clare Mottram, said. “We want a meeting with management this week.”'], quote: 'compulsory redundancies', speaker: 'Clare Mottram' },
	{ text: ['Chief Operating Officer Ravi Sandhu said the firm would close six depots.', '“We will not accept compulsory redundancies at any of these depots,” the union’s regional officer, Clare Mottram, said. “We want a meeting with management this week.”'], quote: 'meeting with management', speaker: 'Clare Mottram' },
	// a relative named by role, with an age between commas, then a quote with no cue
	{ text: ['Mr Rusk ran the village post office for forty years.', '“He would play cards with anyone who sat still for long enough,” his younger brother, Anton Rusk, 71, recalled. “He always lost, and he never minded.”'], quote: 'play cards', speaker: 'Anton Rusk' },
	{ text: ['Mr Rusk ran the village post office for forty years.', '“He would play cards with anyone who sat still for long enough,” his younger brother, Anton Rusk, 71, recalled. “He always lost, and he never minded.”'], quote: 'always lost', speaker: 'Anton Rusk' },
	// an adverb in -ly between the subject and the speech verb
	{ text: ['Treasurer Gina Yates is accused of taking money from the club.', 'Emails showed that Ms Yates allegedly told the secretary to log the payment as “urgent repairs to the clubhouse roof”.'], quote: 'urgent repairs', speaker: 'Gina Yates' },
	// `the family said` is not a name with an adverb
	{ text: 'Corinne Walsh died on Tuesday. In a statement, the family said: “She filled every room she walked into with music and noise.”', quote: 'filled every room', speaker: null /* not 'Corinne Walsh' */ },
]);

quoteTable('first names in features and interviews', [
	// `my neighbour, Priya, used to say`: a first name set off by commas, and a habit
	{ text: ['Where did you grow up?', 'On a terrace by the canal. My neighbour, Priya, used to say, “Keep the back gate shut or the foxes will have the bins.”'], quote: 'back gate shut', speaker: 'Priya' },
	// `went on to say`
	{ text: 'Coach Dale Furlong praised the defence. Furlong went on to say: “We have not played that well away from home all season.”', quote: 'played that well', speaker: 'Dale Furlong' },
	// a note that said: whoever sent it
	{ text: ['Tilda Moss grew up in Hull.', 'Twice. The second time I binned the whole draft. My cousin, Aoife, had a printout I’d posted to her, which is the only reason it survived. She mailed it back to me with a note that said, “Finish it or I will finish it for you.”'], quote: 'Finish it or I will', speaker: 'Aoife' },
	// a contraction opening a sentence is not a name
	{ text: 'I’d known Aoife for years. I’ll never forget what she said: “Nobody reads the second chapter, so make the first one count.”', quote: 'Nobody reads', speaker: 'Aoife' },
	// `my sister Kit texted:` a message is speech too
	{ text: 'Last week my sister Kit texted: “Are you putting me in the book again? Make me the tall one.”', quote: 'putting me in the book', speaker: 'Kit' },
	// `said one resident, Maureen, 72` and a word for people opening a sentence
	{ text: 'Neighbours described the couple as quiet. “They kept themselves to themselves and never caused any trouble,” said one resident, Maureen, 72.', quote: 'kept themselves', speaker: 'Maureen' },
	// a card that said: whoever sent it
	{ text: 'Every year Auntie Bea sent me a birthday card that said, “Do not spend this on sweets, and write back soon.”', quote: 'write back soon', speaker: 'Auntie Bea' },
]);

quoteTable('clauses that name someone other than the speaker', [
	// `met Name, who said`: the person the relative clause describes
	{ text: ['Chief executive Mark Reid met union officials on Monday.', 'Reid later met Karen Doolan, who said afterwards: “We were promised consultation and got a press release instead.”', 'He is survived by his daughter, Loretta Haines, who said: “He was listening to the cricket on the radio when he went.”'], quote: 'promised consultation', speaker: 'Karen Doolan' },
	{ text: ['Chief executive Mark Reid met union officials on Monday.', 'Reid later met Karen Doolan, who said afterwards: “We were promised consultation and got a press release instead.”', 'He is survived by his daughter, Loretta Haines, who said: “He was listening to the cricket on the radio when he went.”'], quote: 'listening to the cricket', speaker: 'Loretta Haines' },
	// `X quoted Y as saying`: the one quoted, before the quote or in the sentence before it
	{ text: ['Interfax quoted Colonel Ivan Petrenko as saying the bridge had been repaired. “Traffic will move again by the weekend, as long as the weather holds.”', 'The agency quoted the Dunmore Health Ministry as saying that “every hospital in the region is now running on generators tonight”.'], quote: 'Traffic will move', speaker: 'Ivan Petrenko' },
	{ text: ['Interfax quoted Colonel Ivan Petrenko as saying the bridge had been repaired. “Traffic will move again by the weekend, as long as the weather holds.”', 'The agency quoted the Dunmore Health Ministry as saying that “every hospital in the region is now running on generators tonight”.'], quote: 'running on generators', speaker: 'Dunmore Health Ministry' },
	// a new sentence `X said:` after a finished quote introduces the next quote
	{ text: ['The Rowan Trust said it had been told by the Home Office to close the shelter.', 'The trust’s director, Amina Yusuf, said: “We have nowhere to send these families tonight.” A Home Office spokesperson said: “We do not comment on individual cases.”'], quote: 'nowhere to send', speaker: 'Amina Yusuf' },
	{ text: ['The Rowan Trust said it had been told by the Home Office to close the shelter.', 'The trust’s director, Amina Yusuf, said: “We have nowhere to send these families tonight.” A Home Office spokesperson said: “We do not comment on individual cases.”'], quote: 'individual cases', speaker: 'Home Office' },
	// a person named only as an object does not take over the running speaker
	{ text: ['“We were promised consultation and got a press release instead,” union officer Karen Doolan said.', 'The union will meet chief executive Mark Reid next week to discuss the closures.', '“Staff deserve answers, and they deserve them before Christmas, not after.”'], quote: 'Staff deserve answers', speaker: 'Karen Doolan' },
	// a person who opens a sentence still takes over
	{ text: ['“We were promised consultation and got a press release instead,” union officer Karen Doolan said.', 'Chief executive Mark Reid defended the closures at a meeting with investors.', 'Later that week the union wrote to shareholders.', '“Every one of these depots made money last year, and the board knows it.”'], quote: 'Every one of these depots', speaker: null /* not 'Karen Doolan' */ },
	// `said her husband, Tom.`: a first name closing the sentence
	{ text: ['Wren Castle taught at the village school for thirty years.', '“She would have hated all this fuss,” said her husband, Tom.'], quote: 'hated all this fuss', speaker: 'Tom' },
	// `as X put it` and `in the words of X`
	{ text: ['As Gran used to put it, “You only get one go at this, so do it properly.”', 'In the words of Ben Osei, the club’s longest-serving steward, “stay in your lane and nobody gets hurt on match day”.'], quote: 'one go at this', speaker: 'Gran' },
	{ text: ['As Gran used to put it, “You only get one go at this, so do it properly.”', 'In the words of Ben Osei, the club’s longest-serving steward, “stay in your lane and nobody gets hurt on match day”.'], quote: 'stay in your lane', speaker: 'Ben Osei' },
	// a quote with no cue after a sentence that introduces a person as its subject
	{ text: ['Dev Mistry, 29, a delivery driver, was on the second floor when the alarm went off. “I am never going back into that building again.”', 'My aunt, Rosa, would ring every Sunday. “Where were you all summer? I have been calling the house for weeks.”'], quote: 'never going back', speaker: 'Dev Mistry' },
	{ text: ['Dev Mistry, 29, a delivery driver, was on the second floor when the alarm went off. “I am never going back into that building again.”', 'My aunt, Rosa, would ring every Sunday. “Where were you all summer? I have been calling the house for weeks.”'], quote: 'Where were you all summer', speaker: 'Rosa' },
]);

quoteTable('following a speaker through the story', [
	// past an aside with no person in it, the reporting verb before
	{ text: 'Ruth Oyelowo, chief economist at Brampton Bank, said inflation would stay high. The central bank meets next week. “Prices are only going one way for the rest of this year.”', quote: 'only going one way', speaker: 'Ruth Oyelowo' },
	// `Mr. Calloway` is the subject of the story, not the relative who shares his surname
	{ text: ['Amos Calloway, a fiddler, died on Sunday. He was 91.', 'His son, Peter Calloway, said his father had been ill for some time. “He never once complained, not even at the end,” Peter Calloway said.', 'Asked in 2009 what he wanted from his music, Mr. Calloway told an interviewer: “Joy, mostly. There is enough sadness around.”'], quote: 'never once complained', speaker: 'Peter Calloway' },
	{ text: ['Amos Calloway, a fiddler, died on Sunday. He was 91.', 'His son, Peter Calloway, said his father had been ill for some time. “He never once complained, not even at the end,” Peter Calloway said.', 'Asked in 2009 what he wanted from his music, Mr. Calloway told an interviewer: “Joy, mostly. There is enough sadness around.”'], quote: 'Joy, mostly', speaker: 'Amos Calloway' },
	// a title’s gender picks between people who share a surname
	{ text: ['Martin Ashdown and his wife, Helen Ashdown, have run the farm since 1990.', 'Martin Ashdown said the flood was the worst he had seen. Mrs Ashdown said: “We lost every lamb born this spring, all of them.”'], quote: 'every lamb', speaker: 'Helen Ashdown' },
	// a name inside an aside between the subject and its verb is not the speaker
	{ text: 'Chief executive Mark Rennie, responding to Karen Doolan, said: “We have listened to staff at every stage of this process.”', quote: 'listened to staff', speaker: 'Mark Rennie' },
	// letters after a name are not part of it: `Aisha Khan KC`, `Tom Baird MP`
	{ text: ['Prosecutor Aisha Khan KC told the jury the defendant had “treated the pension fund as his own piggy bank”.', '“He knew exactly what he was doing,” Ms Khan said.', 'Tom Baird MP said: “I cannot vote for this budget in its current form.”'], quote: 'piggy bank', speaker: 'Aisha Khan' },
	{ text: ['Prosecutor Aisha Khan KC told the jury the defendant had “treated the pension fund as his own piggy bank”.', '“He knew exactly what he was doing,” Ms Khan said.', 'Tom Baird MP said: “I cannot vote for this budget in its current form.”'], quote: 'knew exactly', speaker: 'Aisha Khan' },
	{ text: ['Prosecutor Aisha Khan KC told the jury the defendant had “treated the pension fund as his own piggy bank”.', '“He knew exactly what he was doing,” Ms Khan said.', 'Tom Baird MP said: “I cannot vote for this budget in its current form.”'], quote: 'cannot vote', speaker: 'Tom Baird' },
	// after `“…,” Loons coach Dana Kowalski said.` the next quote is still hers, not the team’s
	{ text: ['Eli Marsh scored both goals for the Lakeview Loons, who have lost three in a row.', '“We gave them too many easy looks,” Loons coach Dana Kowalski said. “You can’t do that against a team like that.”'], quote: 'against a team like that', speaker: 'Dana Kowalski' },
	// a sentence opening with `But` still has its subject: the pronoun after it goes there
	{ text: ['The housing secretary, Liz Carver, said the reforms were fair. “We cannot keep spending more while people wait,” she said.', 'But Rhiannon Mabbutt, the Labour MP for Eastford Central, said the plans would push families into debt. “I came into politics to lift people out of poverty, not to push them into it,” she told the Guardian.'], quote: 'lift people out of poverty', speaker: 'Rhiannon Mabbutt' },
	// a title picks the namesake whose gender the article has shown, even with an unlisted given name
	{ text: ['Desmond Quinlan, who ran the hardware shop on Bridge Street for half a century, died on Thursday. He was 93.', 'His daughter, Morwenna Quinlan, confirmed the death. Mr. Quinlan was born in 1932.', '“He taught half the town how to use a drill,” Ms. Quinlan said.'], quote: 'half the town', speaker: 'Morwenna Quinlan' },
	// `Local resident Jan Morris, 66, …`: the adjective opening the sentence is no name, the month is a given name
	{ text: ['The Environment Agency said it was reviewing the permit.', 'Local resident Jan Morris, 66, has swum in the river for decades. “I won’t go in now. You can smell it from the bridge.”'], quote: 'smell it from the bridge', speaker: 'Jan Morris' },
]);

describe('what else the analysis says about these speakers', () => {
	test('a contraction opening a sentence is not a name', () => {
		const result = analyse('I’d known Aoife for years. I’ll never forget what she said: “Nobody reads the second chapter, so make the first one count.”');
		assert.ok(!result.speakers.some((speaker) => /’/.test(speaker.name)));
	});

	test('`said one resident, Maureen, 72` and a word for people opening a sentence', () => {
		const result = analyse('Neighbours described the couple as quiet. “They kept themselves to themselves and never caused any trouble,” said one resident, Maureen, 72.');
		assert.ok(!result.speakers.some((speaker) => speaker.name === 'Neighbours'));
	});

	test('`Campaigners say`: a word for people opening a sentence is an unnamed speaker, not a name', () => {
		const result = analyse('Campaigners say the canal is now “dead from end to end”.');
		const quote = only(result, 'dead from end');
		assert.equal(quote.kind, 'partial');
		assert.equal(quote.speaker, null);
	});
});
