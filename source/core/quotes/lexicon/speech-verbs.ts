// Reporting verbs and the verbs that shape a reporting clause.
// Data only, each list sorted and free of duplicates (test/core/quotes/lexicon.test.ts checks).

/** Reporting verbs (textacy's list, widened for news), as lemmas: every tense is derived from them. */
export const SPEECH_VERB_LEMMAS: readonly string[] = [
	'accuse', 'acknowledge', 'add', 'admit', 'advise', 'affirm', 'agree', 'allege', 'announce', 'answer',
	'argue', 'ask', 'assert', 'assure', 'aver', 'bark', 'beg', 'blast', 'blurt', 'boast', 'brag', 'call',
	'caution', 'charge', 'chide', 'chuckle', 'cite', 'claim', 'clarify', 'comment', 'complain', 'concede',
	'conclude', 'concur', 'condemn', 'confide', 'confirm', 'contend', 'continue', 'counter', 'criticise',
	'criticize', 'cry', 'declare', 'decry', 'demand', 'deny', 'describe', 'disagree', 'disclose', 'dismiss',
	'echo', 'elaborate', 'email', 'emphasise', 'emphasize', 'enquire', 'enthuse', 'estimate', 'exclaim',
	'explain', 'exult', 'fret', 'fume', 'gasp', 'grin', 'gripe', 'groan', 'grouse', 'growl', 'grumble', 'gush',
	'hail', 'hint', 'implore', 'inform', 'inquire', 'insist', 'interject', 'intone', 'joke', 'lament', 'laugh',
	'maintain', 'marvel', 'mention', 'message', 'mock', 'mumble', 'murmur', 'muse', 'mutter', 'nod', 'note',
	'object', 'observe', 'opine', 'plead', 'pledge', 'point', 'ponder', 'posit', 'post', 'praise', 'predict',
	'press', 'proclaim', 'promise', 'propose', 'protest', 'query', 'quip', 'quote', 'rant', 'read', 'reassure',
	'rebut', 'recall', 'reckon', 'recount', 'reflect', 'reiterate', 'remark', 'remember', 'remind', 'repeat',
	'reply', 'report', 'respond', 'retaliate', 'retort', 'reveal', 'say', 'scoff', 'scold', 'scream', 'shout',
	'shrug', 'sigh', 'slam', 'smile', 'snap', 'snarl', 'sneer', 'sniff', 'sob', 'speak', 'speculate', 'stammer',
	'state', 'stress', 'suggest', 'summarise', 'summarize', 'surmise', 'swear', 'tease', 'tell', 'testify',
	'text', 'thunder', 'tout', 'tweet', 'underline', 'underscore', 'urge', 'vow', 'wail', 'warn', 'welcome',
	'whisper', 'wonder', 'write', 'yell',
];

/** Irregular forms of reporting verbs. */
export const IRREGULAR_VERB_FORMS: readonly (readonly [string, readonly string[]])[] = [
	['cry', ['cried', 'cries']],
	['decry', ['decried', 'decries']],
	['deny', ['denied', 'denies']],
	['echo', ['echoes']],
	['query', ['queried', 'queries']],
	['read', []],
	['reply', ['replied', 'replies']],
	['say', ['said']],
	['speak', ['spoke', 'spoken']],
	['swear', ['swore', 'sworn']],
	['tell', ['told']],
	['testify', ['testified', 'testifies']],
	['write', ['written', 'wrote']],
];

/** Lemmas with no regular past: `said`, not `sayed`. */
export const NO_REGULAR_PAST: readonly string[] = ['read', 'say', 'speak', 'swear', 'tell', 'write'];

/** Lemmas that double their final consonant (admit → admitted). */
export const DOUBLING_LEMMAS: readonly string[] = [
	'admit', 'aver', 'beg', 'brag', 'concur', 'grin', 'nod', 'quip', 'rebut', 'slam', 'snap', 'sob',
];

/** Reporting verbs whose object is whoever is spoken to or about: `told The Sun`, `urged ministers`. */
export const LISTENER_VERB_FORMS: readonly string[] = [
	'accuse', 'accused', 'advise', 'advised', 'advises', 'answer', 'answered', 'ask', 'asked', 'asks', 'assure',
	'assured', 'assures', 'begged', 'blast', 'blasted', 'call', 'called', 'cited', 'condemned', 'criticised',
	'criticized', 'email', 'emailed', 'hailed', 'implored', 'inform', 'informed', 'informs', 'message',
	'messaged', 'mocked', 'praise', 'praised', 'quoted', 'reassured', 'remind', 'reminded', 'reminds', 'slam',
	'slammed', 'tell', 'telling', 'tells', 'text', 'texted', 'thank', 'thanked', 'told', 'urge', 'urged',
	'urges', 'warn', 'warned', 'warns',
];

/** `hit back`, `fired back`: verbs that report a retort before `back`. */
export const RETORT_VERB_FORMS: readonly string[] = [
	'fire', 'fired', 'fires', 'firing', 'hit', 'hits', 'hitting', 'shooting', 'shoots', 'shot',
];

/** Forms of reporting verbs that are never nouns (besides any form in -ed). */
export const VERB_ONLY_FORMS: readonly string[] = [
	'adds', 'admits', 'argues', 'explains', 'insists', 'said', 'says', 'spoke', 'swore', 'tells', 'told',
	'warns', 'writes', 'wrote',
];

/** `TASS quoted Lavrov as saying`: verbs whose object is the one quoted. */
export const QUOTING_VERB_FORMS: readonly string[] = [
	'cite', 'cited', 'cites', 'citing', 'quote', 'quoted', 'quotes', 'quoting',
];

/** Participles that say how a document came out: `a statement issued by`. */
export const PUBLISHING_PARTICIPLES: readonly string[] = [
	'circulated', 'distributed', 'emailed', 'filed', 'issued', 'posted', 'published', 'put', 'released', 'sent',
	'shared', 'signed', 'submitted', 'written',
];

/** `went on to say`: forms of go before `on to`. */
export const HABIT_MOTION_FORMS: readonly string[] = [
	'go', 'goes', 'going', 'gone', 'went',
];
