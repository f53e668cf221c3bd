/** Word lists the recogniser leans on. Kept as data so they can grow without touching the logic. */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Capitalised words that start sentences or headlines but never names. Compared lower-case. */
export const FUNCTION_WORDS = words(`
	a an the this that these those it its he she they we i you his her their our my your him them us me
	in on at for but and or nor so if when while after before as since although though however meanwhile
	earlier later also yet still then now today tonight yesterday tomorrow several some many most all both each
	every no not according despite during under over with without among between following last next first second
	third what which who whom whose where why how there here such other another only even just instead indeed
	thus hence therefore because until unless whether once again about above across against along around
	behind below beneath beside beyond by down from into like near of off onto out past per through to toward
	towards up upon via within speaking asked asking reporting writing more less much few any nothing
	nobody someone somebody everyone everybody anyone anybody one two three four five six seven eight nine ten
	afterwards afterward instead eventually finally initially currently recently overall nevertheless
	nonetheless moreover furthermore besides perhaps maybe sometimes often soon again already together
	outside inside elsewhere nearby last next
`);

export const MONTHS_AND_DAYS = words(`
	january february march april may june july august september october november december jan feb mar apr jun
	jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
`);

/** Name particles that may stand lower-case inside a person's name. */
export const NAME_PARTICLES = words(`de van von der den al el bin ibn da di du la le dos das del della ter ten`);

