// Titles, roles and words for people. Lower-case.
// Data only, each list sorted and free of duplicates (test/core/quotes/lexicon.test.ts checks).

/** Role nouns: in a title before a name (`Foreign Minister Sergey Lavrov`) or after it (`Lavrov, the foreign minister`). */
export const ROLE_WORDS: readonly string[] = [
	'acting', 'actor', 'actress', 'admiral', 'adviser', 'advisor', 'affairs', 'aide', 'alderman', 'ambassador',
	'analyst', 'archbishop', 'army', 'attorney', 'attorney-general', 'author', 'bishop', 'boss', 'campaign',
	'candidate', 'captain', 'cardinal', 'ceo', 'cfo', 'chair', 'chairman', 'chairperson', 'chairwoman',
	'chancellor', 'chancellor-elect', 'chief', 'chief-executive', 'chief-of-staff', 'cm', 'co-founder', 'coach',
	'colonel', 'columnist', 'commander', 'commander-in-chief', 'commissioner', 'communications', 'congressman',
	'congresswoman', 'coo', 'correspondent', 'councillor', 'councilman', 'councilwoman', 'counsel', 'crown',
	'cto', 'defence', 'defense', 'delegate', 'deputy', 'deputy-director', 'detective', 'dgp', 'dictator',
	'diplomat', 'director', 'director-general', 'doctor', 'economist', 'economy', 'editor', 'editor-in-chief',
	'education', 'emir', 'energy', 'envoy', 'executive', 'expert', 'father', 'finance', 'foreign', 'former',
	'founder', 'general', 'governor', 'head', 'headmaster', 'headmistress', 'headteacher', 'health', 'home',
	'host', 'imam', 'incoming', 'inspector', 'intelligence', 'interim', 'interior', 'investor', 'journalist',
	'judge', 'junior', 'justice', 'king', 'late', 'lawmaker', 'lawyer', 'leader', 'legislator', 'lieutenant',
	'major', 'majority', 'manager', 'mayor', 'member', 'mep', 'military', 'minister', 'ministerial', 'minority',
	'mla', 'monarch', 'mp', 'national', 'navy', 'negotiator', 'nominee', 'nurse', 'officer', 'official',
	'ombudsman', 'opposition', 'outgoing', 'owner', 'partner', 'pastor', 'player', 'pm', 'police', 'politician',
	'pope', 'premier', 'presenter', 'president', 'president-elect', 'presidential', 'press', 'priest', 'prime',
	'prime-minister', 'prince', 'princess', 'principal', 'professor', 'prosecutor', 'queen', 'rabbi',
	'regional', 'reporter', 'representative', 'researcher', 'reverend', 'scientist', 'secretary',
	'secretary-general', 'security', 'senator', 'senior', 'sergeant', 'sheikh', 'sheriff', 'singer', 'speaker',
	'spokesman', 'spokespeople', 'spokesperson', 'spokeswoman', 'state', 'strategist', 'striker', 'sultan',
	'surgeon', 'teacher', 'then', 'top', 'trade', 'veteran', 'vicar', 'vice', 'vice-chancellor',
	'vice-president', 'whip', 'writer',
];

/** Role words that qualify a title rather than name one person: `the military said` points back to nobody. */
export const TITLE_QUALIFIERS: readonly string[] = [
	'acting', 'affairs', 'army', 'campaign', 'communications', 'crown', 'defence', 'defense', 'deputy',
	'economy', 'education', 'energy', 'finance', 'foreign', 'former', 'health', 'home', 'incoming',
	'intelligence', 'interim', 'interior', 'junior', 'late', 'majority', 'military', 'ministerial', 'minority',
	'national', 'navy', 'opposition', 'outgoing', 'police', 'presidential', 'press', 'prime', 'regional',
	'security', 'senior', 'state', 'then', 'top', 'trade', 'vice',
];

/** Role nouns that say the person is a woman. */
export const FEMALE_ROLES: readonly string[] = [
	'actress', 'baroness', 'businesswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'countess',
	'daughter', 'duchess', 'empress', 'girlfriend', 'grandmother', 'mother', 'princess', 'queen', 'sister',
	'spokeswoman', 'widow', 'wife', 'woman',
];

/** Role nouns that say the person is a man. */
export const MALE_ROLES: readonly string[] = [
	'baron', 'boyfriend', 'brother', 'businessman', 'chairman', 'congressman', 'councilman', 'count', 'duke',
	'emir', 'emperor', 'father', 'grandfather', 'husband', 'king', 'man', 'pope', 'prince', 'sheikh', 'son',
	'spokesman', 'sultan', 'widower',
];

/** Titles written as abbreviations, and (the start of) what they stand for: `the CM` is the chief minister. */
export const ROLE_ABBREVIATIONS: readonly (readonly [string, string])[] = [
	['ceo', 'chief executive'],
	['cfo', 'chief financial'],
	['cm', 'chief minister'],
	['dgp', 'director general of police'],
	['mla', 'legislat'],
	['pm', 'prime minister'],
];

/** People who speak for a body: unnamed, their words are the body's. */
export const SPOKESPEOPLE: readonly string[] = [
	'official', 'officials', 'representative', 'spokesman', 'spokespeople', 'spokesperson', 'spokeswoman',
];

