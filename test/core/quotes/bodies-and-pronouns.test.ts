// Bodies told apart from people; who a pronoun or clause stands for.
import { quoteTable } from './table.js';

quoteTable('bodies told apart from people', [
	// `the Dunmore boss`: a one-word name used as a modifier after `the` is a club, so `he` is the manager
	{ text: ['Dunmore 0-2 Kettlewell', 'Dunmore had the better of the first half, and Sam Rudd’s header hit the bar for Pete Galloway’s side.', '“We were the better side for an hour and we have nothing to show for it,” Galloway told reporters.', 'The Dunmore boss was scathing about his forwards. “We had chances. We did not take one of them,” he said.'], quote: 'did not take one', speaker: 'Pete Galloway' },
	// `the former Chile international`: a player, not a body called International
	{ text: ['Harlow Athletic manager Rosa Iturra said her side had been patient.', 'Amnesty International criticised the club’s owners last week.', '“At half-time I told them the goals would come if we kept the ball,” the former Chile international said.'], quote: 'goals would come', speaker: 'Rosa Iturra' },
	// `the ministry` is not a body whose name ends in another kind of institution
	{ text: ['Federation president Ivo Marek rejected the offer. “Five years is nothing,” Marek said.', 'The transport ministry urged both sides to return to talks. In a statement, it said: “The government will not allow the port to be paralysed.”'], quote: 'not allow the port', speaker: null /* not 'Federation' */ },
	// `a spokesperson for Kessel Line`: the line is a body, and `the spokesperson` speaks for it
	{ text: ['A spokesperson for Kessel Line, one of the largest operators at the port, said two ships had been rerouted.', '“We are monitoring the situation closely and will keep customers informed,” the spokesperson said.'], quote: 'monitoring the situation', speaker: 'Kessel Line' },
	// `the Quayside Lane`: a name after `the` is no one’s
	{ text: 'The Quayside Lane was packed for the concert on Friday. “I have waited six years to see them play here.”', quote: 'waited six years', speaker: null /* not 'Quayside Lane' */ },
]);

quoteTable('who the pronoun and the clause stand for', [
	// a he goes to the nearer subject of unknown gender, not a man named only in a possessive further back
	{ text: ['Rain fell all afternoon, and Tom Ashby’s late goal looked to have won it for the visitors.', '“We gave away three goals you would be embarrassed to concede in a park,” Marlow Quint told the radio station.', 'The weather made it worse. The pitch was heavy.', '“We talked all week about their runs in behind,” he said.'], quote: 'runs in behind', speaker: 'Marlow Quint' },
	// `Name, 71, who …, said:` before the quote
	{ text: 'Edna Pask, 71, who has lived in the village for 50 years, said: “They say it is affordable. Affordable for who?”', quote: 'Affordable for who', speaker: 'Edna Pask' },
]);

quoteTable('outlets, given names and names joined by “and”', [
	// `told The Post:` the outlet after `told` is the listener, never the speaker
	{ text: ['Singer Mia Lorne has split from her partner.', 'A friend of the couple told The Daily Post: “She is devastated. She had no idea this was coming at all.”'], quote: 'no idea this was coming', speaker: null /* not 'Daily Post' */ },
	// a lone given name is the one person in the story with it, and `a spokesperson for Name` speaks for them
	{ text: ['Reality star Tia Marsh had been planning a wedding with footballer Reece Dorran, 31.', 'Tia, who found fame on a dating show, posted a video on Tuesday night.', 'A spokesperson for Reece said: “He wishes her nothing but the best and asks for privacy.”'], quote: 'nothing but the best', speaker: 'Reece Dorran' },
	// `the Tenants and Renters Forum says`: a body whose name has “and” in it
	{ text: 'The Tenants and Renters Forum says in a statement that members will keep protesting “until every repair is done.”', quote: 'until every repair', speaker: 'Tenants and Renters Forum' },
]);

quoteTable('words capitalised only because they come first', [
	// the headline’s first word is nobody: a he with no one named stays unattributed
	{ text: '“We will respond to any attack with force,” he said, according to the state news agency.', quote: 'respond to any attack', speaker: null },
	// a her after `said Name’s deputy, Other Name` is the deputy, whatever the first names say
	{ text: ['Headteacher Joanne Pryor and her deputy, Alison Kemp, spoke to parents.', '“No, we cannot keep the school open without help,” said Pryor’s deputy, Alison Kemp.', 'According to her, “the council has not even visited the building this year.”'], quote: 'not even visited', speaker: 'Alison Kemp' },
]);

quoteTable('a role as the subject a pronoun points back to', [
	// `The Dunmore boss was scathing. “…,” he said`: the manager, not a man named as subject further back
	{ text: ['But Kofi Antwi equalised three minutes after half-time and added two more late on.', '“We gave away three goals you would be embarrassed to concede in a park,” Marlow Quint told the radio station.', 'The Dunmore boss was scathing about the defending. “We talked all week about his runs in behind,” he said.'], quote: 'runs in behind', speaker: 'Marlow Quint' },
]);