/** Honorifics: part of a mention, never of the name. Lower-case, without the full stop. */
export const HONORIFICS: ReadonlyMap<string, 'f' | 'm' | null> = new Map([
	['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['madam', 'f'], ['madame', 'f'], ['mme', 'f'],
	['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'], ['dr', null], ['prof', null],
	['m', 'm'], ['herr', 'm'], ['frau', 'f'], ['sen', null], ['rep', null], ['gov', null], ['gen', null],
	['lt', null], ['col', null], ['capt', null], ['sgt', null], ['adm', null], ['maj', null], ['rev', null],
	['st', null], ['pres', null], ['supt', null], ['insp', null], ['cllr', null],
]);

/**
 * Role nouns: in a title before a name ("Foreign Minister Sergey Lavrov", "spokeswoman Maria Zakharova")
 * or after it ("Sergey Lavrov, the foreign minister"). Lower-case.
 */
export const ROLE_WORDS = words(`
	president vice minister prime foreign secretary spokesman spokeswoman spokesperson deputy chief general
	colonel major captain admiral sergeant lieutenant senator representative congressman congresswoman governor
	mayor judge justice chancellor ambassador envoy commissioner director chairman chairwoman chairperson chair
	ceo cfo coo cto founder co-founder king queen prince princess pope father reverend bishop archbishop cardinal
	sheikh emir sultan crown doctor professor leader speaker attorney premier commander head officer inspector
	detective sheriff councillor councilman councilwoman alderman president-elect secretary-general chief-executive
	executive adviser advisor aide official analyst expert economist lawyer researcher scientist strategist
	negotiator diplomat representative delegate lawmaker legislator politician mp mep candidate nominee
	coach manager captain striker player actor actress singer author writer journalist reporter editor columnist
	correspondent presenter host founder owner partner investor chairman ombudsman prosecutor counsel
	defence defense interior finance economy health education energy trade state home affairs press security
	intelligence military army navy police national regional general acting interim former late incoming
	outgoing then senior junior top veteran opposition majority minority whip campaign communications
	presidential ministerial spokespeople representative dictator monarch chancellor-elect boss
	member headteacher headmaster headmistress teacher principal vicar priest rabbi imam pastor nurse surgeon
	commander-in-chief editor-in-chief prime-minister vice-president vice-chancellor attorney-general
	director-general deputy-director chief-of-staff cm pm mla dgp
`);

/**
 * Role words that qualify a title rather than name one person (`foreign`, `defence`, `opposition`): `the
 * military said` or `the defence said` does not point back to someone. Lower-case.
 */
export const TITLE_QUALIFIERS = words(`
	vice prime foreign deputy acting interim former late incoming outgoing then senior junior top
	opposition majority minority campaign communications presidential ministerial defence defense
	interior finance economy health education energy trade state home affairs press security intelligence
	military army navy police national regional crown
`);

/** Role nouns that say the person's gender. */
export const GENDERED_ROLES: ReadonlyMap<string, 'f' | 'm'> = new Map([
	['spokeswoman', 'f'], ['chairwoman', 'f'], ['congresswoman', 'f'], ['councilwoman', 'f'],
	['businesswoman', 'f'], ['actress', 'f'], ['queen', 'f'], ['princess', 'f'], ['duchess', 'f'],
	['baroness', 'f'], ['countess', 'f'], ['empress', 'f'], ['wife', 'f'], ['mother', 'f'], ['daughter', 'f'],
	['sister', 'f'], ['grandmother', 'f'], ['widow', 'f'], ['girlfriend', 'f'], ['woman', 'f'],
	['spokesman', 'm'], ['chairman', 'm'], ['congressman', 'm'], ['councilman', 'm'], ['businessman', 'm'],
	['king', 'm'], ['prince', 'm'], ['duke', 'm'], ['baron', 'm'], ['count', 'm'], ['emperor', 'm'],
	['husband', 'm'], ['father', 'm'], ['son', 'm'], ['brother', 'm'], ['grandfather', 'm'], ['widower', 'm'],
	['boyfriend', 'm'], ['man', 'm'], ['sheikh', 'm'], ['emir', 'm'], ['sultan', 'm'], ['pope', 'm'],
]);

/** Head nouns of organisations, capitalised in a name ("Foreign Ministry") or lower-case in a reference ("the ministry"). */
export const ORGANISATION_HEADS = words(`
	ministry treasury department office agency staff service services council commission committee party police army navy
	forces force government kremlin pentagon company corporation corp inc ltd llc plc group bank university
	college school association union organisation organization court parliament congress senate assembly
	embassy consulate institute foundation federation authority authorities bureau administration network fund
	coalition alliance front movement centre center board cabinet presidency directorate command headquarters
	secretariat tribunal duma rada knesset bundestag commons lords house hospital club team league newspaper
	agency channel broadcaster media times post journal telegraph guardian herald tribune news press reuters
	bloomberg interfax tass ria ap afp cnn bbc nbc abc cbs fox nasa airline airlines airways operator
	regulator watchdog prosecutors campaign charity trust institution mission delegation squad brigade
	battalion regiment militia guard guards monitor observatory firm manufacturer maker producer developer
	provider plant station reactor airport port base facility carrier lender retailer insurer utility publisher
	giant chain outlet organisers organizers air airways rail railways motors energy holdings systems
	technologies labs pharma capital partners ventures solutions international global worldwide hotels sport
	sports fc water corps homes foods transport housing utilities industries enterprises society partnership
	cooperative co-op logistics insurance healthcare pharmaceuticals properties estates resources brands stores
	freight shipping ferries mining oil gas media entertainment software networks telecom telecoms
	communications construction developments investments leisure retail distillery dairies farms bakery
	clinic pharmacy hospice carmaker automaker chipmaker drugmaker supplier distributor exporter importer
	housebuilder grocer brewer conglomerate startup start-up platform
	forum caucus guild chamber consortium line lines collective syndicate panel taskforce lobby think-tank
	elementary academy primary nursery kindergarten town rovers athletic wanderers albion hotspur cross watch festival tribunal inquiry supermarket brewery studio studios records label
`);

/** Heads that mark a body only inside a capitalised name (`Amnesty International`): lower-case they are adjectives. */
export const NAME_ONLY_HEADS = words(`international global worldwide`);

/** Organisation names that stand alone as one capitalised word. */
export const KNOWN_ORGANISATIONS = words(`
	kremlin pentagon nato un eu who imf opec iaea fbi cia nsa svr fsb gru sbu mi5 mi6 interpol unesco unicef
	unhcr wto osce asean reuters interfax tass ria afp ap bloomberg cnn bbc nbc abc cbs hamas hezbollah taliban
	google apple microsoft amazon meta facebook twitter tesla openai nasa congress parliament senate
	downing whitehall elysee élysée vatican
`);

/** Capitalised abbreviations that are not bodies: time zones and the like. Lower-case. */
export const NOT_BODIES = words(`gmt bst utc et est edt pst pdt cet cest am pm ad bc ceo cfo mp mps cm mla mlas dgp`);

/** Titles written as abbreviations, and what they stand for: `the CM` is the chief minister. */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
	['cm', 'chief minister'], ['pm', 'prime minister'], ['mla', 'legislat'], ['dgp', 'director general of police'],
	['ceo', 'chief executive'], ['cfo', 'chief financial'],
]);

