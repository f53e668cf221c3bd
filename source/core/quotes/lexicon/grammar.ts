// Closed word classes and phrase openers the rules read. Lower-case.
// Data only, each list sorted and free of duplicates (test/core/quotes/lexicon.test.ts checks).

/** Capitalised words that start sentences or headlines but never names. */
export const FUNCTION_WORDS: readonly string[] = [
	'a', 'about', 'above', 'according', 'across', 'after', 'afterward', 'afterwards', 'again', 'against', 'all',
	'along', 'already', 'also', 'although', 'amid', 'amidst', 'among', 'an', 'and', 'another', 'any', 'anybody',
	'anyone', 'are', 'around', 'as', 'asked', 'asking', 'at', 'because', 'before', 'behind', 'below', 'beneath',
	'beside', 'besides', 'between', 'beyond', 'both', 'but', 'by', 'could', 'currently', 'despite', 'did', 'do',
	'does', 'down', 'during', 'each', 'earlier', 'eight', 'elsewhere', 'even', 'eventually', 'every',
	'everybody', 'everyone', 'few', 'finally', 'first', 'five', 'following', 'for', 'four', 'from',
	'furthermore', 'had', 'has', 'have', 'he', 'hence', 'her', 'here', 'him', 'his', 'how', 'however', 'i',
	'if', 'in', 'indeed', 'initially', 'inside', 'instead', 'into', 'is', 'it', 'its', 'just', 'last', 'later',
	'less', 'like', 'many', 'maybe', 'me', 'meanwhile', 'might', 'more', 'moreover', 'most', 'much', 'must',
	'my', 'near', 'nearby', 'nevertheless', 'next', 'nine', 'no', 'nobody', 'nonetheless', 'nor', 'not',
	'nothing', 'now', 'of', 'off', 'often', 'on', 'once', 'one', 'only', 'onto', 'or', 'other', 'our', 'out',
	'outside', 'over', 'overall', 'past', 'per', 'perhaps', 'recently', 'reporting', 'second', 'seven',
	'several', 'shall', 'she', 'should', 'since', 'six', 'so', 'some', 'somebody', 'someone', 'sometimes',
	'soon', 'speaking', 'still', 'such', 'ten', 'that', 'the', 'their', 'them', 'then', 'there', 'therefore',
	'these', 'they', 'third', 'this', 'those', 'though', 'three', 'through', 'thus', 'to', 'today', 'together',
	'tomorrow', 'tonight', 'toward', 'towards', 'two', 'under', 'unless', 'until', 'up', 'upon', 'us', 'via',
	'was', 'we', 'were', 'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom', 'whose', 'why',
	'with', 'within', 'without', 'would', 'writing', 'yesterday', 'yet', 'you', 'your',
];

/** Months and days, and their abbreviations. */
export const MONTHS_AND_DAYS: readonly string[] = [
	'apr', 'april', 'aug', 'august', 'dec', 'december', 'feb', 'february', 'friday', 'jan', 'january', 'jul',
	'july', 'jun', 'june', 'mar', 'march', 'may', 'monday', 'nov', 'november', 'oct', 'october', 'saturday',
	'sep', 'sept', 'september', 'sunday', 'thursday', 'tuesday', 'wednesday',
];

/** Name particles that may stand lower-case inside a person's name. */
export const NAME_PARTICLES: readonly string[] = [
	'al', 'bin', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'dos', 'du', 'el', 'ibn', 'la', 'le',
	'ten', 'ter', 'van', 'von',
];

/** Auxiliaries and adverbs that may stand between a speaker and the speech verb. */
export const VERB_FILLERS: readonly string[] = [
	'again', 'already', 'also', 'always', 'angrily', 'are', 'be', 'been', 'being', 'bluntly', 'could',
	'earlier', 'even', 'eventually', 'firmly', 'flatly', 'frequently', 'further', 'had', 'has', 'have',
	'herself', 'himself', 'immediately', 'initially', 'is', 'itself', 'jokingly', 'just', 'later', 'likewise',
	'loudly', 'may', 'might', 'never', 'not', 'often', 'once', 'only', 'openly', 'originally', 'personally',
	'previously', 'privately', 'proudly', 'publicly', 'quickly', 'quietly', 'recently', 'repeatedly',
	'reportedly', 'separately', 'should', 'simply', 'sometimes', 'still', 'subsequently', 'themselves', 'then',
	'too', 'ultimately', 'was', 'were', 'will', 'would',
];

/** Words ending in -ly that are not adverbs. */
export const LY_NOUNS_AND_ADJECTIVES: readonly string[] = [
	'ally', 'anomaly', 'assembly', 'belly', 'bully', 'costly', 'curly', 'daily', 'deadly', 'early', 'elderly',
	'family', 'folly', 'friendly', 'holly', 'holy', 'jelly', 'likely', 'lily', 'lonely', 'lovely', 'monopoly',
	'monthly', 'only', 'orderly', 'rally', 'silly', 'supply', 'ugly', 'unlikely', 'weekly', 'yearly',
];

/** Words before a quoted title that say it names a work. */
export const WORK_CUES: readonly string[] = [
	'album', 'article', 'book', 'brand', 'called', 'campaign', 'documentary', 'entitled', 'episode', 'essay',
	'exhibition', 'film', 'hashtag', 'headline', 'headlined', 'memoir', 'motto', 'movie', 'named', 'novel',
	'opera', 'operation', 'painting', 'play', 'podcast', 'poem', 'program', 'programme', 'report', 'series',
	'show', 'single', 'slogan', 'song', 'titled', 'track',
];

/** Words before a short quoted phrase that make it a label rather than speech. */
export const LABEL_CUES: readonly string[] = [
	'a', 'an', 'branded', 'dubbed', 'her', 'his', 'its', 'labeled', 'labelled', 'our', 'so-called', 'termed',
	'the', 'their', 'this',
];