/** Nouns for people or groups who may speak without being named (`officials said`, `a witness told`). */
export const SPEAKER_NOUNS: readonly string[] = [
	'activist', 'activists', 'aide', 'aides', 'analyst', 'analysts', 'author', 'authors', 'brother',
	'campaigner', 'campaigners', 'colleague', 'colleagues', 'critic', 'critics', 'customer', 'customers',
	'daughter', 'diplomat', 'diplomats', 'doctor', 'doctors', 'driver', 'drivers', 'economist', 'economists',
	'email', 'employee', 'employees', 'engineer', 'engineers', 'expert', 'experts', 'families', 'family', 'fan',
	'fans', 'farmer', 'farmers', 'father', 'friend', 'friends', 'husband', 'insider', 'insiders',
	'investigators', 'lawyer', 'lawyers', 'letter', 'man', 'member', 'members', 'memo', 'men', 'message',
	'mother', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'nurse', 'nurses', 'observer', 'observers',
	'official', 'officials', 'opponent', 'opponents', 'organisers', 'organizers', 'others', 'parent', 'parents',
	'passenger', 'passengers', 'people', 'person', 'post', 'prosecutors', 'protester', 'protesters', 'pupils',
	'relative', 'relatives', 'report', 'researcher', 'researchers', 'resident', 'residents', 'scientist',
	'scientists', 'sister', 'son', 'source', 'sources', 'spokespeople', 'spokesperson', 'staff', 'statement',
	'student', 'students', 'study', 'supporter', 'supporters', 'survivor', 'survivors', 'teacher', 'teachers',
	'tenant', 'tenants', 'user', 'users', 'victim', 'victims', 'voter', 'voters', 'wife', 'witness',
	'witnesses', 'woman', 'women', 'worker', 'workers',
];

/** Words that stand for a person already named, with `the`: `the incumbent`, `the Democrat`. */
export const PERSON_EPITHETS: readonly string[] = [
	'challenger', 'debutant', 'democrat', 'front-runner', 'frontrunner', 'incumbent', 'international',
	'loyalist', 'nationalist', 'newcomer', 'pensioner', 'republican', 'socialist', 'teenager', 'tory',
	'veteran', 'youngster',
];

/** Nationalities used as nouns for a person already named: `the Czech said`. */
export const NATIONALITY_NOUNS: readonly string[] = [
	'american', 'argentine', 'argentinian', 'aussie', 'australian', 'austrian', 'belgian', 'brazilian', 'brit',
	'british', 'briton', 'bulgarian', 'canadian', 'chilean', 'colombian', 'croat', 'croatian', 'czech', 'dane',
	'danish', 'dutchman', 'dutchwoman', 'egyptian', 'englishman', 'englishwoman', 'estonian', 'ethiopian',
	'finn', 'frenchman', 'frenchwoman', 'georgian', 'german', 'ghanaian', 'greek', 'hungarian', 'icelander',
	'indian', 'iranian', 'iraqi', 'irishman', 'irishwoman', 'israeli', 'italian', 'jamaican', 'japanese',
	'kenyan', 'kiwi', 'korean', 'latvian', 'lithuanian', 'mexican', 'moroccan', 'nigerian', 'norwegian',
	'pakistani', 'palestinian', 'peruvian', 'pole', 'portuguese', 'romanian', 'russian', 'scot', 'scotsman',
	'scotswoman', 'senegalese', 'serb', 'serbian', 'slovak', 'slovakian', 'slovene', 'slovenian', 'spaniard',
	'swede', 'swiss', 'syrian', 'turk', 'ukrainian', 'uruguayan', 'venezuelan', 'welshman', 'welshwoman',
	'zimbabwean',
];

/** After a person's name in ’s, those who speak for them: `Netanyahu’s office`, `Harding’s spokesman`. */
export const SPEAKS_FOR_OWNER: readonly string[] = [
	'agent', 'aides', 'attorney', 'attorneys', 'camp', 'campaign', 'lawyer', 'lawyers', 'office', 'publicist',
	'representative', 'representatives', 'spokesman', 'spokesperson', 'spokeswoman', 'team',
];

/** Honorifics of women: part of a mention, never of the name. Without the full stop. */
export const FEMALE_HONORIFICS: readonly string[] = [
	'dame', 'frau', 'lady', 'madam', 'madame', 'miss', 'mme', 'mrs', 'ms',
];

/** Honorifics of men. */
export const MALE_HONORIFICS: readonly string[] = [
	'herr', 'lord', 'm', 'mr', 'sir',
];

/** Honorifics and abbreviated titles that say no gender. */
export const OTHER_HONORIFICS: readonly string[] = [
	'adm', 'capt', 'cllr', 'col', 'dr', 'gen', 'gov', 'insp', 'lt', 'maj', 'pres', 'prof', 'rep', 'rev', 'sen',
	'sgt', 'st', 'supt',
];

/** Honours and offices written after a name (as written). */
export const POST_NOMINALS: readonly string[] = [
	'AM', 'CBE', 'DBE', 'FRS', 'KBE', 'KC', 'MBE', 'MEP', 'MP', 'MS', 'MSP', 'OBE', 'PhD', 'QC',
];
