/**
 * Given names whose gender is clear in most news copy, used only when the article itself gives no sign
 * (no Mr/Ms, no pronoun after the name). Names common to both genders are left out on purpose.
 */
const FEMALE = `
	abigail ada adele adriana agnes aisha alejandra alexandra alice alicia alina alison amanda amelia amy
	ana anastasia andrea angela angelina anita ann anna annalena anne annette antonia ariana ashley aung
	barbara beata beatrice bella betty beverly brenda bridget brigitte camila candace carla carmen carol
	caroline carolyn catherine cecilia charlotte chelsea cheryl chloe christina christine chrystia claire
	clara claudia colette cristina cynthia daniela daria deborah debra denise diana diane dilma dolores
	donna doris dorothy edith eileen ekaterina elena eleanor elisabeth elise eliza elizabeth ella ellen
	elzbieta emilia emily emma erika esther eva evelyn fatima fiona florence frances francesca gabriela
	galina gina giorgia gloria grace greta gretchen gwen hanna hannah harriet heather heidi helen helena
	hillary hina ilhan ingrid irina iryna isabel isabella isabelle ivanka jacinda jacqueline jana jane janet
	janice jasmine jean jeanne jennifer jessica jill joan joanna jocelyn josephine joyce judith judy julia
	julie juliet justine karen karin karine kamala kaja karolina katarzyna kate katherine kathleen kathryn
	kathy katie katrin kayleigh kelly kemi keira kira kristi kristin kristina kristen kyrsten laura lauren
	leila lena lesia liz liza lisa lily linda liudmyla lorna louise lucia lucy ludmila lyudmila madeleine
	magdalena maia maria mariana marie marina marine marion marjorie marta martha mary maryam maya megan
	melania melanie melissa meredith mia michele michelle mikaela mila mira miriam monica nadia nadezhda
	nancy naomi natalia natalie natalya natasha nicola nicole nikki nina nora oksana olena olga olivia
	pamela patricia paula pauline penny petra philippa polina priti priya rachel rebecca regina renata
	 rita roberta rosa rosalind rose ruth sabine sahra samantha sandra sara sarah segolene
	sharon sheikha shirley silvia simone sofia sonia sophie stella stephanie susan suzanne svetlana sylvia
	tamara tanya tatiana tatyana teresa theresa tiffany tina tracy tulsi ulrike ursula valentina valeria
	olha tetiana nataliia kateryna viktoriia anastasiia hanna mariia khrystyna yevheniia svitlana larysa halyna
	inna alla daryna solomiia ulyana morag aoife siobhan niamh saoirse sinead orla roisin ciara mairead eilidh
	kirsty isla ailsa trish tricia doreen maureen bernadette colleen
	gemma jade stacey leanne hayley joanne tracey sally jenny beth amaka ngozi chioma funmi folake zainab
	anjali pooja deepika neha meera
	valerie vanessa vera veronica veronika victoria viktoria violet virginia vivian wendy xenia yana yelena
	yevgenia yulia yuliia yuliya zarina zoe zofia
`;

const MALE = `
	aaron abdel abdul abdullah abraham adam adrian ahmad ahmed ajay akhil alan albert alberto aleksandr
	aleksei alex alexander alexandre alexei alexey ali alistair amon amit anatoly andre andreas andrei andrej
	andrew andrey andriy andrzej angus anthony antonio antony anton antoine ari arkady armin arnold arseniy
	arthur ashraf ayman barack bashar ben benjamin bernard bernie bill bob bola boris brad brandon brett brian
	bruce bruno carl carlos charles chris christian christopher chuck clarence colin craig cyril dale dan
	daniel dave david denis dennis denys derek dick dmitri dmitriy dmitry dmytro don donald doug douglas
	duncan dustin ed eduard edward emmanuel emmerson enrique eric erik ernest evgeny fabio fernando francis
	francisco frank franz frederick friedrich fumio gabriel gareth gary gavin gennady george georgy gerald
	gerhard giorgi giuseppe gordon graham greg gregory guillaume gustavo hakan hamad hans harold harry hassan
	heinrich henry herbert hugh hugo hussein ian igor ilya imran ivan jack jacob jaime jair jake james jan
	jared jason javier jean-luc jean-noel jeff jeffrey jens jeremy jerome jim jimmy joe joel johann john
	johnny jon jonathan jorge jose joseph josh joshua juan julian justin kaare karl keir keith ken kenneth
	kevin khaled kirill klaus konstantin kurt lars lavrentiy leon leonid lloyd lorenzo louis
	luis luiz lukas mahmoud malcolm manuel marco marcus mario mark marko martin mateusz matt matteo matthew
	maurice max maxim maxime mehmet mevlut michael michel miguel mikhail mike mikheil miles mitch mohamed
	mohammad mohammed muhammad mykhailo mykola naftali narendra nathan neil nicholas nick nicolas nikita
	nikolai nikolay norbert oleg oleh oleksandr oleksiy oliver omar oscar pablo patrick paul pavel pedro
	peter petr petro philip philipp pierre piotr rafael rahul ralph ramzan ray raymond recep reza ricardo
	richard rick rishi robert roberto rodrigo roger roman ron ronald ruslan russell ryan sadiq salman sam
	samuel scott sean sebastian serge sergei sergey sergii sergiy serhiy shinzo simon stanislav stefan
	stephen steve steven stuart sviatoslav tayyip ted terry thomas tim timothy tobias todd tom tommy tony
	ulf uri valery valeriy vasily vasyl victor viktor vince vincent vitali vitaliy vitaly vladimir vladislav
	volodymyr vyacheslav walter wayne william wolfgang xavier yair yaroslav yevgeny yoav yossi
	yuri yury zbigniew ihor andrii yurii serhii vitalii vadym bohdan taras oleksii kyrylo pavlo valerii yevhen
	anatolii hennadiy stepan maksym volodymyr mykhaylo rostyslav yehor artem declan ciaran cillian seamus
	padraig eoin niall ronan callum hamish fergus euan alasdair ruaridh
	pete andy rob robbie danny darren kyle connor shane barry graeme kwame kofi kwabena yaw emeka chidi
	chinedu tunde segun femi ibrahim musa rajesh suresh ramesh vijay arjun rohit amir hamza yusuf mustafa
	tariq bilal
`;

function table(): ReadonlyMap<string, 'f' | 'm'> {
	const genders = new Map<string, 'f' | 'm'>();
	for (const name of FEMALE.trim().split(/\s+/)) genders.set(name, 'f');
	for (const name of MALE.trim().split(/\s+/)) genders.set(name, 'm');
	return genders;
}

export const FIRST_NAME_GENDER: ReadonlyMap<string, 'f' | 'm'> = table();
