// Organisations: head nouns, known names, kinds. Lower-case.
// Data only, each list sorted and free of duplicates (test/core/quotes/lexicon.test.ts checks).

/** Head nouns of organisations, capitalised in a name (`Foreign Ministry`) or lower-case in a reference (`the ministry`). */
export const ORGANISATION_HEADS: readonly string[] = [
	'abc', 'academy', 'administration', 'afp', 'agency', 'air', 'airline', 'airlines', 'airport', 'airways',
	'albion', 'alliance', 'ap', 'army', 'assembly', 'association', 'athletic', 'authorities', 'authority',
	'automaker', 'bakery', 'bank', 'base', 'battalion', 'bbc', 'bloomberg', 'board', 'brands', 'brewer',
	'brewery', 'brigade', 'broadcaster', 'bundestag', 'bureau', 'cabinet', 'campaign', 'capital', 'carmaker',
	'carrier', 'caucus', 'cbs', 'center', 'centre', 'chain', 'chamber', 'channel', 'charity', 'chipmaker',
	'clinic', 'club', 'cnn', 'co-op', 'coalition', 'collective', 'college', 'command', 'commission',
	'committee', 'commons', 'communications', 'company', 'conglomerate', 'congress', 'consortium',
	'construction', 'consulate', 'cooperative', 'corp', 'corporation', 'corps', 'council', 'court', 'cross',
	'dairies', 'delegation', 'department', 'developer', 'developments', 'directorate', 'distillery',
	'distributor', 'drugmaker', 'duma', 'elementary', 'embassy', 'energy', 'enterprises', 'entertainment',
	'estates', 'exporter', 'facility', 'farms', 'fc', 'federation', 'ferries', 'festival', 'firm', 'foods',
	'force', 'forces', 'forum', 'foundation', 'fox', 'freight', 'front', 'fund', 'gas', 'giant', 'global',
	'government', 'grocer', 'group', 'guard', 'guardian', 'guards', 'guild', 'headquarters', 'healthcare',
	'herald', 'holdings', 'homes', 'hospice', 'hospital', 'hotels', 'hotspur', 'house', 'housebuilder',
	'housing', 'importer', 'inc', 'industries', 'inquiry', 'institute', 'institution', 'insurance', 'insurer',
	'interfax', 'international', 'investments', 'journal', 'kindergarten', 'knesset', 'kremlin', 'label',
	'labs', 'league', 'leisure', 'lender', 'line', 'lines', 'llc', 'lobby', 'logistics', 'lords', 'ltd',
	'maker', 'manufacturer', 'media', 'militia', 'mining', 'ministry', 'mission', 'monitor', 'motors',
	'movement', 'nasa', 'navy', 'nbc', 'network', 'networks', 'news', 'newspaper', 'nursery', 'observatory',
	'office', 'oil', 'operator', 'organisation', 'organisers', 'organization', 'organizers', 'outlet', 'panel',
	'parliament', 'partners', 'partnership', 'party', 'pentagon', 'pharma', 'pharmaceuticals', 'pharmacy',
	'plant', 'platform', 'plc', 'police', 'port', 'post', 'presidency', 'press', 'primary', 'producer',
	'properties', 'prosecutors', 'provider', 'publisher', 'rada', 'rail', 'railways', 'reactor', 'records',
	'regiment', 'regulator', 'resources', 'retail', 'retailer', 'reuters', 'ria', 'rovers', 'school',
	'secretariat', 'senate', 'service', 'services', 'shipping', 'society', 'software', 'solutions', 'sport',
	'sports', 'squad', 'staff', 'start-up', 'startup', 'station', 'stores', 'studio', 'studios', 'supermarket',
	'supplier', 'syndicate', 'systems', 'taskforce', 'tass', 'team', 'technologies', 'telecom', 'telecoms',
	'telegraph', 'think-tank', 'times', 'town', 'transport', 'treasury', 'tribunal', 'tribune', 'trust',
	'union', 'university', 'utilities', 'utility', 'ventures', 'wanderers', 'watch', 'watchdog', 'water',
	'worldwide',
];

/** Heads that mark a body only inside a capitalised name (`Amnesty International`). */
export const NAME_ONLY_HEADS: readonly string[] = [
	'global', 'international', 'worldwide',
];

