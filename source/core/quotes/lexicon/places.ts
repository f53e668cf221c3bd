// Places and the adjectives made from them. Lower-case.
// Data only, each list sorted and free of duplicates (test/core/quotes/lexicon.test.ts checks).

/** Countries and places that may speak as a body (`Russia said`) but are never people. */
export const PLACES: readonly string[] = [
	'afghanistan', 'africa', 'america', 'arabia', 'argentina', 'asia', 'australia', 'austria', 'avenue',
	'beijing', 'belarus', 'belgium', 'berlin', 'brazil', 'britain', 'bulgaria', 'canada', 'chile', 'china',
	'city', 'colombia', 'county', 'crimea', 'croatia', 'cuba', 'czechia', 'denmark', 'donbas', 'donetsk',
	'east', 'egypt', 'england', 'estonia', 'ethiopia', 'europe', 'finland', 'france', 'gaza', 'germany',
	'ghana', 'greece', 'hungary', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'island', 'islands',
	'israel', 'italy', 'japan', 'kenya', 'kharkiv', 'kherson', 'kiev', 'kingdom', 'korea', 'kursk', 'kyiv',
	'latvia', 'lebanon', 'libya', 'lithuania', 'london', 'luhansk', 'mexico', 'moldova', 'moscow', 'nato',
	'netherlands', 'new', 'nigeria', 'north', 'norway', 'ocean', 'odesa', 'pakistan', 'paris', 'peru',
	'philippines', 'poland', 'portugal', 'qatar', 'republic', 'river', 'road', 'romania', 'russia', 'saudi',
	'scotland', 'sea', 'serbia', 'slovakia', 'south', 'spain', 'square', 'states', 'street', 'sudan', 'sweden',
	'switzerland', 'syria', 'tehran', 'thailand', 'turkey', 'u.k', 'u.s', 'uk', 'ukraine', 'united', 'us',
	'usa', 'venezuela', 'vietnam', 'wales', 'washington', 'west', 'zaporizhzhia', 'zimbabwe',
];

/** Adjectives of nationality and place that open a title (`Russian Foreign Minister`). */
export const DEMONYMS: readonly string[] = [
	'afghan', 'african', 'american', 'argentine', 'asian', 'australian', 'austrian', 'belarusian', 'belgian',
	'brazilian', 'british', 'bulgarian', 'canadian', 'chilean', 'chinese', 'colombian', 'conservative',
	'croatian', 'cuban', 'czech', 'danish', 'democrat', 'democratic', 'dutch', 'eastern', 'egyptian', 'english',
	'estonian', 'ethiopian', 'eu', 'european', 'federal', 'filipino', 'finnish', 'french', 'georgian', 'german',
	'ghanaian', 'greek', 'hungarian', 'indian', 'indonesian', 'iranian', 'iraqi', 'israeli', 'italian',
	'japanese', 'jordanian', 'kenyan', 'korean', 'kremlin', 'labour', 'latvian', 'lebanese', 'liberal',
	'libyan', 'lithuanian', 'mexican', 'moldovan', 'nato', 'nigerian', 'northern', 'norwegian', 'pakistani',
	'palestinian', 'peruvian', 'polish', 'qatari', 'republican', 'romanian', 'russian', 'saudi', 'serbian',
	'slovak', 'southern', 'spanish', 'state', 'sudanese', 'swedish', 'swiss', 'syrian', 'thai', 'turkish',
	'u.k', 'u.s', 'uk', 'ukrainian', 'un', 'us', 'venezuelan', 'vietnamese', 'western', 'white', 'zimbabwean',
];