/** Words left lower-case in a title written in Title Case. */
export const SMALL_TITLE_WORDS: readonly string[] = [
	'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'is', 'it', 'nor', 'of', 'on', 'or', 'the',
	'to', 'vs', 'with',
];

/** Pronouns and whom they stand for; `self` is the writer (`I said`), never a speaker the article names. */
export const PRONOUN_GENDER: readonly (readonly [string, string])[] = [
	['he', 'm'],
	['her', 'f'],
	['hers', 'f'],
	['herself', 'f'],
	['him', 'm'],
	['himself', 'm'],
	['his', 'm'],
	['i', 'self'],
	['it', 'it'],
	['its', 'it'],
	['she', 'f'],
	['their', 'plural'],
	['them', 'plural'],
	['they', 'plural'],
	['we', 'self'],
];

/** Pronouns that stand as a subject. */
export const SUBJECT_PRONOUNS: readonly string[] = [
	'he', 'i', 'it', 'she', 'they', 'we',
];

/** Object pronouns after `according to`. */
export const OBJECT_PRONOUNS: readonly string[] = [
	'her', 'him', 'them',
];

/** `In his words`. */
export const POSSESSIVE_PRONOUNS: readonly string[] = [
	'her', 'his', 'its', 'their',
];

/** The articles. */
export const ARTICLES: readonly string[] = ['a', 'an', 'the'];

/** `of` in `Ministry of Transport`, `&` in `Pellow & Grange`: words inside a body's name. */
export const NAME_CONNECTORS: readonly string[] = ['&', 'and', 'for', 'of'];

/** Determiners that open a noun phrase. */
export const DETERMINERS: readonly string[] = [
	'a', 'an', 'her', 'his', 'its', 'our', 'the', 'their', 'this',
];

/** Words before a speech-verb form that make it a noun: `the report`, `in statements`. */
export const NOUN_MARKERS: readonly string[] = [
	'a', 'after', 'an', 'any', 'at', 'by', 'following', 'for', 'from', 'her', 'his', 'in', 'its', 'many', 'my',
	'no', 'of', 'on', 'our', 'several', 'some', 'such', 'the', 'their', 'these', 'this', 'those', 'to', 'with',
	'your',
];

/** Words opening a phrase before the subject: `Speaking on Radio 4, …`, `In a statement, …`. */
export const INTRODUCTORY_WORDS: readonly string[] = [
	'according', 'addressing', 'after', 'although', 'as', 'asked', 'at', 'before', 'despite', 'during',
	'earlier', 'following', 'however', 'in', 'later', 'meanwhile', 'on', 'reacting', 'responding', 'since',
	'speaking', 'though', 'today', 'under', 'when', 'while', 'with', 'without', 'writing', 'yesterday',
];

/** Words opening a phrase set before the subject with a comma: `On Tuesday, …`, `Asked about it, …`. */
export const OPENING_PHRASE_WORDS: readonly string[] = [
	'after', 'as', 'asked', 'at', 'before', 'despite', 'during', 'earlier', 'following', 'however', 'in',
	'later', 'meanwhile', 'on', 'responding', 'since', 'speaking', 'when', 'while', 'writing',
];

/** Words after which a new clause, and so a new subject, begins. */
export const CLAUSE_OPENERS: readonly string[] = [
	'after', 'although', 'and', 'as', 'because', 'before', 'but', 'if', 'since', 'that', 'though', 'when',
	'whereas', 'while',
];

/** Words that open a reported clause after a reporting verb: `said that…`, `said the campaign…`, `said he…`. */
export const CLAUSE_STARTS: readonly string[] = ['a', 'an', 'he', 'her', 'his', 'i', 'it', 'its', 'she', 'that', 'the', 'their', 'these', 'they', 'this', 'those', 'we'];

/** Conjunctions that may open a sentence before its subject: `But Rachael Maskell said`. */
export const SENTENCE_CONJUNCTIONS: readonly string[] = ['and', 'but', 'so', 'yet'];

/** Conjunctions and sentence adverbs that may precede a subject. */
export const CONJUNCTIONS: readonly string[] = [
	'also', 'and', 'but', 'now', 'so', 'then', 'yet',
];

/** `one of the sources`, `some of the residents`. */
export const QUANTIFIERS: readonly string[] = [
	'all', 'another', 'both', 'each', 'few', 'many', 'most', 'none', 'one', 'several', 'some', 'three', 'two',
];

/** `Jamie from Tobermory`: prepositions between a person and a place. */
export const PLACE_PREPOSITIONS: readonly string[] = [
	'at', 'from', 'in', 'near', 'of', 'with',
];

/** `by saying`, `after adding`: prepositions before a reporting participle whose subject is the sentence's. */
export const PARTICIPLE_PREPOSITIONS: readonly string[] = ['after', 'before', 'by', 'in', 'since', 'when', 'while', 'without'];

/** `a spokesman for the ministry`, `an official at the port`: prepositions between a spokesperson and the body. */
export const SPOKESPERSON_PREPOSITIONS: readonly string[] = ['at', 'for', 'from', 'of'];

/** Pronouns opening a relative clause about a person. */
export const RELATIVE_PRONOUNS: readonly string[] = [
	'who', 'whom', 'whose',
];

/** `Another MP`, `one official`: words that introduce someone new. */
export const INDEFINITE_OPENERS: readonly string[] = [
	'a', 'an', 'another', 'one',
];

/** Words clipped by an apostrophe at their start: `'em`, `'til`, `'round`. */
export const ELISIONS: readonly string[] = [
	'bout', 'cause', 'em', 'n', 'round', 'til', 'tis', 'twas',
];