/** Organisation names that stand alone as one capitalised word. */
export const KNOWN_ORGANISATIONS: readonly string[] = [
	'abc', 'afp', 'amazon', 'ap', 'apple', 'asean', 'bbc', 'bloomberg', 'cbs', 'cia', 'cnn', 'congress',
	'downing', 'elysee', 'eu', 'facebook', 'fbi', 'fsb', 'google', 'gru', 'hamas', 'hezbollah', 'iaea', 'imf',
	'interfax', 'interpol', 'kremlin', 'meta', 'mi5', 'mi6', 'microsoft', 'nasa', 'nato', 'nbc', 'nsa', 'opec',
	'openai', 'osce', 'parliament', 'pentagon', 'reuters', 'ria', 'sbu', 'senate', 'svr', 'taliban', 'tass',
	'tesla', 'twitter', 'un', 'unesco', 'unhcr', 'unicef', 'vatican', 'whitehall', 'who', 'wto', 'élysée',
];

/** Capitalised abbreviations that are not bodies: time zones, titles. */
export const NOT_BODIES: readonly string[] = [
	'ad', 'am', 'bc', 'bst', 'ceo', 'cest', 'cet', 'cfo', 'cm', 'dgp', 'edt', 'est', 'et', 'gmt', 'mla', 'mlas',
	'mp', 'mps', 'pdt', 'pm', 'pst', 'utc',
];

/** Name words that say what kind of body a name is: `the club` is Harrowgate Town. */
export const KIND_OF_BODY: readonly (readonly [string, readonly string[]])[] = [
	['airline', ['air', 'airlines', 'airways', 'aviation']],
	['bank', ['bank', 'banking', 'capital', 'financial']],
	['carrier', ['air', 'airlines', 'airways', 'aviation', 'rail', 'railways']],
	['club', ['afc', 'albion', 'athletic', 'city', 'club', 'county', 'fc', 'hotspur', 'rovers', 'town', 'united', 'wanderers']],
	['company', ['ag', 'co', 'company', 'corp', 'corporation', 'gmbh', 'group', 'holdings', 'inc', 'llc', 'ltd', 'plc', 'sa']],
	['council', ['borough', 'city', 'council', 'county']],
	['firm', ['associates', 'capital', 'corp', 'firm', 'group', 'inc', 'llp', 'ltd', 'partners', 'plc', 'research']],
	['government', ['cabinet', 'department', 'government', 'kremlin', 'ministry', 'office']],
	['operator', ['air', 'airlines', 'energy', 'ferries', 'rail', 'railways', 'transport', 'water']],
	['party', ['conservatives', 'democrats', 'labour', 'party', 'republicans']],
	['team', ['athletic', 'city', 'fc', 'rovers', 'team', 'town', 'united']],
	['union', ['confederation', 'federation', 'union', 'workers']],
];

/** Kinds of institution, by the head noun that ends a name (`… Federation` is a union). */
export const INSTITUTION_KINDS: readonly (readonly [string, readonly string[]])[] = [
	['army', ['army', 'military', 'navy']],
	['club', ['club', 'team']],
	['commission', ['commission', 'committee', 'inquiry']],
	['council', ['authority', 'borough', 'council']],
	['court', ['court', 'tribunal']],
	['embassy', ['consulate', 'embassy']],
	['hospital', ['clinic', 'hospital']],
	['ministry', ['administration', 'cabinet', 'department', 'government', 'ministry', 'office']],
	['parliament', ['assembly', 'congress', 'parliament', 'senate']],
	['party', ['party']],
	['police', ['constabulary', 'police']],
	['union', ['association', 'confederation', 'federation', 'union']],
	['university', ['academy', 'college', 'school', 'university']],
];

/** Documents that speak for their author: `the memo continued:`, `the statement said`. */
export const DOCUMENT_NOUNS: readonly string[] = [
	'ad', 'advert', 'affidavit', 'banner', 'blog', 'card', 'column', 'complaint', 'document', 'editorial',
	'email', 'filing', 'indictment', 'lawsuit', 'letter', 'memo', 'message', 'note', 'notice', 'op-ed',
	'petition', 'placard', 'post', 'release', 'report', 'ruling', 'sign', 'statement', 'study', 'text',
	'transcript', 'tweet',
];
