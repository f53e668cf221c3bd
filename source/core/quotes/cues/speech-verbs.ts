/**
 * Reporting verbs (textacy's list, widened for news). Each lemma is expanded into every tense we meet in
 * copy: base, third person, past, participles. Irregular forms are listed explicitly.
 */
export const SPEECH_VERB_LEMMAS: readonly string[] = [
	'accuse', 'acknowledge', 'add', 'admit', 'advise', 'affirm', 'agree', 'allege', 'announce', 'answer', 'argue',
	'ask', 'assert', 'assure', 'blast', 'call', 'boast', 'brag', 'caution', 'charge', 'cite', 'claim', 'comment',
	'complain', 'concede', 'conclude', 'confirm', 'contend', 'continue', 'counter', 'cry', 'declare',
	'decry', 'demand', 'deny', 'describe', 'disagree', 'disclose', 'dismiss', 'emphasise', 'emphasize', 'estimate',
	'exclaim', 'explain', 'grumble', 'read', 'inform', 'insist', 'joke', 'lament', 'maintain', 'mention', 'mock',
	'mutter', 'note', 'object', 'observe', 'opine', 'plead', 'pledge', 'point', 'post', 'praise', 'predict',
	'proclaim', 'promise', 'propose', 'protest', 'quip', 'quote', 'reassure', 'recall', 'recount', 'reflect',
	'reiterate', 'remark', 'remind', 'repeat', 'reply', 'report', 'respond', 'retort', 'reveal', 'say',
	'scoff', 'scream', 'shout', 'sigh', 'slam', 'snap', 'speak', 'state', 'stress', 'suggest', 'swear',
	'tell', 'testify', 'thunder', 'tout', 'tweet', 'underline', 'underscore', 'urge', 'vow', 'warn',
	'whisper', 'wonder', 'write', 'yell', 'welcome', 'criticise', 'criticize', 'condemn', 'hail', 'laugh', 'chuckle',
	'smile', 'grin', 'shrug', 'nod', 'text', 'message', 'email', 'remember', 'muse', 'reckon', 'sob', 'gush',
	'marvel', 'enthuse', 'interject', 'concur', 'chide', 'scold', 'beg', 'groan', 'sneer', 'mumble', 'murmur',
	'stammer', 'wail', 'fume', 'rant', 'tease', 'enquire', 'inquire', 'elaborate', 'clarify', 'speculate',
	'confide', 'echo', 'hint', 'implore', 'exult', 'snarl', 'growl', 'sniff', 'blurt', 'gasp', 'fret', 'posit',
	'summarise', 'summarize', 'query', 'caution',
];

const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
	say: ['said'],
	tell: ['told'],
	write: ['wrote', 'written'],
	read: [],
	speak: ['spoke', 'spoken'],
	swear: ['swore', 'sworn'],
	cry: ['cried', 'cries'],
	deny: ['denied', 'denies'],
	reply: ['replied', 'replies'],
	testify: ['testified', 'testifies'],
	decry: ['decried', 'decries'],
	echo: ['echoes'],
	query: ['queried', 'queries'],
};

const VOWELS = /[aeiou]/;

/** Lemmas that double their final consonant (admit → admitted, quip → quipped). */
const DOUBLING = new Set(['admit', 'brag', 'grin', 'nod', 'quip', 'slam', 'snap', 'sob', 'beg', 'concur']);

function doublesFinalConsonant(lemma: string): boolean {
	return DOUBLING.has(lemma);
}

export function inflect(lemma: string): string[] {
	const forms = new Set<string>([lemma, ...(IRREGULAR_FORMS[lemma] ?? [])]);
	const last = lemma.slice(-1);
	const stem = lemma.slice(0, -1);
	if (/(s|sh|ch|x|z)$/.test(lemma)) forms.add(`${lemma}es`);
	else if (last === 'y' && !VOWELS.test(lemma.slice(-2, -1))) forms.add(`${stem}ies`);
	else forms.add(`${lemma}s`);
	if (lemma === 'say' || lemma === 'tell' || lemma === 'write' || lemma === 'speak' || lemma === 'swear' || lemma === 'read') {
		// the regular past does not exist for these
	} else if (last === 'e') forms.add(`${lemma}d`);
	else if (last === 'y' && !VOWELS.test(lemma.slice(-2, -1))) forms.add(`${stem}ied`);
	else if (doublesFinalConsonant(lemma)) forms.add(`${lemma}${last}ed`);
	else forms.add(`${lemma}ed`);
	if (last === 'e' && !lemma.endsWith('ee')) forms.add(`${stem}ing`);
	else if (doublesFinalConsonant(lemma)) forms.add(`${lemma}${last}ing`);
	else forms.add(`${lemma}ing`);
	return [...forms];
}

export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(SPEECH_VERB_LEMMAS.flatMap(inflect));

/** True for any tense of a reporting verb, given a lower-case word. */
export function isSpeechVerb(lowerWord: string): boolean {
	return SPEECH_VERB_FORMS.has(lowerWord);
}

/** `hit back`, `fired back`, `shot back`: a retort, given a lower-case word and the word after it. */
export function isRetort(lowerWord: string, nextLower: string | undefined): boolean {
	return nextLower === 'back' && /^(hit|hits|hitting|fire|fired|fires|firing|shot|shoots|shooting)$/.test(lowerWord);
}

/** Participles that head a clause with no subject of their own (“…,” adding that …). */
export function isParticiple(lowerWord: string): boolean {
	return lowerWord.endsWith('ing') && SPEECH_VERB_FORMS.has(lowerWord);
}
