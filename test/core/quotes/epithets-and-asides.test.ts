// Epithets (the 24-year-old, the minister) and asides between a name and its verb.
import { quoteTable } from './table.js';

quoteTable('asides between a name and its verb', [
	// a relative clause between the name and `said`, after the quote
	{ text: '“Rents have doubled since the pandemic and we cannot keep up,” Harriet Quayle, who has run the bakery on Mill Lane for thirty years, said.', quote: 'Rents have doubled', speaker: 'Harriet Quayle' },
	// an abbreviation’s full stop inside the role does not end it
	{ text: '“We were offered nothing we could take back to the members,” Marisol Vega Duarte, secretary of Dockers Local No. 14, told reporters by phone. “We stay out until there is a real offer.”', quote: 'offered nothing', speaker: 'Marisol Vega Duarte' },
	{ text: '“We were offered nothing we could take back to the members,” Marisol Vega Duarte, secretary of Dockers Local No. 14, told reporters by phone. “We stay out until there is a real offer.”', quote: 'real offer', speaker: 'Marisol Vega Duarte' },
	// `the state commissioner` after a name is a role, not a verb
	{ text: ['Ngozi Adebayo, the state commissioner for water resources, spoke at the briefing on Sunday.', 'The flooding has displaced more than 4,000 people.', '“Most of the drains were blocked by refuse long before the rain came,” the commissioner said.'], quote: 'drains were blocked', speaker: 'Ngozi Adebayo' },
]);

quoteTable('a person called by a description after being named', [
	// `the 31-year-old said`: the person just named
	{ text: ['Winger Teodor Lind scored twice in the second half.', '“I just tried to hit the target every time the ball came to me,” the 31-year-old said.'], quote: 'hit the target', speaker: 'Teodor Lind' },
	// `the Norwegian said`: a nationality for the person just named, not the country
	{ text: ['Town boss Halvard Eide, who took charge in the summer, was calmer about the defeat.', '“It was a fair result in the end, and we can build on the second half,” the Norwegian said after the game.'], quote: 'fair result', speaker: 'Halvard Eide' },
	// `the Wanderers manager`: the person the story is about, not the club or another club’s manager
	{ text: ['Priory Park manager Lena Brandt watched her side win at a canter.', 'Wanderers had started brightly and hit the bar twice before the break.', 'Declan Furey was furious with the decision to award the late penalty.', '“I have watched it back and I still cannot see what the defender is meant to do,” the Wanderers manager told reporters.'], quote: 'still cannot see', speaker: 'Declan Furey' },
	// `the Wanderers boss` is the person titled as that club’s manager
	{ text: ['Wanderers manager Declan Furey was furious after the game.', 'The home side have now won four in a row.', '“I have watched it back and I still cannot see what the defender is meant to do,” the Wanderers boss said.'], quote: 'still cannot see', speaker: 'Declan Furey' },
	// `the incumbent`, `the Democrat`, `the father-of-two`: the person just named
	{ text: ['Mayor Rosa Delgaro is seeking a third term. She faces a strong challenge this year.', '“I am not done yet, and this city is not done yet,” the incumbent told supporters.', 'State Senator Alma Quiros, a Democrat, voted against the bill.', '“This bill punishes working families,” the Democrat said.', 'Lorry driver Gavin Pell was stuck on the bridge for six hours.', '“Nobody came to tell us anything the whole night,” the father-of-two said.'], quote: 'not done yet', speaker: 'Rosa Delgaro' },
	{ text: ['Mayor Rosa Delgaro is seeking a third term. She faces a strong challenge this year.', '“I am not done yet, and this city is not done yet,” the incumbent told supporters.', 'State Senator Alma Quiros, a Democrat, voted against the bill.', '“This bill punishes working families,” the Democrat said.', 'Lorry driver Gavin Pell was stuck on the bridge for six hours.', '“Nobody came to tell us anything the whole night,” the father-of-two said.'], quote: 'punishes working', speaker: 'Alma Quiros' },
	{ text: ['Mayor Rosa Delgaro is seeking a third term. She faces a strong challenge this year.', '“I am not done yet, and this city is not done yet,” the incumbent told supporters.', 'State Senator Alma Quiros, a Democrat, voted against the bill.', '“This bill punishes working families,” the Democrat said.', 'Lorry driver Gavin Pell was stuck on the bridge for six hours.', '“Nobody came to tell us anything the whole night,” the father-of-two said.'], quote: 'Nobody came', speaker: 'Gavin Pell' },
	// `the woman said` is not the woman named before: it may well be someone unnamed
	{ text: ['Prosecutor Ruth Hale read the statement aloud.', 'In the statement, the woman said: “I have lost my savings and my home.”'], quote: 'lost my savings', speaker: null /* not 'Ruth Hale' */ },
	// `a ministry official said` stays unnamed: only `the` points back to someone
	{ text: ['Ravi Menon, the opposition leader, criticised the delay.', '“The money will be released next week,” a ministry official said.'], quote: 'released next week', speaker: null /* not 'Ravi Menon' */ },
]);