/** Countries and places that may speak as a body ("Russia said") but are never people. */
export const PLACES = words(`
	russia ukraine america usa us u.s uk u.k britain england scotland wales ireland france germany italy spain
	portugal poland china japan india pakistan iran iraq israel syria turkey egypt canada mexico brazil
	australia belarus moscow kyiv kiev washington london paris berlin beijing tehran europe africa asia nato
	zimbabwe moldova lithuania latvia estonia finland sweden norway denmark netherlands belgium
	austria switzerland hungary romania bulgaria greece serbia croatia slovakia czechia korea vietnam
	indonesia philippines thailand afghanistan saudi arabia qatar lebanon libya sudan ethiopia kenya
	nigeria ghana venezuela argentina colombia chile peru cuba gaza crimea donbas donetsk luhansk kherson
	zaporizhzhia kharkiv odesa kursk west east north south new united states kingdom republic city county
	island islands sea ocean river street avenue road square
`);

/** Adjectives of nationality and place that open a title ("Russian Foreign Minister"). Lower-case. */
export const DEMONYMS = words(`
	russian ukrainian american british english french german italian spanish polish chinese japanese indian
	pakistani iranian iraqi israeli syrian turkish egyptian canadian mexican brazilian australian belarusian
	european african asian zimbabwean georgian moldovan lithuanian latvian estonian finnish swedish
	norwegian danish dutch belgian austrian swiss hungarian romanian bulgarian greek serbian croatian
	slovak czech korean vietnamese indonesian filipino thai afghan saudi qatari jordanian lebanese libyan
	sudanese ethiopian kenyan nigerian ghanaian venezuelan argentine colombian chilean peruvian cuban
	palestinian western eastern northern southern federal state us u.s uk u.k eu un nato kremlin white
	republican democratic democrat conservative labour liberal
`);

/**
 * Nationalities used as nouns for a person already named (`the Czech said`, `the Frenchman added`): sports
 * and features writing's way of not repeating a name. Lower-case.
 */
export const NATIONALITY_NOUNS = words(`
	american argentine argentinian australian austrian belgian brazilian briton brit british bulgarian
	canadian chilean colombian croat croatian czech dane danish dutchman dutchwoman egyptian englishman
	englishwoman estonian ethiopian finn frenchman frenchwoman georgian german ghanaian greek hungarian icelander
	indian iranian iraqi irishman irishwoman israeli italian jamaican japanese kenyan korean latvian lithuanian
	mexican moroccan nigerian norwegian pakistani palestinian peruvian pole portuguese romanian russian
	scot scotsman scotswoman senegalese serb serbian slovak slovakian slovene slovenian spaniard swede swiss
	syrian turk ukrainian uruguayan venezuelan welshman welshwoman zimbabwean kiwi aussie
`);

/**
 * Words that stand for a person already named, with `the`: `the incumbent`, `the Democrat`, `the veteran`.
 * Lower-case.
 */
export const PERSON_EPITHETS = words(`
	incumbent challenger frontrunner front-runner veteran youngster teenager pensioner newcomer debutant
	democrat republican tory socialist nationalist loyalist international
`);

/**
 * Nouns for people or groups who may speak without being named (`officials said`, `a witness told`):
 * a cue with one of these as subject has an unnamed speaker. Lower-case.
 */
