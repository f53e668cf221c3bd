/**
 * The word lists as sets and maps, built once from the data files beside this one (each a sorted list). The
 * rules import from here; to teach the engine a word, add it to the data file, in order.
 */
import * as bodies from './bodies.js';
import * as firstNames from './first-names.js';
import * as grammar from './grammar.js';
import * as places from './places.js';
import * as roles from './roles.js';
import * as verbs from './speech-verbs.js';

export type Gender = 'f' | 'm';
export type PronounReference = Gender | 'plural' | 'it' | 'self';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
function gendered<T extends string>(table: readonly [readonly string[], T][]): ReadonlyMap<string, T> {
	return new Map(table.flatMap(([list, value]) => list.map((word) => [word, value] as const)));
}

// Grammar
export const FUNCTION_WORDS = set(grammar.FUNCTION_WORDS);
export const MONTHS_AND_DAYS = set(grammar.MONTHS_AND_DAYS);
export const NAME_PARTICLES = set(grammar.NAME_PARTICLES);
export const VERB_FILLERS = set(grammar.VERB_FILLERS);
export const LY_NOUNS_AND_ADJECTIVES = set(grammar.LY_NOUNS_AND_ADJECTIVES);
export const WORK_CUES = set(grammar.WORK_CUES);
export const LABEL_CUES = set(grammar.LABEL_CUES);
export const SMALL_TITLE_WORDS = set(grammar.SMALL_TITLE_WORDS);
export const PRONOUN_GENDER = new Map(grammar.PRONOUN_GENDER) as ReadonlyMap<string, PronounReference>;
export const SUBJECT_PRONOUNS = set(grammar.SUBJECT_PRONOUNS);
export const OBJECT_PRONOUNS = set(grammar.OBJECT_PRONOUNS);
export const POSSESSIVE_PRONOUNS = set(grammar.POSSESSIVE_PRONOUNS);
export const ARTICLES = set(grammar.ARTICLES);
export const NAME_CONNECTORS = set(grammar.NAME_CONNECTORS);
export const DETERMINERS = set(grammar.DETERMINERS);
export const NOUN_MARKERS = set(grammar.NOUN_MARKERS);
export const INTRODUCTORY_WORDS = set(grammar.INTRODUCTORY_WORDS);
export const OPENING_PHRASE_WORDS = set(grammar.OPENING_PHRASE_WORDS);
export const CLAUSE_OPENERS = set(grammar.CLAUSE_OPENERS);
export const CLAUSE_STARTS = set(grammar.CLAUSE_STARTS);
export const SENTENCE_CONJUNCTIONS = set(grammar.SENTENCE_CONJUNCTIONS);
export const CONJUNCTIONS = set(grammar.CONJUNCTIONS);
export const QUANTIFIERS = set(grammar.QUANTIFIERS);
export const PLACE_PREPOSITIONS = set(grammar.PLACE_PREPOSITIONS);
export const PARTICIPLE_PREPOSITIONS = set(grammar.PARTICIPLE_PREPOSITIONS);
export const SPOKESPERSON_PREPOSITIONS = set(grammar.SPOKESPERSON_PREPOSITIONS);
export const RELATIVE_PRONOUNS = set(grammar.RELATIVE_PRONOUNS);
export const INDEFINITE_OPENERS = set(grammar.INDEFINITE_OPENERS);
export const ELISIONS = set(grammar.ELISIONS);

// Verbs
export const SPEECH_VERB_LEMMAS = verbs.SPEECH_VERB_LEMMAS;
export const IRREGULAR_VERB_FORMS: ReadonlyMap<string, readonly string[]> = new Map(verbs.IRREGULAR_VERB_FORMS);
export const NO_REGULAR_PAST = set(verbs.NO_REGULAR_PAST);
export const DOUBLING_LEMMAS = set(verbs.DOUBLING_LEMMAS);
export const LISTENER_VERB_FORMS = set(verbs.LISTENER_VERB_FORMS);
export const RETORT_VERB_FORMS = set(verbs.RETORT_VERB_FORMS);
export const VERB_ONLY_FORMS = set(verbs.VERB_ONLY_FORMS);
export const QUOTING_VERB_FORMS = set(verbs.QUOTING_VERB_FORMS);
export const PUBLISHING_PARTICIPLES = set(verbs.PUBLISHING_PARTICIPLES);
export const HABIT_MOTION_FORMS = set(verbs.HABIT_MOTION_FORMS);

// People and roles
export const FIRST_NAME_GENDER = gendered<Gender>([[firstNames.FEMALE_FIRST_NAMES, 'f'], [firstNames.MALE_FIRST_NAMES, 'm']]);
export const ROLE_WORDS = set(roles.ROLE_WORDS);
export const TITLE_QUALIFIERS = set(roles.TITLE_QUALIFIERS);
export const GENDERED_ROLES = gendered<Gender>([[roles.FEMALE_ROLES, 'f'], [roles.MALE_ROLES, 'm']]);
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(roles.ROLE_ABBREVIATIONS);
export const SPOKESPEOPLE = set(roles.SPOKESPEOPLE);
export const SPEAKER_NOUNS = set(roles.SPEAKER_NOUNS);
export const PERSON_EPITHETS = set(roles.PERSON_EPITHETS);
export const NATIONALITY_NOUNS = set(roles.NATIONALITY_NOUNS);
export const SPEAKS_FOR_OWNER = set(roles.SPEAKS_FOR_OWNER);
export const HONORIFICS = gendered<Gender | 'none'>([[roles.FEMALE_HONORIFICS, 'f'], [roles.MALE_HONORIFICS, 'm'], [roles.OTHER_HONORIFICS, 'none']]);
export const POST_NOMINALS = set(roles.POST_NOMINALS);

// Bodies and places
export const ORGANISATION_HEADS = set(bodies.ORGANISATION_HEADS);
export const NAME_ONLY_HEADS = set(bodies.NAME_ONLY_HEADS);
export const KNOWN_ORGANISATIONS = set(bodies.KNOWN_ORGANISATIONS);
export const NOT_BODIES = set(bodies.NOT_BODIES);
export const KIND_OF_BODY: ReadonlyMap<string, readonly string[]> = new Map(bodies.KIND_OF_BODY);
export const INSTITUTION_KINDS: readonly (readonly string[])[] = bodies.INSTITUTION_KINDS.map(([, words]) => words);
export const DOCUMENT_NOUNS = set(bodies.DOCUMENT_NOUNS);
export const PLACES = set(places.PLACES);
export const DEMONYMS = set(places.DEMONYMS);