quoteTable('a pronoun after an unnamed spokesperson', [
	// `A spokesman for the body said … “…,” he said`: the body, not a man named earlier
	{ text: ['Union leader Anton Faber said his members would walk out on Monday.', 'A spokesman for the Ministry of Labour said the government would not step in. “Pay is a matter for the employers and the unions,” he said.'], quote: 'matter for the employers', speaker: 'Ministry of Labour' },
	// a named person of that gender before the spokeswoman’s sentence does not take her words
	{ text: ['Chair Olga Brandt said the board had done nothing wrong.', 'A spokeswoman for Harlow Water said the pipes would be replaced. “Work will start in the spring,” she said.'], quote: 'start in the spring', speaker: 'Harlow Water' },
]);

quoteTable('descriptions and documents named before the quote', [
	// `Local fisherman Name` is one person: `He told…` is his
	{ text: ['Local fisherman Yaw Boateng lost his boat in the storm.', 'He told reporters: “Everything I own was on that boat and now it is at the bottom of the bay.”'], quote: 'Everything I own', speaker: 'Yaw Boateng' },
	// `the statement said`: whoever put the statement out, a sentence or two before
	{ text: ['The Colworth Trust put out a statement on Friday night.', 'It came after two days of silence from the board.', '“We are deeply saddened by the loss of a colleague and a friend,” the statement said.'], quote: 'deeply saddened', speaker: 'Colworth Trust' },
	// `the FSB says` after the quote: the body, with `says` never a noun
	{ text: ['Minister Pavel Orlov praised the operation. “They did their duty,” he wrote.', 'The agency announced two arrests in the port city on Tuesday.', '“The suspects were planning an attack on the railway,” the FSB says.'], quote: 'planning an attack', speaker: 'FSB' },
	// `posted on X.` ends the sentence: the next one has its own subject
	{ text: ['Senator Ada Brill posted a video of the vote on X. Tom Reyes was unimpressed.', '“It is a stunt for the cameras and nothing more.”'], quote: 'stunt for the cameras', speaker: 'Tom Reyes' },
	// a lone capital closing a paragraph does not join the next paragraph’s first name
	{ text: ['Senator Ada Brill set out her objections on X.', 'IBC said: “We have to live within our means like everyone else.”'], quote: 'live within our means', speaker: 'IBC' },
	// a quote signed with a dash, a name and a role closing the article
	{ text: ['The club won again on Saturday.', '“We go again next week, and we go again after that.” — Jordan Pike, club captain'], quote: 'go again next week', speaker: 'Jordan Pike' },
]);

quoteTable('words that qualify a title', [
	// `the military said` does not point back to the person named before
	{ text: ['Ruth Okonjo visited the base on Monday.', 'Two soldiers were killed overnight.', '“The attack was repelled and the positions are held,” the military said.'], quote: 'attack was repelled', speaker: null /* not 'Ruth Okonjo' */ },
	// `the defence said` in court is not the defendant named before
	{ text: ['Colin Ardley, 45, denied the charges when he appeared on Friday.', 'The jury was sent home.', '“Our client denies every one of these charges,” the defence said.'], quote: 'denies every one', speaker: null /* not 'Colin Ardley' */ },
]);

quoteTable('someone new and unnamed', [
	// `Another MP, who asked not to be named, said … “…,” the MP said`: not the MP named before
	{ text: ['Corin Blake, the MP for Eastwold, said he would vote against the bill.', 'Another MP, who asked not to be named, said the whips had been ‘ringing round all weekend’ and that newer members had been warned. ‘It is the nineties all over again, fall into line or you are finished,’ the MP said.'], quote: 'ringing round', speaker: null },
	{ text: ['Corin Blake, the MP for Eastwold, said he would vote against the bill.', 'Another MP, who asked not to be named, said the whips had been ‘ringing round all weekend’ and that newer members had been warned. ‘It is the nineties all over again, fall into line or you are finished,’ the MP said.'], quote: 'nineties all over again', speaker: null },
	// `but others warned it risked “…”`: an unnamed group, not whoever spoke last
	{ text: ['“By April nobody should wait longer than a year and a half,” Health Secretary Nadia Frome said.', 'The plan was welcomed by some hospital leaders, but others warned it risked ‘managing the numbers rather than the patients’.'], quote: 'managing the numbers', speaker: null },
	// `Office for the Environment`: “for the” inside a body’s name
	{ text: 'The Federal Office for the Environment said it would use the data. It called the report “a clear signal that adaptation can no longer wait.”', quote: 'clear signal', speaker: 'Federal Office for the Environment' },
	// a Korean given name in two parts is one name
	{ text: '“Outages like this are how the lessons get learned,” said Min-jun Park, an engineer at the firm.', quote: 'lessons get learned', speaker: 'Min-jun Park' },
]);

quoteTable('titles written as abbreviations', [
	// `the CM said` is the chief minister named before; `CM Name` is a title, not a body
	{ text: ['Chief Minister Nitin Rawal visited the relief camps on Monday.', 'Relief material has reached 40 villages, officials said.', '“No one will be left without food or shelter,” the CM said.', '“Every district has been told to open camps,” CM Rawal added.'], quote: 'without food', speaker: 'Nitin Rawal' },
	{ text: ['Chief Minister Nitin Rawal visited the relief camps on Monday.', 'Relief material has reached 40 villages, officials said.', '“No one will be left without food or shelter,” the CM said.', '“Every district has been told to open camps,” CM Rawal added.'], quote: 'Every district', speaker: 'Nitin Rawal' },
]);