export const SPEAKER_NOUNS = words(`
	people person residents resident witnesses witness sources source critics critic experts expert analysts
	analyst officials official observers observer economists economist voters voter protesters protester
	activists activist campaigners campaigner parents parent teachers teacher doctors doctor nurses nurse
	workers worker employees employee staff engineer engineers neighbours neighbour neighbors neighbor fans fan
	supporters supporter opponents opponent organisers organizers lawyers lawyer prosecutors investigators
	scientists scientist researchers researcher authors author spokesperson spokespeople insiders insider
	diplomats diplomat aides aide members member users user customers customer passengers passenger tenants
	tenant families family students student pupils farmers farmer drivers driver survivors survivor victims
	victim colleagues colleague friends friend relatives relative mother father wife husband son daughter
	brother sister man woman men women statement memo letter post message email report study others
`);

/** People who speak for a body: unnamed, their words are the body's. Lower-case. */
export const SPOKESPEOPLE = words(`spokesperson spokesman spokeswoman spokespeople representative official officials`);

/** Documents that speak for their author: `the memo continued:`, `the statement said`. Lower-case. */
export const DOCUMENT_NOUNS = words(`statement memo letter post message email note tweet blog filing card text sign placard banner notice`);

/** Words before a quoted title that say it names a work. Lower-case. */
export const WORK_CUES = words(`
	book film movie song album novel series show titled entitled called named headlined headline article
	documentary play poem opera podcast program programme operation slogan hashtag campaign motto report
	essay memoir single track episode exhibition painting brand
`);

/** Words before a short quoted phrase that make it a label rather than speech. Lower-case. */
export const LABEL_CUES = words(`
	a an the this its his her their our so-called dubbed termed labelled labeled branded
`);

/** Auxiliaries and adverbs that may stand between a speaker and the speech verb. Lower-case. */
export const VERB_FILLERS = words(`
	also has had have is was were are be been will would could should may might later then further earlier
	previously once again repeatedly publicly reportedly separately recently bluntly flatly firmly simply
	subsequently quickly immediately angrily proudly already likewise too himself herself themselves itself
	personally openly privately jokingly quietly loudly not never often frequently sometimes still just even
	only ultimately eventually initially originally being always
`);

/** `self` is the writer (`I said`, `we asked`): never a speaker the article names. */
export const PRONOUN_GENDER: ReadonlyMap<string, 'f' | 'm' | 'plural' | 'it' | 'self'> = new Map([
	['i', 'self'], ['we', 'self'],
	['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'],
	['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
	['they', 'plural'], ['them', 'plural'], ['their', 'plural'],
	['it', 'it'], ['its', 'it'],
]);

export const SUBJECT_PRONOUNS = words(`he she they it i we`);

/** Name words that say what kind of body a name is: `the club` is Harrowgate Town, `the carrier` Nordvik Air. */
export const KIND_OF_BODY: Readonly<Record<string, readonly string[]>> = {
	club: ['fc', 'afc', 'town', 'city', 'united', 'rovers', 'athletic', 'wanderers', 'albion', 'hotspur', 'county', 'club'],
	team: ['fc', 'town', 'city', 'united', 'rovers', 'athletic', 'team'],
	company: ['inc', 'ltd', 'plc', 'corp', 'corporation', 'group', 'holdings', 'company', 'co', 'llc', 'ag', 'sa', 'gmbh'],
	firm: ['inc', 'ltd', 'plc', 'corp', 'llp', 'group', 'partners', 'associates', 'research', 'capital', 'firm'],
	carrier: ['air', 'airlines', 'airways', 'aviation', 'rail', 'railways'],
	airline: ['air', 'airlines', 'airways', 'aviation'],
	operator: ['rail', 'railways', 'air', 'airlines', 'ferries', 'energy', 'water', 'transport'],
	bank: ['bank', 'banking', 'capital', 'financial'],
	union: ['union', 'federation', 'confederation', 'workers'],
	party: ['party', 'labour', 'conservatives', 'democrats', 'republicans'],
	council: ['council', 'borough', 'city', 'county'],
	government: ['government', 'ministry', 'department', 'kremlin', 'cabinet', 'office'],
};
